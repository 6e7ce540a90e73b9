import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { deviceTimeZone } from '../../domain/time-zone';
import { Button } from '../../ui/Button';
import { timeZoneName } from '../../ui/dates';

type Select = ComponentType<{ id: string; value: string; onChange: (zone: string) => void }>;

interface Props {
  id: string;
  value: string;
  onChange: (zone: string) => void;
}

/**
 * A new group's time zone in words, the device's unless changed. The list of every zone loads
 * only when someone asks to change it: most groups meet where their tablet is, and the first
 * screen stays small.
 */
export function TimeZoneChoice({ id, value, onChange }: Props) {
  const [Select, setSelect] = useState<Select | undefined>();
  const [isWanted, setWanted] = useState(false);

  useEffect(() => {
    if (!isWanted || Select) return;
    import('./TimeZoneSelect').then(
      (module) => setSelect(() => module.TimeZoneSelect),
      () => setWanted(false),
    );
  }, [isWanted, Select]);

  useEffect(() => {
    if (Select) document.getElementById(id)?.focus();
  }, [Select, id]);

  if (Select) return <Select id={id} value={value} onChange={onChange} />;
  const isDevice = value === deviceTimeZone();
  return (
    <p class="row">
      <span>
        Times are in {timeZoneName(value)} time{isDevice ? ', this device’s time zone' : ''}.
      </span>
      <Button isBusy={isWanted} onClick={() => setWanted(true)}>
        Change time zone
      </Button>
    </p>
  );
}
