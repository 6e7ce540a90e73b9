import { systemClock } from '../../domain/clock';
import { deviceTimeZone, isTimeZone } from '../../domain/time-zone';
import { Field } from '../../ui/Field';
import { formatClockTime, timeZoneName } from '../../ui/dates';

/** Where reflection groups most often meet: offered first, before every zone there is. */
const COMMON_ZONES = [
  'Europe/London',
  'Europe/Dublin',
  'Australia/Sydney',
  'Australia/Melbourne',
  'Australia/Brisbane',
  'Australia/Adelaide',
  'Australia/Perth',
  'Australia/Hobart',
  'Australia/Darwin',
  'Pacific/Auckland',
  'America/St_Johns',
  'America/Halifax',
  'America/Toronto',
  'America/Winnipeg',
  'America/Regina',
  'America/Edmonton',
  'America/Vancouver',
  'America/New_York',
  'America/Chicago',
  'America/Denver',
  'America/Phoenix',
  'America/Los_Angeles',
  'America/Anchorage',
  'Pacific/Honolulu',
];

function otherZones(shown: readonly string[]): string[] {
  // Every engine the app supports has supportedValuesOf; the list is only a convenience.
  const supported = Intl.supportedValuesOf?.('timeZone') ?? [];
  return supported.filter((zone) => !shown.includes(zone));
}

interface Props {
  id: string;
  value: string;
  onChange: (zone: string) => void;
}

/** The group's time zone: the device's by default, any the platform knows on request. */
export function TimeZoneSelect({ id, value, onChange }: Props) {
  const device = deviceTimeZone();
  const common = COMMON_ZONES.includes(value) ? COMMON_ZONES : [value, ...COMMON_ZONES];
  const shownNow = isTimeZone(value) ? formatClockTime(systemClock.now(), value) : '';
  return (
    <Field
      id={id}
      label="Time zone"
      hint={
        <>
          Workshop dates and times are in this zone, in the app and in the calendar file
          {shownNow && <> (it is {shownNow} there now)</>}.
        </>
      }
    >
      <select value={value} onChange={(event) => onChange(event.currentTarget.value)}>
        <optgroup label="Common">
          {common.map((zone) => (
            <option key={zone} value={zone}>
              {timeZoneName(zone)}
              {zone === device ? ' — this device' : ''}
            </option>
          ))}
        </optgroup>
        <optgroup label="All time zones">
          {otherZones(common).map((zone) => (
            <option key={zone} value={zone}>
              {timeZoneName(zone)}
              {zone === device ? ' — this device' : ''}
            </option>
          ))}
        </optgroup>
      </select>
    </Field>
  );
}
