import { useEffect, useRef, useState } from 'preact/hooks';
import { useAppState } from '../app/app-state';
import { IdentifyingDetailsWarning } from './IdentifyingDetailsWarning';
import { useReportUnsaved } from './unsaved-text';
import { useIdentifyingDetails } from './use-identifying-details';

const SAVE_DELAY_MS = 500;

interface Props {
  id: string;
  label: string;
  hint?: string;
  /** The stored value. */
  value: string;
  onSave: (text: string) => Promise<void>;
  /**
   * Names this field may use besides the group's members' (which <GroupCheckOptions> gives):
   * not flagged as personal names.
   */
  knownNames?: readonly string[];
  isMultiline?: boolean;
  rows?: number;
  /** Checked for identifying details (true for all shareable text). */
  isChecked?: boolean;
  /** Case material: keep it away from the browser's (possibly online) spellchecker. */
  isSensitive?: boolean;
  class?: string;
  /** What the list of unsaved typing calls it (the label, if not given). */
  unsavedLabel?: string;
  /** Brings the field into view when the user chooses to edit it from that list. */
  onReveal?: () => void;
}

/**
 * A text field of group material that saves itself shortly after typing stops, unless the
 * text looks identifying: then it says what and why, and waits for "Edit" or "Save anyway".
 * It checks with the options of the group on screen (<GroupCheckOptions>).
 */
export function CheckedField(props: Props) {
  const { id, label, hint, value, onSave, knownNames = [], isChecked = true } = props;
  const { ui, flush } = useAppState();
  const [draft, setDraft] = useState(value);
  // The text as of the last pause in typing: what the check and the save look at.
  const [settled, setSettled] = useState(value);
  const field = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  const check = useIdentifyingDetails(isChecked ? settled : '', knownNames);
  const isDirty = draft !== value;

  // Follow changes made elsewhere (another tab, an undo) unless the user is editing here.
  // Only on a real change: effects run after paint, and typing may already have begun.
  const lastValue = useRef(value);
  useEffect(() => {
    if (value === lastValue.current) return;
    lastValue.current = value;
    if (document.activeElement !== field.current) {
      setDraft(value);
      setSettled(value);
    }
  }, [value]);

  // Settles on a pause in typing, not on blur: a warning that appeared on blur would move the
  // page under the pointer in the middle of a click on the next control.
  useEffect(() => {
    if (draft === settled) return undefined;
    const timer = setTimeout(() => setSettled(draft), SAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [draft, settled]);

  async function save(text: string) {
    if (text === value) return;
    try {
      await onSave(text);
    } catch (error) {
      ui.reportError(error, 'save that change');
    }
  }

  useEffect(() => {
    if (settled !== value && settled === draft && check.isClear) void save(settled);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- runs when the text settles
  }, [settled, check.isClear]);

  // Before the app reloads or closes the database, and when the field goes away (a panel
  // closed straight after typing), save what is safe to save.
  const saveIfSafe = useRef<() => Promise<void>>(async () => undefined);
  saveIfSafe.current = async () => {
    if (isDirty && (!isChecked || check.isClearText(draft))) await save(draft);
  };
  useEffect(() => {
    const unregister = flush.register(() => saveIfSafe.current());
    return () => {
      unregister();
      void saveIfSafe.current();
    };
  }, [flush]);

  // Text held back by the check is reported, so closing the screen can offer to keep it.
  const isHeldBack = isChecked && isDirty && !check.isClearText(draft);
  useReportUnsaved(
    () =>
      isHeldBack
        ? {
            label: props.unsavedLabel ?? label,
            reason: 'held back: it may identify someone',
            edit: () => {
              props.onReveal?.();
              // Once the field is on show again.
              setTimeout(editAgain, 0);
            },
            saveAnyway: async () => {
              check.acceptAll();
              await save(draft);
            },
            discard: async () => {
              setDraft(value);
              setSettled(value);
            },
          }
        : null,
    isHeldBack,
  );

  function editAgain() {
    const element = field.current;
    const first = check.details[0];
    element?.focus();
    if (element && first) element.setSelectionRange(first.start, first.end);
  }

  function saveAnyway() {
    check.acceptAll();
    void save(draft);
  }

  const hintId = hint ? `${id}-hint` : undefined;
  const warningId = `${id}-warning`;
  const isWarning = isChecked && !check.isClear && settled === draft;
  const describedBy = [hintId, isWarning ? warningId : undefined].filter(Boolean).join(' ');
  const common = {
    id,
    ref: field,
    value: draft,
    autocomplete: 'off',
    spellcheck: props.isSensitive ? false : undefined,
    'aria-describedby': describedBy || undefined,
    onInput: (event: Event) => setDraft((event.currentTarget as HTMLInputElement).value),
  };

  return (
    <div class={`field ${props.class ?? ''}`}>
      <label htmlFor={id}>{label}</label>
      {hint && (
        <span id={hintId} class="hint">
          {hint}
        </span>
      )}
      {props.isMultiline ? (
        <textarea {...common} rows={props.rows ?? 4} />
      ) : (
        <input {...common} type="text" />
      )}
      {isWarning && (
        <IdentifyingDetailsWarning
          id={warningId}
          text={draft}
          details={check.details}
          onEdit={editAgain}
          onSaveAnyway={saveAnyway}
        />
      )}
    </div>
  );
}
