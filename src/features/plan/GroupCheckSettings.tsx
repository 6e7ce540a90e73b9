import { useEffect, useRef, useState } from 'preact/hooks';
import { useAppState } from '../../app/app-state';
import { parseLocalWords } from '../../domain/anonymise-local-words';
import { systemClock } from '../../domain/clock';
import { asJurisdiction, JURISDICTIONS } from '../../domain/jurisdiction';
import type { Group } from '../../domain/types';
import { deviceJurisdiction } from '../../ui/check-options';
import { Field } from '../../ui/Field';
import { describeJurisdiction } from '../../ui/identifying-detail-words';
import { updateGroup } from './plan-changes';

const SAVE_DELAY_MS = 500;

/**
 * What the group's identifying-details check looks for beyond names and addresses: the
 * formats of the country it works in, and its own list of local words.
 */
export function GroupCheckSettings({ group }: { group: Group }) {
  const { ui, flush } = useAppState();
  const save = (changes: Pick<Group, 'jurisdiction' | 'localWords'>, doing: string) =>
    updateGroup(group.id, changes, systemClock.now()).catch((error: unknown) =>
      ui.reportError(error, doing),
    );
  // Until chosen, the device's: what the check already uses, so the list shows the truth.
  const jurisdiction = group.jurisdiction ?? deviceJurisdiction();
  const stored = (group.localWords ?? []).join('\n');
  const [draft, setDraft] = useState(stored);
  const field = useRef<HTMLTextAreaElement>(null);

  // Follow changes made elsewhere (another tab) unless the user is typing here. Only on a
  // real change: effects run after paint, and typing may already have begun.
  const lastStored = useRef(stored);
  useEffect(() => {
    if (stored === lastStored.current) return;
    lastStored.current = stored;
    if (document.activeElement !== field.current) setDraft(stored);
  }, [stored]);

  const saveWords = useRef<() => Promise<void>>(async () => undefined);
  saveWords.current = async () => {
    const localWords = parseLocalWords(draft);
    if (localWords.join('\n') !== stored) await save({ localWords }, 'save the local words');
  };
  useEffect(() => {
    const timer = setTimeout(() => void saveWords.current(), SAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [draft]);
  useEffect(() => {
    const unregister = flush.register(() => saveWords.current());
    return () => {
      unregister();
      void saveWords.current();
    };
  }, [flush]);

  return (
    <>
      <Field
        label="Identifying details: formats from"
        hint="Which identity numbers, postcodes and phone numbers to look for in this group’s material."
      >
        <select
          value={jurisdiction}
          onChange={(event) => {
            const chosen = asJurisdiction(event.currentTarget.value);
            if (chosen) void save({ jurisdiction: chosen }, 'change where the group works');
          }}
        >
          {JURISDICTIONS.map((j) => (
            <option key={j} value={j}>
              {describeJurisdiction(j)}
            </option>
          ))}
        </select>
      </Field>
      <Field
        label="Local words to flag"
        hint="Estates, neighbourhoods, local schools: names a local reader would know. One a line; the check points them out wherever they appear."
      >
        <textarea
          ref={field}
          rows={4}
          value={draft}
          autocomplete="off"
          spellcheck={false}
          onInput={(event) => setDraft(event.currentTarget.value)}
          onBlur={() => void saveWords.current()}
        />
      </Field>
    </>
  );
}
