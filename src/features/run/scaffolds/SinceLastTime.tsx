import { hrefFor } from '../../../app/router';
import { lastTime } from '../../../domain/series-continuity';
import type { Incident, RunRecord } from '../../../domain/types';
import { formatMediumDate } from '../../../ui/dates';
import type { RunContext } from '../use-run-data';
import { useSeriesHistory } from '../use-run-data';

interface Props {
  record: RunRecord;
  context: RunContext;
}

/**
 * The catch-up's look back at the workshop before: its themes, what the questionnaire said
 * and what the facilitator changed in response, the incident carried from it, and a nudge
 * to each person's own action card (which stays on their own device).
 */
export function SinceLastTime({ record, context }: Props) {
  const { incidents, members } = context;
  const history = useSeriesHistory(record);
  const workshop = context.workshop;
  if (!workshop || !history.isLoaded) return null;
  const last = lastTime(workshop, context.siblings, history.value.runs);
  if (!last) return null;
  const carried = incidents.filter((i) => i.carriedFromId && i.workshopId === workshop.id);
  const presenter = (incident: Incident) =>
    members.find((m) => m.id === incident.presenterId)?.displayName;
  const when = formatMediumDate(last.workshop.date);

  return (
    <section class="card stack run-since" aria-labelledby={`since-${record.id}`}>
      <h2 id={`since-${record.id}`}>Since last time</h2>
      {!last.record ? (
        <p class="muted">The workshop on {when} has no record: it may not have been held.</p>
      ) : (
        <>
          <p class="muted">
            Last workshop, {when} ·{' '}
            <a href={hrefFor('run', 'record', last.record.id)}>its record</a>
          </p>
          {last.themes.length > 0 && (
            <div>
              <h3>Its themes</h3>
              <ul>
                {last.themes.map((theme, i) => (
                  <li key={i}>{theme}</li>
                ))}
              </ul>
            </div>
          )}
          <div>
            <h3>What the questionnaire said</h3>
            <p>
              {last.answers === 0
                ? 'Nobody answered it.'
                : `${last.answers} ${last.answers === 1 ? 'person' : 'people'} answered.`}
            </p>
            {last.heard && (
              <p>
                <strong>What we heard:</strong> {last.heard}
              </p>
            )}
            {last.changes && (
              <p>
                <strong>What changes in response:</strong> {last.changes}
              </p>
            )}
            {last.answers > 0 && !last.heard && !last.changes && (
              <p class="muted">
                No reading of the answers was noted. It can be added on the record.
              </p>
            )}
          </div>
        </>
      )}
      {carried.map((incident) => (
        <p key={incident.id}>
          <strong>Carried from last time:</strong> {incident.title || 'an incident'}
          {presenter(incident) ? `, presented by ${presenter(incident)}` : ''}, for its
          reconstruction today.
        </p>
      ))}
      <p class="run-nudge">
        Before the check-in, each person might look at their own action card, on their own device:
        how far did I get, what helped, what hindered. It stays private.
      </p>
    </section>
  );
}
