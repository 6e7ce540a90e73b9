import type { ComponentChildren, JSX } from 'preact';

type Variant = 'primary' | 'quiet' | 'danger' | 'large';

type Props = Omit<JSX.ButtonHTMLAttributes<HTMLButtonElement>, 'class' | 'type'> & {
  /** How much the button stands out; plain by default. */
  variant?: Variant;
  /** A plain button by default: a button only submits its form when it says so. */
  type?: 'button' | 'submit';
  class?: string;
  /**
   * Working on the last tap (saving, say): the button says it is unavailable and ignores taps,
   * but unlike `disabled` it keeps the focus, so a keyboard user is not dropped on the page.
   */
  isBusy?: boolean;
  children: ComponentChildren;
};

/** The app's button: one look, a 44 px target, and never an accidental form submit. */
export function Button({
  variant,
  type = 'button',
  class: extra,
  isBusy = false,
  children,
  onClick,
  ...rest
}: Props) {
  const classes = ['btn', variant && `btn-${variant}`, extra].filter(Boolean).join(' ');
  return (
    <button
      type={type}
      class={classes}
      aria-disabled={isBusy || undefined}
      onClick={(event) => {
        // preventDefault: a busy submit button must not submit its form either.
        if (isBusy) event.preventDefault();
        else onClick?.(event);
      }}
      {...rest}
    >
      {children}
    </button>
  );
}
