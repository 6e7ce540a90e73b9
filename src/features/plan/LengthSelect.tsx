import { formatDuration } from '../../ui/dates';

/** The lengths offered: half hours up to six hours. */
export const LENGTHS = [60, 90, 120, 150, 180, 210, 240, 270, 300, 360];

interface Props {
  id: string;
  label: string;
  value: number;
  onChange: (minutes: number) => void;
}

/** A workshop's length, in half hours up to six hours (and whatever it already is). */
export function LengthSelect({ id, label, value, onChange }: Props) {
  const options = LENGTHS.includes(value) ? LENGTHS : [...LENGTHS, value].sort((a, b) => a - b);
  return (
    <div class="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(Number(e.currentTarget.value))}>
        {options.map((minutes) => (
          <option key={minutes} value={minutes}>
            {formatDuration(minutes)}
          </option>
        ))}
      </select>
    </div>
  );
}
