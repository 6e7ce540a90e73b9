import { LazySection } from '../../app/LazySection';
import { useRoute } from '../../app/app-state';
import { PLAN_PAGES, PLAN_PAGE_VIEWS } from './plan-pages';
import { PlanHome } from './PlanHome';
import './plan.css';

/**
 * Plan: groups, their series and workshops, reading and pre-reading packs. Addresses are
 * `#/plan/group/<id>`, `#/plan/series/<id>[/kit|/ready]`, `#/plan/workshop/<id>[/pack]`,
 * `#/plan/guide`, `#/plan/setup/<step>`, `#/plan/open[/<series link data>]` (taken out of the
 * address at once): ids only otherwise. The first screen is here; the others load apart.
 */
export default function PlanScreen() {
  const [view = ''] = useRoute().params;
  return PLAN_PAGE_VIEWS.includes(view) ? <LazySection section={PLAN_PAGES} /> : <PlanHome />;
}
