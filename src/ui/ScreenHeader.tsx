import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { useAppState } from '../app/app-state';

interface Props {
  title: ComponentChildren;
  /** Where "back" goes, and what it is called there. */
  back?: { href: string; label: string };
  /** One sentence on what the screen is for. */
  lede?: ComponentChildren;
  /** Controls beside the heading (a primary action, "Lock now"). */
  actions?: ComponentChildren;
  /** More lines under the heading (whose journal, which step). */
  children?: ComponentChildren;
  class?: string;
}

/**
 * A screen's back link and heading. Arriving on a new screen inside a section moves focus to
 * its heading when the last screen took the focus with it (a keyboard or screen-reader user
 * is never left on the page body); the first screen after load leaves focus alone.
 */
export function ScreenHeader({ title, back, lede, actions, children, class: extra }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  const { ui } = useAppState();

  useEffect(() => {
    const isFirstScreen = ui.screensShown === 0;
    ui.screensShown += 1;
    const focusIsLost = !document.activeElement || document.activeElement === document.body;
    const focusIsOnMain = document.activeElement?.id === 'main';
    if (!isFirstScreen && (focusIsLost || focusIsOnMain)) heading.current?.focus();
  }, [ui]);

  const titleBlock = (
    <>
      <h1 ref={heading} tabIndex={-1}>
        {title}
      </h1>
      {children}
      {lede && <p class="lede">{lede}</p>}
    </>
  );
  return (
    <>
      {back && (
        <a class="back-link no-print" href={back.href}>
          ← {back.label}
        </a>
      )}
      <header
        class={[actions ? 'journal-header' : '', extra].filter(Boolean).join(' ') || undefined}
      >
        {actions ? (
          <>
            <div>{titleBlock}</div>
            <div class="row">{actions}</div>
          </>
        ) : (
          titleBlock
        )}
      </header>
    </>
  );
}
