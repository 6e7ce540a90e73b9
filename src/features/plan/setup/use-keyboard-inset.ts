import type { RefObject } from 'preact';
import { useEffect } from 'preact/hooks';

/**
 * Keeps a bar stuck to the bottom of the screen above an on-screen keyboard. Safari on the
 * iPad (and Chrome, by default) lays the keyboard over the page rather than shrinking it, so
 * `bottom: 0` would put the bar underneath; the visual viewport says how much of the page
 * the keyboard covers, given to the bar as `--keyboard-inset`.
 */
export function useKeyboardInset(bar: RefObject<HTMLElement>): void {
  useEffect(() => {
    const viewport = globalThis.visualViewport;
    const element = bar.current;
    if (!viewport || !element) return undefined;
    const follow = () => {
      const covered = innerHeight - (viewport.offsetTop + viewport.height);
      element.style.setProperty('--keyboard-inset', `${Math.max(0, Math.round(covered))}px`);
    };
    follow();
    viewport.addEventListener('resize', follow);
    viewport.addEventListener('scroll', follow);
    return () => {
      viewport.removeEventListener('resize', follow);
      viewport.removeEventListener('scroll', follow);
    };
  }, [bar]);
}
