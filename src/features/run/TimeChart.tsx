import type { PhaseActual } from '../../domain/run-record';
import { formatDuration } from '../../ui/dates';

const ROW = 34;
const LABEL_WIDTH = 190;
const WIDTH = 640;

/**
 * Planned against actual minutes, phase by phase, as an inline SVG bar chart: a title and
 * description for screen readers, and the same numbers in a table beside it.
 */
export function TimeChart({ rows, id }: { rows: readonly PhaseActual[]; id: string }) {
  const max = Math.max(1, ...rows.flatMap((r) => [r.plannedMinutes, r.actualMinutes]));
  const scale = (WIDTH - LABEL_WIDTH - 70) / max;
  const height = rows.length * ROW + 30;
  const planned = rows.reduce((sum, r) => sum + r.plannedMinutes, 0);
  const actual = rows.reduce((sum, r) => sum + r.actualMinutes, 0);
  return (
    <figure class="run-chart">
      <svg
        viewBox={`0 0 ${WIDTH} ${height}`}
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        class="run-chart-svg"
      >
        <title id={`${id}-title`}>Planned against actual time, by phase</title>
        <desc id={`${id}-desc`}>
          {`Planned ${formatDuration(planned)} in all, actual ${formatDuration(actual)}. The table below gives each phase.`}
        </desc>
        {rows.map((row, i) => {
          const y = i * ROW + 4;
          return (
            <g key={row.id}>
              <text x={0} y={y + 18} class="run-chart-label">
                {row.title.length > 24 ? `${row.title.slice(0, 23)}…` : row.title}
              </text>
              <rect
                x={LABEL_WIDTH}
                y={y + 2}
                width={row.plannedMinutes * scale}
                height={11}
                class="run-chart-planned"
              />
              <rect
                x={LABEL_WIDTH}
                y={y + 15}
                width={row.actualMinutes * scale}
                height={11}
                class="run-chart-actual"
              />
              <text
                x={LABEL_WIDTH + Math.max(row.plannedMinutes, row.actualMinutes) * scale + 6}
                y={y + 22}
                class="run-chart-value"
              >
                {Math.round(row.actualMinutes)}/{row.plannedMinutes}
              </text>
            </g>
          );
        })}
        <g transform={`translate(${LABEL_WIDTH}, ${rows.length * ROW + 14})`}>
          <rect width={12} height={10} class="run-chart-planned" />
          <text x={18} y={10} class="run-chart-value">
            planned
          </text>
          <rect x={90} width={12} height={10} class="run-chart-actual" />
          <text x={108} y={10} class="run-chart-value">
            actual (minutes)
          </text>
        </g>
      </svg>
      <table class="run-table">
        <caption>Planned and actual minutes</caption>
        <thead>
          <tr>
            <th scope="col">Phase</th>
            <th scope="col">Planned</th>
            <th scope="col">Actual</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              <th scope="row">{row.title}</th>
              <td>{formatDuration(row.plannedMinutes)}</td>
              <td>{formatDuration(row.actualMinutes)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">In all</th>
            <td>{formatDuration(planned)}</td>
            <td>{formatDuration(actual)}</td>
          </tr>
        </tfoot>
      </table>
    </figure>
  );
}
