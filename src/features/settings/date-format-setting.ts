import { useLiveQuery } from '../../db/live';
import { getSetting, setSetting } from '../../db/settings';
import {
  DATE_LOCALE_SETTING,
  dateLocale,
  deviceDateLocale,
  isDateLocale,
  type DateLocale,
} from '../../ui/dates';

/** The date format chosen on this device, or undefined for the device's own. */
export function useDateFormatSetting() {
  const setting = useLiveQuery(() => getSetting<unknown>(DATE_LOCALE_SETTING), []);
  return {
    chosen: isDateLocale(setting.value) ? setting.value : undefined,
    /** Shows the new format at once, then keeps it for the next start. */
    choose: async (locale: DateLocale | undefined) => {
      dateLocale.value = locale ?? deviceDateLocale();
      await setSetting(DATE_LOCALE_SETTING, locale ?? null);
    },
  };
}
