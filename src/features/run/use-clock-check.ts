import { effect, type ReadonlySignal } from '@preact/signals';
import { useEffect, useRef, useState } from 'preact/hooks';
import { clockWentBack } from '../../domain/run-timer';

/** Watches for the device clock going back between looks. */
export function useClockCheck(now: ReadonlySignal<number>) {
  const previous = useRef(now.peek());
  const [isShown, setShown] = useState(false);
  useEffect(
    () =>
      effect(() => {
        const current = now.value;
        if (clockWentBack(previous.current, current)) setShown(true);
        previous.current = current;
      }),
    [now],
  );
  return { isShown, dismiss: () => setShown(false) };
}
