import type { ControlRole } from './use-run-controller';
import { Button } from '../../ui/Button';

/** For a tab that does not control the run: why, and "Take over" once the other has gone. */
export function ControlNote({ role, onTakeOver }: { role: ControlRole; onTakeOver: () => void }) {
  if (role === 'checking') return null;
  if (role === 'free') {
    return (
      <div class="card run-note" role="status">
        <p>The tab or window that was running this workshop has closed.</p>
        <Button variant="primary" onClick={onTakeOver}>
          Take over
        </Button>
      </div>
    );
  }
  return (
    <p class="card run-note" role="status">
      This workshop is running in another tab or window. This one shows it read-only; you can take
      over here when that one closes.
    </p>
  );
}
