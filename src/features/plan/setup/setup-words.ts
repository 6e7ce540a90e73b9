// The guided set-up's steps and problems in words, and the field each problem sends the
// user back to.
import type { SetupProblem, SetupStep } from '../../../domain/guided-setup';

export const STEP_TITLES: Record<SetupStep, string> = {
  name: 'Name the group',
  members: 'Who is in the group',
  workshops: 'How often, and for how long',
  turns: 'Taking turns',
  agreements: 'Ground rules and confidentiality',
  review: 'Check, then create the group',
};

export const PROBLEMS: Record<SetupProblem, { message: string; fieldId: string }> = {
  'no-name': {
    message:
      'Give the group a name, so you can tell it apart on this device. The team’s name will do.',
    fieldId: 'setup-name',
  },
  'no-facilitator': {
    message: 'Add your own display name or initials: the group needs someone to facilitate it.',
    fieldId: 'setup-me',
  },
  'no-start-date': {
    message: 'Choose the date of the first workshop.',
    fieldId: 'setup-start',
  },
  'no-start-time': {
    message: 'Choose the time the workshops start.',
    fieldId: 'setup-time',
  },
  'no-ground-rules': {
    message: 'Keep some ground rules. “Use the default ground rules” brings ours back.',
    fieldId: 'setup-ground-rules',
  },
  'no-confidentiality': {
    message:
      'Keep a confidentiality agreement. “Use the default confidentiality agreement” brings ours back.',
    fieldId: 'setup-confidentiality',
  },
};

/** Held back by the identifying-details check: the user decides before going on. */
export const HELD_BACK =
  'Something on this step may identify someone. Change it, or choose “Save anyway” if it is fine.';
