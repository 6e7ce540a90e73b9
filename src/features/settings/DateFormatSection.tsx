import { useAppState } from '../../app/app-state';
import { DATE_LOCALES, deviceDateLocale, isDateLocale } from '../../ui/dates';
import { Field } from '../../ui/Field';
import { DATE_LOCALE_NAMES, sampleDateTime, useDateFormatSetting } from './date-format-setting';

const DEVICE = 'device';

/** How dates and times are written on this device: the device's way, or a chosen one. */
export function DateFormatSection() {
  const { ui } = useAppState();
  const setting = useDateFormatSetting();
  const device = deviceDateLocale();

  function choose(value: string) {
    try {
      setting.choose(isDateLocale(value) ? value : undefined);
    } catch (error) {
      // Storage blocked: the choice holds until the app is closed.
      ui.reportError(error, 'keep the date format');
    }
  }

  return (
    <section class="card stack" aria-labelledby="date-format-heading">
      <h2 id="date-format-heading">Dates and times</h2>
      <Field
        id="date-format"
        label="Write dates and times as in"
        hint="On this device only. Workshop times stay in each group’s own time zone."
      >
        <select
          value={setting.chosen ?? DEVICE}
          onChange={(event) => choose(event.currentTarget.value)}
        >
          <option value={DEVICE}>
            This device ({DATE_LOCALE_NAMES[device]}): {sampleDateTime(device)}
          </option>
          {DATE_LOCALES.map((locale) => (
            <option key={locale} value={locale}>
              {DATE_LOCALE_NAMES[locale]}: {sampleDateTime(locale)}
            </option>
          ))}
        </select>
      </Field>
    </section>
  );
}
