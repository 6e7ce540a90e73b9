import { usePrivateStores } from '../../private/stores';
import { Button } from '../../ui/Button';

/** A minute's notice before the journal locks itself, with a way to keep it open. */
export function LockWarning() {
  const { vaultSession } = usePrivateStores();
  if (!vaultSession.lockingSoon.value) return null;
  return (
    <div class="card notice-warning lock-warning" role="alert">
      <p>Your journal will lock in about a minute because it has not been used.</p>
      <Button variant="primary" onClick={() => vaultSession.stayUnlocked()}>
        Keep it open
      </Button>
    </div>
  );
}
