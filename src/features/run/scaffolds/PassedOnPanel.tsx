import { useState } from 'preact/hooks';
import { useAppState } from '../../../app/app-state';
import {
  addPassedOn,
  PASSED_ON_EXTENSION,
  PASSED_ON_MEDIA_TYPE,
  PASSED_ON_ROUTE,
  PassedOnError,
  readPassedOnFile,
  readPassedOnLink,
  type PassedOn,
} from '../../../domain/passed-on';
import { Button } from '../../../ui/Button';
import { Field } from '../../../ui/Field';
import type { ScaffoldProps } from '../PhaseScaffolds';
import { PassedOnList } from '../PassedOnList';

const LINK_DATA = new RegExp(`#/run/${PASSED_ON_ROUTE}/([0-9A-Z$*+\\-.:]+)`);

export const NOT_PASSED_ON =
  'That is not what Breathing Space passes on from action cards, or it is incomplete. Nothing was added.';

/**
 * At the follow-up: what helped and what hindered, passed on from people's own action cards
 * (each person picks their statements on their own device and sends a file, a link or a QR
 * code). Taken in here and shown grouped; it goes into the session record.
 */
export function PassedOnPanel({ record, onChange }: Pick<ScaffoldProps, 'record' | 'onChange'>) {
  const { ui } = useAppState();
  const [pasted, setPasted] = useState('');
  const [problem, setProblem] = useState<string | null>(null);

  async function takeIn(read: () => Promise<PassedOn>) {
    setProblem(null);
    let more: PassedOn;
    try {
      more = await read();
    } catch (error) {
      if (error instanceof PassedOnError) return setProblem(NOT_PASSED_ON);
      throw error;
    }
    const saved = await onChange(
      (current) => ({ passedOn: addPassedOn(current.passedOn, more) }),
      'take in what was passed on',
    );
    if (saved) {
      const count = more.helped.length + more.hindered.length;
      ui.notify(count === 1 ? 'One statement taken in.' : `${count} statements taken in.`, {
        tone: 'success',
      });
      setPasted('');
    }
  }

  return (
    <section class="card stack" aria-labelledby={`passed-on-${record.id}`}>
      <h2 id={`passed-on-${record.id}`}>What helped and what hindered, passed on</h2>
      <p>
        Anyone may pass on statements from their own action cards, anonymously, from Actions on
        their own device: as a file, a link or a QR code. Only what they pick comes here.
      </p>
      {record.passedOn && <PassedOnList passedOn={record.passedOn} />}
      {problem && (
        <p class="notice-error" role="alert">
          {problem}
        </p>
      )}
      <Field label="Take in a file" hint={`A file ending ${PASSED_ON_EXTENSION}.`}>
        <input
          type="file"
          accept={`${PASSED_ON_EXTENSION},${PASSED_ON_MEDIA_TYPE},application/json`}
          onChange={(event) => {
            const file = event.currentTarget.files?.[0];
            event.currentTarget.value = '';
            if (file) void takeIn(async () => readPassedOnFile(await file.text()));
          }}
        />
      </Field>
      <form
        class="stack"
        onSubmit={(event) => {
          event.preventDefault();
          const data = LINK_DATA.exec(pasted.trim())?.[1];
          if (data) void takeIn(() => readPassedOnLink(data));
          else setProblem(NOT_PASSED_ON);
        }}
      >
        <Field label="Or paste a link">
          <input
            type="text"
            value={pasted}
            autocomplete="off"
            spellcheck={false}
            onInput={(event) => setPasted(event.currentTarget.value)}
          />
        </Field>
        <div class="row">
          <Button type="submit">Take in the link</Button>
        </div>
      </form>
    </section>
  );
}
