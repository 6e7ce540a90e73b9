import type { TimetableRow } from './paper-kit';
import { KitSheet, type KitGroup } from './KitSheet';

/** The series at a glance, in the group's own time. */
export function TimetableSheet({
  id,
  group,
  rows,
}: {
  id: string;
  group: KitGroup;
  rows: readonly TimetableRow[];
}) {
  return (
    <KitSheet
      id={id}
      group={group}
      title="Series timetable"
      note={`Times are ${group.timeZone} time.`}
      class="kit-timetable"
    >
      <table class="kit-table">
        <thead>
          <tr>
            <th scope="col">Workshop</th>
            <th scope="col">Venue</th>
            <th scope="col">Facilitator</th>
            <th scope="col">Presenting</th>
            <th scope="col">Reading</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => (
            <tr key={index}>
              <td>
                <strong>{row.label}</strong>
                <br />
                {row.date}
                <br />
                <span class="kit-time">{row.time}</span>
              </td>
              <td>{row.venue}</td>
              <td>{row.facilitator}</td>
              <td>{row.presenters}</td>
              <td>
                {row.readings.length === 0 ? (
                  <span class="muted">None yet</span>
                ) : (
                  <ul class="kit-readings">
                    {row.readings.map((reading, at) => (
                      <li key={at}>{reading}</li>
                    ))}
                  </ul>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </KitSheet>
  );
}
