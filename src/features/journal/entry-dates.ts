import { formatMediumDate, parseIsoDate } from '../../domain/dates';

/** An entry's date as the journal lists it: "14 Apr 2026". */
export function formatEntryDate(date: string): string {
  return formatMediumDate(parseIsoDate(date));
}
