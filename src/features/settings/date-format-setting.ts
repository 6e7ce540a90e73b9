import { useSignal } from '@preact/signals';
import {
  DATE_LOCALE_KEY,
  dateLocale,
  deviceDateLocale,
  isDateLocale,
  type DateLocale,
} from '../../ui/dates';

/** Each format's place, in plain words, for the choice in Settings. */
export const DATE_LOCALE_NAMES: Record<DateLocale, string> = {
  'en-GB': 'UK',
  'en-IE': 'Ireland',
  'en-AU': 'Australia',
  'en-NZ': 'New Zealand',
  'en-CA': 'Canada',
  'en-US': 'United States',
};

/** How a locale writes a date and a time, to choose a format by sight rather than by name. */
export function sampleDateTime(locale: DateLocale): string {
  const sample = Date.UTC(2026, 10, 3, 14, 5);
  const date = new Intl.DateTimeFormat(locale, {
    timeZone: 'UTC',
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(sample);
  const time = new Intl.DateTimeFormat(locale, {
    timeZone: 'UTC',
    hour: 'numeric',
    minute: '2-digit',
  }).format(sample);
  return `${date}, ${time}`;
}

function storedChoice(): DateLocale | undefined {
  try {
    const chosen = localStorage.getItem(DATE_LOCALE_KEY);
    return isDateLocale(chosen) ? chosen : undefined;
  } catch {
    return undefined;
  }
}

/** The date format chosen on this device, or undefined for the device's own. */
export function useDateFormatSetting() {
  const chosen = useSignal(storedChoice());
  return {
    chosen: chosen.value,
    /** Shows the new format at once, and keeps it for the next start. */
    choose: (locale: DateLocale | undefined) => {
      chosen.value = locale;
      dateLocale.value = locale ?? deviceDateLocale();
      if (locale) localStorage.setItem(DATE_LOCALE_KEY, locale);
      else localStorage.removeItem(DATE_LOCALE_KEY);
    },
  };
}
