import { useRoute } from '../../app/app-state';
import type { GroupId, SeriesId, WorkshopId } from '../../domain/types';
import { OpenScreen } from './share/OpenScreen';
import { GroupScreen } from './GroupScreen';
import { GuideScreen } from './GuideScreen';
import { KitScreen } from './KitScreen';
import { PackScreen } from './PackScreen';
import { SeriesScreen } from './SeriesScreen';
import { WorkshopScreen } from './WorkshopScreen';

/**
 * The Plan screens behind its first one: a group, a series and its paper kit, a workshop and
 * its pre-reading pack, the guide. Their code loads apart from the first screen's (see plan-pages.ts).
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
        <SeriesScreen key={id} id={id as SeriesId} />
      );
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
