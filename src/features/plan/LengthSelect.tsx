import type { ComponentChildren } from 'preact';
import { formatDuration } from '../../ui/dates';
import { Field } from '../../ui/Field';

/** The lengths offered: half hours up to six hours. */
const LENGTHS = [60, 90, 120, 150, 180, 210, 240, 270, 300, 360];

interface Props {
  id: string;
  label: string;
  hint?: ComponentChildren;
  value: number;
  onChange: (minutes: number) => void;
}

/** A workshop's length, in half hours up to six hours (and whatever it already is). */
export function LengthSelect({ id, label, hint, value, onChange }: Props) {
  const options = LENGTHS.includes(value) ? LENGTHS : [...LENGTHS, value].sort((a, b) => a - b);
  return (
    <Field id={id} label={label} hint={hint}>
      <select value={value} onChange={(e) => onChange(Number(e.currentTarget.value))}>
        {options.map((minutes) => (
          <option key={minutes} value={minutes}>
            {formatDuration(minutes)}
          </option>
        ))}
      </select>
    </Field>
  );
}
