import type { Progress } from '../features/journal/backup';

export function ProgressBar({ label, progress }: { label: string; progress: Progress }) {
  const percent = progress.total ? Math.round((progress.done / progress.total) * 100) : 0;
  return (
    <div class="field">
      <label htmlFor="journal-progress">{label}</label>
      <progress id="journal-progress" max={100} value={percent}>
        {percent}%
      </progress>
      <span class="muted" aria-live="polite">
        {percent}%
      </span>
    </div>
  );
}
