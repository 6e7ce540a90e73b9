import { useEffect } from 'preact/hooks';

/**
 * How much of the page an on-screen keyboard covers, as `--keyboard-inset` on the document,
 * so a bar stuck to the bottom of the screen can sit above it and the page's scroll padding
 * can keep a focused field clear of both. Safari on the iPad (and Chrome, by default) lays
 * the keyboard over the page rather than shrinking it: only the visual viewport says how much
 * is hidden. When the keyboard opens, the field being typed in is brought back into view.
 */
export function useKeyboardInset(): void {
  useEffect(() => {
    const viewport = globalThis.visualViewport;
    if (!viewport) return undefined;
    const root = document.documentElement;
    let last = 0;
    const follow = () => {
      const covered = Math.max(0, Math.round(innerHeight - (viewport.offsetTop + viewport.height)));
      root.style.setProperty('--keyboard-inset', `${covered}px`);
      const field = document.activeElement;
      if (covered > last && field instanceof HTMLElement && field.matches('input, textarea')) {
        field.scrollIntoView({ block: 'nearest' });
      }
      last = covered;
    };
    follow();
    viewport.addEventListener('resize', follow);
    viewport.addEventListener('scroll', follow);
    return () => {
      viewport.removeEventListener('resize', follow);
      viewport.removeEventListener('scroll', follow);
      root.style.removeProperty('--keyboard-inset');
    };
  }, []);
}
