import { useMemo } from 'preact/hooks';
import { deviceToday } from '../../domain/time-zone';
import { systemClock } from '../../domain/clock';
import { BEFORE_NEXT_WORKSHOP_PROMPTS, workshopWindow } from '../../domain/journal';
import type { LoadedEntry } from '../../private/journal-store';
import { workshopLabel } from '../../private/LinkFields';
import type { LinkTargets } from '../../private/private-data';
import { Button } from '../../ui/Button';
import { formatEntryDate } from './entry-words';

/**
 * The workshop rhythm: how much was written since the last workshop, and questions to take
 * to the next.
 */
export function BetweenWorkshops({
  targets,
  entries,
  onShowSince,
}: {
  targets: LinkTargets | null;
  entries: readonly LoadedEntry[];
  /** Shows the entries written on or after this date. */
  onShowSince: (date: string) => void;
}) {
  const today = deviceToday(systemClock.now());
  const rhythm = targets ? workshopWindow(targets.workshops, today) : null;
  const lastDate = rhythm?.last?.date;
  const sinceLast = useMemo(
    () => (lastDate ? entries.filter((l) => l.entry.date >= lastDate).length : 0),
    [entries, lastDate],
  );
  if (!rhythm || (!rhythm.last && !rhythm.next)) return null;
  return (
    <section class="card" aria-labelledby="rhythm-heading">
      <h2 id="rhythm-heading">Between workshops</h2>
      {rhythm.last && (
        <p>
          Since the last workshop ({formatEntryDate(rhythm.last.date)}):{' '}
          {sinceLast === 0
            ? 'no entries yet.'
            : sinceLast === 1
              ? 'one entry.'
              : `${sinceLast} entries.`}{' '}
          {sinceLast > 0 && lastDate && (
            <Button variant="quiet" onClick={() => onShowSince(lastDate)}>
              Show them
            </Button>
          )}
        </p>
      )}
      {rhythm.next && targets && (
        <>
          <p>Before the next, {workshopLabel(targets, rhythm.next.id)}, you might ask:</p>
          <ul>
            {BEFORE_NEXT_WORKSHOP_PROMPTS.map((prompt) => (
              <li key={prompt}>{prompt}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
