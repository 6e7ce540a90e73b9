import { useEffect, useRef, useState } from 'preact/hooks';
import { clockWentBack } from '../../domain/run-timer';

/** Watches for the device clock going back between looks. */
export function useClockCheck(now: number) {
  const previous = useRef(now);
  const [isShown, setShown] = useState(false);
  useEffect(() => {
    if (clockWentBack(previous.current, now)) setShown(true);
    previous.current = now;
  }, [now]);
  return { isShown, dismiss: () => setShown(false) };
}
