import { cloneElement, type ComponentChildren, type VNode } from 'preact';
import { useId } from 'preact/hooks';

interface Props {
  label: ComponentChildren;
  /** A short help text under the control, read out with it. */
  hint?: ComponentChildren;
  /** The control's id, when something else refers to it; generated otherwise. */
  id?: string;
  class?: string;
  /** One input, textarea or select: it gets the id and the hint's description. */
  children: VNode<{ id?: string; 'aria-describedby'?: string }>;
}

/** A labelled form control with an optional hint, tied together for assistive technology. */
export function Field({ label, hint, id, class: extra, children }: Props) {
  const generated = useId();
  const controlId = id ?? generated;
  const hintId = hint ? `${controlId}-hint` : undefined;
  const describedBy = [children.props['aria-describedby'], hintId].filter(Boolean).join(' ');
  return (
    <div class={extra ? `field ${extra}` : 'field'}>
      <label htmlFor={controlId}>{label}</label>
      {cloneElement(children, { id: controlId, 'aria-describedby': describedBy || undefined })}
      {hint && (
        <p class="hint" id={hintId}>
          {hint}
        </p>
      )}
    </div>
  );
}
