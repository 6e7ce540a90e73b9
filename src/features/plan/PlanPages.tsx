import { useRoute } from '../../app/app-state';
import type { GroupId, SeriesId, WorkshopId } from '../../domain/types';
import { OpenScreen } from './share/OpenScreen';
import { GroupScreen } from './GroupScreen';
import { GuideScreen } from './GuideScreen';
import { KitScreen } from './KitScreen';
import { PackScreen } from './PackScreen';
import { SeriesScreen } from './SeriesScreen';
import { WorkshopScreen } from './WorkshopScreen';
import { GuidedSetup } from './setup/GuidedSetup';
import { SetupWhatNext } from './setup/SetupWhatNext';

/**
 * The Plan screens behind its first one: a group, a series (its paper kit; `…/ready` when the
 * guided set-up has just made it), a workshop and its pre-reading pack, the guide, the guided
 * set-up, and opening a group file or link. Their code loads apart from the first screen's
 * (see plan-pages.ts).
 */
export default function PlanPages() {
  const [view, id = '', sub] = useRoute().params;
  switch (view) {
    case 'group':
      return <GroupScreen key={id} id={id as GroupId} />;
    case 'series':
      return sub === 'kit' ? (
        <KitScreen key={id} id={id as SeriesId} />
      ) : (
        <SeriesScreen key={id} id={id as SeriesId}>
          {sub === 'ready' && <SetupWhatNext seriesId={id as SeriesId} />}
        </SeriesScreen>
      );
    case 'setup':
      return <GuidedSetup />;
    case 'workshop':
      return sub === 'pack' ? (
        <PackScreen key={id} id={id as WorkshopId} />
      ) : (
        <WorkshopScreen key={id} id={id as WorkshopId} />
      );
    case 'open':
      return <OpenScreen linkData={id || undefined} />;
    default:
      return <GuideScreen />;
  }
}
