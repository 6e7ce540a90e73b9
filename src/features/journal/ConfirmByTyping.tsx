import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { Dialog } from '../../ui/Dialog';

const CONFIRM_WORD = 'DELETE';

interface Props {
  title: string;
  isOpen: boolean;
  onClose: () => void;
  onConfirm: () => void;
  /** The confirming button, e.g. "Delete everything". */
  confirmLabel: string;
  /** The way out, e.g. "Keep my data". */
  keepLabel: string;
  /** What will be lost, in plain words. */
  children: ComponentChildren;
}

/** A deletion that cannot be undone: it goes ahead only once DELETE has been typed. */
export function ConfirmByTyping(props: Props) {
  const { title, isOpen, onClose, onConfirm, confirmLabel, keepLabel, children } = props;
  const [typed, setTyped] = useState('');
  // Each opening starts empty: an earlier confirmation never carries over.
  useEffect(() => {
    if (isOpen) setTyped('');
  }, [isOpen]);

  return (
    <Dialog title={title} isOpen={isOpen} onClose={onClose}>
      <form
        class="stack"
        method="dialog"
        onSubmit={(event) => {
          event.preventDefault();
          if (typed === CONFIRM_WORD) onConfirm();
        }}
      >
        {children}
        <div class="field">
          <label htmlFor="delete-confirm">Type {CONFIRM_WORD} to confirm</label>
          <input
            id="delete-confirm"
            type="text"
            autocomplete="off"
            spellcheck={false}
            value={typed}
            onInput={(event) => setTyped(event.currentTarget.value)}
          />
        </div>
        <div class="row">
          <button type="submit" class="btn btn-danger" disabled={typed !== CONFIRM_WORD}>
            {confirmLabel}
          </button>
          <button type="button" class="btn" onClick={onClose}>
            {keepLabel}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
