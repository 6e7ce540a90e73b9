import { useEffect, useRef } from 'preact/hooks';
import { useAppState } from '../app/app-state';

/**
 * For a screen's heading: arriving on a new screen moves focus to it when the last screen
 * took the focus with it (a keyboard or screen-reader user is never left on the page body);
 * the first screen after load leaves focus alone. The heading needs `tabIndex={-1}`.
 */
export function useFocusOnArrival<T extends HTMLElement>() {
  const heading = useRef<T>(null);
  const { ui } = useAppState();

  useEffect(() => {
    const isFirstScreen = ui.screensShown === 0;
    ui.screensShown += 1;
    const focusIsLost = !document.activeElement || document.activeElement === document.body;
    const focusIsOnMain = document.activeElement?.id === 'main';
    if (!isFirstScreen && (focusIsLost || focusIsOnMain)) heading.current?.focus();
  }, [ui]);

  return heading;
}
