import { useRoute } from '../../app/app-state';
import type { GroupId, SeriesId, WorkshopId } from '../../domain/types';
import { GroupScreen } from './GroupScreen';
import { GuideScreen } from './GuideScreen';
import { PackScreen } from './PackScreen';
import { PlanHome } from './PlanHome';
import { SeriesScreen } from './SeriesScreen';
import { WorkshopScreen } from './WorkshopScreen';
import './plan.css';

/**
 * Plan: groups, their series and workshops, reading and pre-reading packs. Addresses are
 * `#/plan/group/<id>`, `#/plan/series/<id>`, `#/plan/workshop/<id>[/pack]`, `#/plan/guide`:
 * ids only, never anything the user typed.
 */
export default function PlanScreen() {
  const [view, id = '', sub] = useRoute().params;
  switch (view) {
    case 'group':
      return <GroupScreen key={id} id={id as GroupId} />;
    case 'series':
      return <SeriesScreen key={id} id={id as SeriesId} />;
    case 'workshop':
      return sub === 'pack' ? (
        <PackScreen key={id} id={id as WorkshopId} />
      ) : (
        <WorkshopScreen key={id} id={id as WorkshopId} />
      );
    case 'guide':
      return <GuideScreen />;
    default:
      return <PlanHome />;
  }
}
