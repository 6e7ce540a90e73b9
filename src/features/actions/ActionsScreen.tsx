import { useEffect } from 'preact/hooks';
import { useAppState, useRoute } from '../../app/app-state';
import { useActionCardsStamp } from './actions-data';
import type { RecordId, WorkshopId } from '../../domain/types';
import { SetupVault } from '../../private/SetupVault';
import { UnlockVault } from '../../private/UnlockVault';
import { useLockSettings } from '../../private/use-lock-settings';
import { journalExisted, useVaults } from '../../private/vaults';
import { CardEditor } from './CardEditor';
import { CardList } from './CardList';
import { FollowUpFlow } from './FollowUpFlow';
import { PassOnScreen } from './PassOnScreen';
import './actions.css';
import { usePrivateStores } from '../../private/stores';
import { Loading } from '../../ui/Loading';

const TITLE = 'Action cards';

/**
 * `#/actions/new?workshop=<id>`, `#/actions/card/<id>`, `#/actions/follow-up/<id>`,
 * `#/actions/pass-on`.
 */
export function parseActionsRoute(params: readonly string[]) {
  const [first = '', id = ''] = params;
  const [view = '', query = ''] = first.split('?');
  const workshopId = new URLSearchParams(query).get('workshop') || null;
  return { view, id: id as RecordId, workshopId: workshopId as WorkshopId | null };
}

/**
 * Actions: up to three actions after a workshop, followed up later. Cards are private,
 * sealed by the same vault as the journal; before unlocking nothing of them shows.
 */
export default function ActionsScreen() {
  const { actionCards, vaultSession } = usePrivateStores();
  const { ui } = useAppState();
  const vaults = useVaults();
  const unlockedId = vaultSession.unlockedId.value;
  const { view, id, workshopId } = parseActionsRoute(useRoute().params);
  useLockSettings();

  // Re-opened whenever a card changes in this tab or another, so every tab shows the same.
  const stamp = useActionCardsStamp(unlockedId);

  useEffect(() => {
    if (unlockedId && stamp.isLoaded) {
      actionCards
        .load(unlockedId)
        .catch((error: unknown) => ui.reportError(error, 'open your action cards'));
    }
  }, [unlockedId, stamp.value, stamp.isLoaded, ui, actionCards]);

  if (!vaults.isLoaded) return <Loading />;
  const vault = vaults.value.find((v) => v.id === unlockedId);
  if (!vault) {
    if (vaults.value.length === 0) {
      return <SetupVault title={TITLE} hasOthers={false} vanished={journalExisted()} />;
    }
    return <UnlockVault title={TITLE} vaults={vaults.value} />;
  }
  if (actionCards.status.value !== 'ready') return <p class="screen loading">Opening…</p>;
  switch (view) {
    case 'new':
      return <CardEditor key="new" workshopId={workshopId} />;
    case 'card':
      return <CardEditor key={id} cardId={id} />;
    case 'follow-up':
      return <FollowUpFlow key={id} cardId={id} />;
    case 'pass-on':
      return <PassOnScreen />;
    default:
      return <CardList />;
  }
}
