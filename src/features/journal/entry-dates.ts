import { formatMediumDate } from '../../ui/dates';

/** An entry's date as the journal lists it: "14 Apr 2026". */
export function formatEntryDate(date: string): string {
  return formatMediumDate(date);
}
