// Plain words for why a file or link could not be opened: what is wrong, and that nothing on
// this tablet was changed.
import type { GroupFileProblem } from '../../../domain/group-file';

const NOTHING_CHANGED = 'Nothing on this tablet was changed.';

export function describeProblem(problem: GroupFileProblem): string {
  switch (problem.kind) {
    case 'too-large':
      return `This file is larger than any group file could be, so it was not opened. ${NOTHING_CHANGED}`;
    case 'not-json':
    case 'not-a-group-file':
      return `This is not a Breathing Space group file. ${NOTHING_CHANGED}`;
    case 'too-new':
      return `This group file was made by a newer version of Breathing Space. Update the app (Settings, then App version), then open it again. ${NOTHING_CHANGED}`;
    case 'invalid':
      return `This group file is damaged: in ${problem.where}, the app expected ${problem.expected}. ${NOTHING_CHANGED}`;
    case 'inconsistent':
      return `This group file does not hang together: ${problem.where} should refer to ${problem.expected}. ${NOTHING_CHANGED}`;
  }
}

export const DAMAGED_LINK = `This link is incomplete or damaged: it may have been cut short when it was copied. Ask for it again, or for the group file. ${NOTHING_CHANGED}`;
