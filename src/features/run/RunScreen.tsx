import { useRoute } from '../../app/app-state';
import type { RunId, SeriesId, WorkshopId } from '../../domain/types';
import { FollowUpScreen } from './FollowUpScreen';
import { PassedOnScreen } from './PassedOnScreen';
import { RecordScreen } from './RecordScreen';
import { RunHome } from './RunHome';
import { RunLive } from './RunLive';
import { StartRun } from './StartRun';
import './run.css';

/**
 * Run: the facilitator's view during a workshop. Addresses are `#/run/live/<runId>`,
 * `#/run/start/<workshopId>` (or `#/run/start/ad-hoc`), `#/run/record/<runId>` and
 * `#/run/series/<seriesId>` (the follow-up view): ids only, never anything typed, except
 * `#/run/passed-on/<data>`, statements passed on by link, taken out of the address at once.
 */
export default function RunScreen() {
  const [view, id = ''] = useRoute().params;
  switch (view) {
    case 'live':
      return <RunLive key={id} id={id as RunId} />;
    case 'start':
      return <StartRun key={id} workshopId={id === 'ad-hoc' ? null : (id as WorkshopId)} />;
    case 'record':
      return <RecordScreen key={id} id={id as RunId} />;
    case 'passed-on':
      return <PassedOnScreen linkData={id || undefined} />;
    case 'series':
      return <FollowUpScreen key={id} id={id as SeriesId} />;
    default:
      return <RunHome />;
  }
}
