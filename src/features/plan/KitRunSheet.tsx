import { CONFIDENTIALITY_REMINDER } from '../../domain/group-defaults';
import type { KitIncident, RunSheet } from './paper-kit';
import { AgendaTable } from './AgendaTable';
import { KitSheet, Paragraphs, type KitGroup } from './KitSheet';

interface Props {
  id: string;
  group: KitGroup;
  sheet: RunSheet;
  incidents: readonly KitIncident[];
  /** A page for incidents that did not fit on the first. */
  isContinued: boolean;
}

/** The facilitator's run sheet: when and where, the agenda, and each incident step by step. */
export function RunSheetPage({ id, group, sheet, incidents, isContinued }: Props) {
  return (
    <KitSheet
      id={id}
      group={group}
      title={`Run sheet: ${sheet.title}${isContinued ? ', continued' : ''}`}
      class="kit-run"
    >
      {!isContinued && (
        <>
          <dl class="kit-facts">
            <dt>Date</dt>
            <dd>{sheet.date}</dd>
            <dt>Time</dt>
            <dd>
              {sheet.time}, {group.timeZone} time
            </dd>
            <dt>Venue</dt>
            <dd>{sheet.venue}</dd>
            <dt>Facilitator</dt>
            <dd>{sheet.facilitator}</dd>
          </dl>
          <h3>Agenda</h3>
          <AgendaTable
            rows={sheet.agenda}
            class="kit-table"
            timeClass="kit-time"
            detailClass="muted"
          />
          {sheet.agendaNote && <p class="muted">{sheet.agendaNote}</p>}
        </>
      )}
      {incidents.map((incident, index) => (
        <IncidentSteps key={index} incident={incident} />
      ))}
    </KitSheet>
  );
}

function IncidentSteps({ incident }: { incident: KitIncident }) {
  return (
    <div class="kit-incident">
      <h3>
        Critical incident, {incident.time}: {incident.title}
      </h3>
      <p class="muted">
        Presented by {incident.presenter} · {incident.model}
        {incident.isReconstruction && ' · second part: reconstruction'}
      </p>
      <table class="kit-table">
        <thead>
          <tr>
            <th scope="col">From</th>
            <th scope="col">Step</th>
            <th scope="col">Minutes</th>
            <th scope="col">The rule</th>
          </tr>
        </thead>
        <tbody>
          {incident.steps.map((step, index) => (
            <tr key={index}>
              <td class="kit-time">{step.time}</td>
              <td>{step.title}</td>
              <td class="kit-time">{step.minutes}</td>
              <td>{step.rule}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** What follows each run sheet: the ground rules to read out, and care if someone is upset. */
export function RunRulesPage({ id, group, title }: { id: string; group: KitGroup; title: string }) {
  return (
    <KitSheet
      id={id}
      group={group}
      title={`Ground rules: ${title}`}
      note="To read out at the start, or to have to hand."
      class="kit-run-rules"
    >
      <Paragraphs text={group.groundRules || 'The group has not written its ground rules yet.'} />
      <p>
        <strong>{CONFIDENTIALITY_REMINDER}</strong>
      </p>
      <div class="kit-box">
        <h3>If someone becomes upset</h3>
        <ul>
          <li>
            Pause the workshop, and offer a break to the presenter and the group: a few quiet
            minutes, a cup of tea.
          </li>
          <li>
            It is the presenter’s choice whether to go on or to stop. Either is fine, and nobody
            needs to explain.
          </li>
          <li>Check in with them before they leave today.</li>
          <li>
            Where to turn: their supervision, the employer’s employee assistance programme, or their
            GP. This group is for learning from practice; it is not therapy.
          </li>
        </ul>
      </div>
    </KitSheet>
  );
}
