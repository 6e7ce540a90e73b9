import { hrefFor } from '../../../app/router';
import type { SeriesId } from '../../../domain/types';
import { useSeries, useWorkshopsOfSeries } from '../use-plan-data';
import './setup.css';

/**
 * Shown on a series the guided set-up has just created: it is ready, and here is what a new
 * facilitator does before the first workshop.
 */
export function SetupWhatNext({ seriesId }: { seriesId: SeriesId }) {
  const series = useSeries(seriesId);
  const [first] = useWorkshopsOfSeries(seriesId).value;
  const groupId = series.value?.groupId;
  return (
    <section class="card stack setup-what-next" aria-labelledby="what-next-heading">
      <h2 id="what-next-heading">What next</h2>
      <p>
        The group is ready: every workshop has its date, its facilitator and who brings an incident.
        Change any of it below. Before the first workshop:
      </p>
      <ol class="setup-what-next-list">
        {first && (
          <li>
            <p>Choose the reading for the first workshop, then print its pre-reading pack.</p>
            <div class="row">
              <a class="btn" href={hrefFor('plan', 'workshop', first.id)}>
                Open the first workshop
              </a>
              <a class="btn" href={hrefFor('plan', 'workshop', first.id, 'pack')}>
                Print its pre-reading pack
              </a>
            </div>
          </li>
        )}
        <li>
          <p>Send everyone the dates: download the calendar further down this page.</p>
        </li>
        <li>
          <p>If you have not run a reflection group before, read the guide.</p>
          <div class="row">
            <a class="btn" href={hrefFor('plan', 'guide')}>
              Read the guide
            </a>
          </div>
        </li>
        {groupId && (
          <li>
            <p>
              At the first workshop, read the ground rules and confidentiality agreement together.
            </p>
            <div class="row">
              <a class="btn" href={hrefFor('plan', 'group', groupId)}>
                Open the group
              </a>
            </div>
          </li>
        )}
      </ol>
    </section>
  );
}
