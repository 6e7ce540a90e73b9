import type { ComponentChildren } from 'preact';
import { formatMediumDate } from '../../../ui/dates';

/** The turns for each workshop, as the set-up's turns step edits them and its review shows them. */
export function TurnsTable({ children }: { children: ComponentChildren }) {
  return (
    <div class="setup-table-wrap">
      <table class="setup-turns">
        <caption class="visually-hidden">Turns for each workshop</caption>
        <thead>
          <tr>
            <th scope="col">Workshop</th>
            <th scope="col">Facilitates</th>
            <th scope="col">Brings an incident</th>
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}

/** A workshop's row heading: its name, and its date beneath. */
export function TurnsRowHeading({ label, date }: { label: ComponentChildren; date: string }) {
  return (
    <th scope="row">
      {label}
      <span class="muted setup-turns-date">{formatMediumDate(date)}</span>
    </th>
  );
}
