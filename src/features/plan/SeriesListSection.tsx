import { useState } from 'preact/hooks';
import { useAppState } from '../../app/app-state';
import { hrefFor, navigate } from '../../app/router';
import { addDays } from '../../domain/calendar';
import { groupTimeZone, zonedDateAt } from '../../domain/time-zone';
import { systemClock } from '../../domain/clock';
import { formatMediumDate } from '../../ui/dates';
import { planSeries } from '../../domain/series-plan';
import type { Group } from '../../domain/types';
import { IdentifyingDetailsWarning } from '../../ui/IdentifyingDetailsWarning';
import { useIdentifyingDetails } from '../../ui/use-identifying-details';
import { SeriesFields, defaultSeriesChoice, seriesPlanInput } from './SeriesFields';
import { useSeriesOfGroup } from './use-plan-data';
import { createSeries } from './plan-changes';
import { Button } from '../../ui/Button';
import { Field } from '../../ui/Field';

/** The group's series, and planning another from the template or a custom cadence. */
export function SeriesListSection({ group }: { group: Group }) {
  const { ui } = useAppState();
  const series = useSeriesOfGroup(group.id);
  const [choice, setChoice] = useState<ReturnType<typeof defaultSeriesChoice> | null>(null);
  const [isChecking, setChecking] = useState(false);
  const shared = choice ? `${choice.title}\n${choice.venue}` : '';
  const check = useIdentifyingDetails(shared);

  function open() {
    setChoice(
      defaultSeriesChoice(
        addDays(zonedDateAt(systemClock.now(), groupTimeZone(group)), 14),
        'New series',
      ),
    );
  }

  function submit(event: Event) {
    event.preventDefault();
    setChecking(true);
    if (check.isClear) void create();
  }

  async function create() {
    if (!choice) return;
    try {
      const plan = planSeries(seriesPlanInput(group.id, choice), systemClock);
      await createSeries(plan.series, plan.workshops);
      navigate('plan', 'series', plan.series.id);
    } catch (error) {
      ui.reportError(error, 'create the series');
    }
  }

  return (
    <section class="card stack" aria-labelledby="series-heading">
      <h2 id="series-heading">Series</h2>
      {series.isLoaded && series.value.length === 0 && <p class="muted">No series yet.</p>}
      <ul class="link-list">
        {series.value.map((s) => (
          <li key={s.id}>
            <a class="link-card" href={hrefFor('plan', 'series', s.id)}>
              {s.title || 'Untitled series'}
              <span class="muted"> · from {formatMediumDate(s.startDate)}</span>
            </a>
          </li>
        ))}
      </ul>
      {choice ? (
        <form class="stack" onSubmit={submit}>
          <Field id="new-series-title" label="Title of the series">
            <input
              type="text"
              autocomplete="off"
              value={choice.title}
              onInput={(e) => setChoice({ ...choice, title: e.currentTarget.value })}
            />
          </Field>
          <SeriesFields idPrefix="new-series" value={choice} onChange={setChoice} />
          {isChecking && (
            <IdentifyingDetailsWarning
              text={shared}
              details={check.details}
              onEdit={() => document.getElementById('new-series-title')?.focus()}
              onSaveAnyway={() => {
                check.acceptAll();
                void create();
              }}
            />
          )}
          <div class="row">
            <Button variant="primary" type="submit">
              Create series
            </Button>
            <Button variant="quiet" onClick={() => setChoice(null)}>
              Cancel
            </Button>
          </div>
        </form>
      ) : (
        <div class="row">
          <Button onClick={open}>Plan a new series</Button>
        </div>
      )}
    </section>
  );
}
