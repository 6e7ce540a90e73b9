import { hrefFor } from '../../app/router';
import { CONFIDENTIALITY_REMINDER } from '../../domain/group-defaults';
import { buildPack } from './pre-reading-pack';
import { workshopLabels } from '../../ui/workshop-labels';
import type { WorkshopId } from '../../domain/types';
import { Missing } from '../../ui/Missing';
import { PackReading } from './PackReading';
import { useCarriedFromDates } from './use-carried-from';
import {
  useGroup,
  useIncidentsOfWorkshop,
  useLiterature,
  useMembers,
  useSeries,
  useWorkshop,
  useWorkshopsOfSeries,
} from './use-plan-data';
import { Button } from '../../ui/Button';
import { Loading } from '../../ui/Loading';
import { useFocusOnArrival } from '../../ui/use-focus-on-arrival';
import { AgendaTable } from './AgendaTable';

/** A workshop's pre-reading pack: one clean page (or two) to print on A4 or save as PDF. */
export function PackScreen({ id }: { id: WorkshopId }) {
  const workshop = useWorkshop(id);
  const current = workshop.value;
  const series = useSeries(current?.seriesId);
  const siblings = useWorkshopsOfSeries(current?.seriesId);
  const group = useGroup(current?.groupId);
  const members = useMembers(current?.groupId);
  const literature = useLiterature(current?.groupId);
  const incidents = useIncidentsOfWorkshop(id);
  const carriedFromDates = useCarriedFromDates(incidents.value, current?.groupId ?? null);
  if (!workshop.isLoaded) return <Loading />;
  if (!current)
    return <Missing what="workshop" back={{ section: 'plan', label: 'Plan' }} canUndo />;

  const pack = buildPack({
    workshop: current,
    label: workshopLabels(siblings.value).get(id) ?? 'Workshop',
    seriesTitle: series.value?.title ?? '',
    groupName: group.value?.name ?? '',
    members: members.value,
    literature: literature.value,
    incidents: incidents.value,
    carriedFromDates,
  });

  return (
    <article class="screen pack">
      <div class="row no-print pack-tools">
        <a class="btn" href={hrefFor('plan', 'workshop', id)}>
          ← Back to the workshop
        </a>
        <Button variant="primary" onClick={() => window.print()}>
          Print or save as PDF
        </Button>
      </div>
      <header class="pack-header">
        <p class="pack-kicker">Pre-reading pack{pack.subtitle ? ` · ${pack.subtitle}` : ''}</p>
        <PackTitle title={pack.title} />
        <dl class="facts">
          <dt>Date</dt>
          <dd>{pack.date}</dd>
          <dt>Time</dt>
          <dd>{pack.time}</dd>
          <dt>Venue</dt>
          <dd>{pack.venue}</dd>
          {pack.facilitator && (
            <>
              <dt>Facilitator</dt>
              <dd>{pack.facilitator}</dd>
            </>
          )}
        </dl>
      </header>
      <section aria-labelledby="pack-agenda">
        <h2 id="pack-agenda">Agenda</h2>
        <AgendaTable
          rows={pack.agenda}
          class="pack-agenda"
          timeClass="pack-time"
          detailClass="pack-detail"
        />
        {pack.agendaNote && <p class="muted">{pack.agendaNote}</p>}
      </section>
      <PackReading reading={pack.reading} />
      <section aria-labelledby="pack-incidents">
        <h2 id="pack-incidents">Critical incidents</h2>
        {pack.incidents.length === 0 ? (
          <p>To be agreed.</p>
        ) : (
          <ul class="pack-incidents">
            {pack.incidents.map((incident, index) => (
              <li key={index}>
                <strong>{incident.title}</strong>, presented by {incident.presenter}
                {incident.model && <span class="muted"> · {incident.model}</span>}
                {incident.note && <span class="pack-note"> · {incident.note}</span>}
              </li>
            ))}
          </ul>
        )}
      </section>
      <footer class="pack-footer">
        <p>{CONFIDENTIALITY_REMINDER}</p>
      </footer>
    </article>
  );
}

/** The pack's title, which takes the focus on arrival like any screen's heading. */
function PackTitle({ title }: { title: string }) {
  const heading = useFocusOnArrival<HTMLHeadingElement>();
  return (
    <h1 ref={heading} tabIndex={-1}>
      {title}
    </h1>
  );
}
