import { hrefFor } from '../../app/router';
import { type Vault } from '../../vault/vault';
import { MakeBackup } from './MakeBackup';
import { UndoRestoreCard } from './UndoRestoreCard';
import { DeleteJournal } from './DeleteJournal';
import { ScreenHeader } from '../../ui/ScreenHeader';

import { ChangePassphrase } from './ChangePassphrase';
import { LockSettingsCard } from './LockSettingsCard';
/** Backup, restore, locking, passphrase and deleting this journal: its safety in one place. */
export function BackupScreen({ vault }: { vault: Vault }) {
  return (
    <div class="screen stack">
      <ScreenHeader
        title="Backup and security"
        back={{ href: hrefFor('journal'), label: 'Journal' }}
      />
      <section class="card" aria-labelledby="where-heading">
        <h2 id="where-heading">Where your journal lives</h2>
        <p>
          Your journal is kept only on this device, encrypted with your passphrase. There is no
          account and no copy anywhere else, so if this device is lost or the browser clears its
          storage, only a backup file can bring your journal back.
        </p>
        <p>
          On an iPad, add the app to your Home Screen (Share, then “Add to Home Screen”) and open it
          from there: in a Safari tab, Safari deletes a site’s data after seven days without use.
        </p>
      </section>
      <MakeBackup vault={vault} />
      <UndoRestoreCard vault={vault} />
      <LockSettingsCard />
      <ChangePassphrase vault={vault} />
      <DeleteJournal vault={vault} />
    </div>
  );
}
