import { hrefFor } from '../../../app/router';
import type { SeriesId } from '../../../domain/types';
import { useSeries, useWorkshopsOfSeries } from '../use-plan-data';

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
      <ol class="stack">
        {first && (
          <li>
            Choose the reading for the first workshop, then print its pre-reading pack for everyone.{' '}
            <span class="row">
              <a class="btn" href={hrefFor('plan', 'workshop', first.id)}>
                Open the first workshop
              </a>
              <a class="btn" href={hrefFor('plan', 'workshop', first.id, 'pack')}>
                Print its pre-reading pack
              </a>
            </span>
          </li>
        )}
        <li>Send everyone the dates: download the calendar below.</li>
        <li>
          Read the guide to running the group, if you have not run one before.{' '}
          <a class="btn" href={hrefFor('plan', 'guide')}>
            Read the guide
          </a>
        </li>
        {groupId && (
          <li>
            At the first workshop, read the ground rules and confidentiality agreement together.{' '}
            <a class="btn" href={hrefFor('plan', 'group', groupId)}>
              Open the group
            </a>
          </li>
        )}
      </ol>
    </section>
  );
}
