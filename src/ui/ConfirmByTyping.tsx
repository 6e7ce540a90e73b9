import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { Dialog } from './Dialog';
import { Button } from './Button';

interface Props {
  title: string;
  isOpen: boolean;
  onClose: () => void;
  onConfirm: () => void;
  /** The confirming button, e.g. "Delete everything". */
  confirmLabel: string;
  /** The way out, e.g. "Keep my data". */
  keepLabel: string;
  /** What must be typed: DELETE unless given, e.g. the name of the journal to delete. */
  word?: string;
  /** What the word is, for the label, e.g. "the journal’s name". */
  wordIs?: string;
  /** What will be lost, in plain words. */
  children: ComponentChildren;
}

// Case and surrounding spaces do not matter: typing the word is about meaning it, and a
// tablet's keyboard capitalises as it likes.
const key = (text: string) => text.normalize('NFC').trim().toLocaleLowerCase('en-GB');

/** A deletion that cannot be undone: it goes ahead only once the word has been typed. */
export function ConfirmByTyping(props: Props) {
  const { title, isOpen, onClose, onConfirm, confirmLabel, keepLabel, children } = props;
  const { word = 'DELETE', wordIs } = props;
  const [typed, setTyped] = useState('');
  const isTyped = key(typed) === key(word);
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
          if (isTyped) onConfirm();
        }}
      >
        {children}
        <div class="field">
          <label htmlFor="delete-confirm">
            {wordIs ? `Type ${wordIs}, “${word}”, to confirm` : `Type ${word} to confirm`}
          </label>
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
          <Button variant="danger" type="submit" disabled={!isTyped}>
            {confirmLabel}
          </Button>
          <Button onClick={onClose}>{keepLabel}</Button>
        </div>
      </form>
    </Dialog>
  );
}
