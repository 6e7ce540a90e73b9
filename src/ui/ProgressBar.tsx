import { useId } from 'preact/hooks';

/** How far a long task has got: `done` of `total` steps. */
export interface Progress {
  done: number;
  total: number;
}

/** A long task's progress, labelled, with its percentage announced politely. */
export function ProgressBar({ label, progress }: { label: string; progress: Progress }) {
  const id = useId();
  const percent = progress.total ? Math.round((progress.done / progress.total) * 100) : 0;
  return (
    <div class="field">
      <label htmlFor={id}>{label}</label>
      <progress id={id} max={100} value={percent}>
        {percent}%
      </progress>
      <span class="muted" aria-live="polite">
        {percent}%
      </span>
    </div>
  );
}
