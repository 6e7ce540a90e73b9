import type { Pack } from './pre-reading-pack';

interface Props {
  rows: Pack['agenda'];
  /** The printed page's own table style: the pack's or the paper kit's. */
  class: string;
  timeClass: string;
  detailClass: string;
}

/** A workshop's agenda as printed: clock time, item (with its reading or incident), length. */
export function AgendaTable({ rows, class: tableClass, timeClass, detailClass }: Props) {
  return (
    <table class={tableClass}>
      <thead>
        <tr>
          <th scope="col">Time</th>
          <th scope="col">Item</th>
          <th scope="col">Length</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row, index) => (
          <tr key={index}>
            <td class={timeClass}>{row.time}</td>
            <td>
              {row.title}
              {row.detail && <span class={detailClass}>: {row.detail}</span>}
            </td>
            <td class={timeClass}>{row.minutes}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
