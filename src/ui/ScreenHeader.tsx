import type { ComponentChildren } from 'preact';
import { useFocusOnArrival } from './use-focus-on-arrival';

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

/** A screen's back link and heading, which takes the focus on arrival (useFocusOnArrival). */
export function ScreenHeader({ title, back, lede, actions, children, class: extra }: Props) {
  const heading = useFocusOnArrival<HTMLHeadingElement>();

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
