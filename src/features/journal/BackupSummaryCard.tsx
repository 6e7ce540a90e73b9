import { formatClockTime, formatMediumDate } from '../../ui/dates';
import { countsInWords, totalCount } from './backup-words';
import type { InspectedBackup } from './restore';

/** What the file says it holds, shown as soon as it is picked: no key is needed for this. */
export function BackupSummaryCard({ inspected }: { inspected: InspectedBackup }) {
  const { summary, onDevice } = inspected;
  const unreadable = totalCount(summary.unreadable);
  return (
    <div class="stack backup-summary" role="status">
      <dl class="facts">
        <dt>Journal</dt>
        <dd>“{summary.label || 'Journal'}”</dd>
        <dt>Backed up</dt>
        <dd>
          {formatMediumDate(summary.createdAt)} at {formatClockTime(summary.createdAt)}
        </dd>
        <dt>Made by</dt>
        <dd>
          {summary.appVersion
            ? `Breathing Space ${summary.appVersion}`
            : 'An earlier version of Breathing Space'}
        </dd>
        <dt>Holds</dt>
        <dd>{countsInWords(summary.counts)}</dd>
      </dl>
      {unreadable > 0 && (
        <p class="notice-warning callout">
          {unreadable.toLocaleString('en-GB')} {unreadable === 1 ? 'record' : 'records'} in the file
          could not be read and will be left out. The rest can still be restored.
        </p>
      )}
      <p class="muted">
        {onDevice
          ? `A journal called “${onDevice.label}” is on this device. If the backup is of that journal, you can choose how to bring them together; nothing is written until you do.`
          : 'This journal is not on this device: restoring adds it, beside any others.'}
      </p>
    </div>
  );
}
