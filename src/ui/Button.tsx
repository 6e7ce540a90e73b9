import type { ComponentChildren, JSX } from 'preact';

type Variant = 'primary' | 'quiet' | 'danger' | 'large';

type Props = Omit<JSX.ButtonHTMLAttributes<HTMLButtonElement>, 'class' | 'type'> & {
  /** How much the button stands out; plain by default. */
  variant?: Variant;
  /** A plain button by default: a button only submits its form when it says so. */
  type?: 'button' | 'submit';
  class?: string;
  children: ComponentChildren;
};

/** The app's button: one look, a 44 px target, and never an accidental form submit. */
export function Button({ variant, type = 'button', class: extra, children, ...rest }: Props) {
  const classes = ['btn', variant && `btn-${variant}`, extra].filter(Boolean).join(' ');
  return (
    <button type={type} class={classes} {...rest}>
      {children}
    </button>
  );
}
