import { useEffect } from 'preact/hooks';
import { useAppState, useRoute } from '../../app/app-state';
import type { IncidentId, RecordId, WorkshopId } from '../../domain/types';
import { BackupScreen } from './BackupScreen';
import { CpdScreen } from './CpdScreen';
import { EntryEditor } from './EntryEditor';
import { ExportScreen } from './ExportScreen';
import { RestoreForm } from './RestoreForm';
import { ensureKeyCheck } from '../../private/key-check';
import { SetupVault } from '../../private/SetupVault';
import { Timeline } from './Timeline';
import { UnlockVault } from '../../private/UnlockVault';
import { journalExisted, useVaults } from '../../private/vaults';
import { LockWarning } from './LockWarning';
import type { Vault } from '../../vault/vault';
import { useLockSettings } from '../../private/use-lock-settings';
import './journal.css';
import { usePrivateStores } from '../../private/stores';
import { Loading } from '../../ui/Loading';

/** `#/journal/new?workshop=<id>&incident=<id>`: the query follows the hash path. */
export function parseJournalRoute(params: readonly string[]) {
  const [first = '', ...rest] = params;
  const [view = '', query = ''] = first.split('?');
  const search = new URLSearchParams(query);
  return {
    view,
    id: rest[0] ?? '',
    workshopId: (search.get('workshop') || null) as WorkshopId | null,
    incidentId: (search.get('incident') || null) as IncidentId | null,
  };
}

/**
 * Journal: the practitioner's private reflective journal, encrypted on this device.
 * Before unlocking, only the names of the journals on this device show.
 */
export default function JournalScreen() {
  const { journal, vaultSession } = usePrivateStores();
  const { ui, router } = useAppState();
  const vaults = useVaults();
  const unlockedId = vaultSession.unlockedId.value;
  const { view, id, workshopId, incidentId } = parseJournalRoute(useRoute().params);
  useLockSettings();

  // Set-up ends with the new journal open; its address must not stay on set-up, or the next
  // lock (or Back) would show the set-up form instead of the unlock screen.
  useEffect(() => {
    if (unlockedId && view === 'setup') router.replace('journal');
  }, [unlockedId, view, router]);

  useEffect(() => {
    if (unlockedId && journal.status.peek() === 'idle') {
      journal.load(unlockedId).catch((error: unknown) => ui.reportError(error, 'open the journal'));
    }
    // Best effort: without it a restore still works, it only cannot vouch for an empty journal.
    if (unlockedId) ensureKeyCheck(vaultSession, unlockedId).catch(() => undefined);
  }, [unlockedId, ui, journal, vaultSession]);

  if (!vaults.isLoaded) return <Loading />;
  const vault = vaults.value.find((v) => v.id === unlockedId);

  if (!vault) {
    if (view === 'restore') return <RestoreForm />;
    if (vaults.value.length === 0 || view === 'setup') {
      return (
        <SetupVault
          hasOthers={vaults.value.length > 0}
          otherNames={vaults.value.map((v) => v.label)}
          vanished={journalExisted()}
        />
      );
    }
    return <UnlockVault vaults={vaults.value} />;
  }
  return (
    <>
      <LockWarning />
      <UnlockedView vault={vault} view={view} id={id} links={{ workshopId, incidentId }} />
    </>
  );
}

function UnlockedView({
  vault,
  view,
  id,
  links,
}: {
  vault: Vault;
  view: string;
  id: string;
  links: { workshopId: WorkshopId | null; incidentId: IncidentId | null };
}) {
  const { workshopId, incidentId } = links;
  switch (view) {
    case 'new':
      return <EntryEditor key="new" vault={vault} links={{ workshopId, incidentId }} />;
    case 'entry':
      return <EntryEditor key={id} vault={vault} entryId={id as RecordId} />;
    case 'backup':
      return <BackupScreen vault={vault} />;
    case 'restore':
      return <RestoreForm />;
    case 'export':
      return <ExportScreen />;
    case 'cpd':
      return <CpdScreen vault={vault} />;
    default:
      return <Timeline vault={vault} />;
  }
}
