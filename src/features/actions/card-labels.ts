// Plain words for a card's dates and state, shared by the list and the editor.
import { formatMediumDate } from '../../ui/dates';
import type { DueStatus, Progress, ProgressSummary } from '../../domain/action-cards';

export const PROGRESS_LABELS: Record<Progress, string> = {
  'not-started': 'Not started',
  'some-way': 'Some way',
  mostly: 'Mostly',
  done: 'Done',
};

/** E.g. "1 of 3 done · 1 mostly · 1 not started". */
export function progressSummaryText({ total, counts }: ProgressSummary): string {
  if (total === 0) return 'No actions yet';
  const parts = [`${counts.done} of ${total} done`];
  for (const level of ['mostly', 'some-way', 'not-started'] as const) {
    if (counts[level]) parts.push(`${counts[level]} ${PROGRESS_LABELS[level].toLowerCase()}`);
  }
  return parts.join(' · ');
}

export function formatDate(date: string): string {
  return formatMediumDate(date);
}

/** E.g. "Overdue: by 1 May", "Due: workshop on 6 May", "Next: follow up on 1 Jun". */
export function dueLabel(due: DueStatus): string | null {
  if (!due.date || !due.reason) return null;
  const date = formatDate(due.date);
  const what = {
    'by-when': `an action by ${date}`,
    'follow-up-date': `follow up on ${date}`,
    workshop: `the workshop on ${date}`,
  }[due.reason];
  if (due.level === 'overdue') return `Overdue: ${what}`;
  if (due.level === 'due') return `Due: ${what}`;
  return `Next: ${what}`;
}

/** What the autosave is doing, in words (never what was typed). */
export const SAVE_STATE_TEXT = {
  idle: '',
  pending: 'Changes not yet saved…',
  saving: 'Saving…',
  saved: 'Saved, encrypted.',
  failed: 'Not saved. Your text is still here; the app will try again.',
} as const;
