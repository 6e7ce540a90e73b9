import { formatDuration } from '../../ui/dates';
import type { IncidentStepTimes } from '../../domain/run-record';

/** An incident phase's steps, planned against actual minutes, for the session record. */
export function StepTimes({ times }: { times: IncidentStepTimes }) {
  return (
    <table class="run-table">
      <caption>Steps of {times.title}: planned and actual minutes</caption>
      <thead>
        <tr>
          <th scope="col">Step</th>
          <th scope="col">Planned</th>
          <th scope="col">Actual</th>
        </tr>
      </thead>
      <tbody>
        {times.steps.map((step) => (
          <tr key={step.id}>
            <th scope="row">{step.title}</th>
            <td>{formatDuration(step.plannedMinutes)}</td>
            <td>{actualText(step.actualMinutes)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function actualText(minutes: number): string {
  if (minutes === 0) return 'not reached';
  return minutes < 0.5 ? 'under 1 min' : formatDuration(minutes);
}
