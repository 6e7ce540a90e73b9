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
import { linkDataIn } from '../../../domain/link-encoding';
import { FileOrLinkPicker } from '../../../ui/FileOrLinkPicker';
import type { ScaffoldProps } from '../PhaseScaffolds';
import { PassedOnList } from '../PassedOnList';

export const NOT_PASSED_ON =
  'That is not what Breathing Space passes on from action cards, or it is incomplete. Nothing was added.';

/**
 * At the follow-up: what helped and what hindered, passed on from people's own action cards
 * (each person picks their statements on their own device and sends a file, a link or a QR
 * code). Taken in here and shown grouped; it goes into the session record.
 */
export function PassedOnPanel({ record, onChange }: Pick<ScaffoldProps, 'record' | 'onChange'>) {
  const { ui } = useAppState();
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
      <FileOrLinkPicker
        fileLabel="Take in a file"
        fileHint={`A file ending ${PASSED_ON_EXTENSION}.`}
        accept={`${PASSED_ON_EXTENSION},${PASSED_ON_MEDIA_TYPE},application/json`}
        linkLabel="Or paste a link"
        linkButton="Take in the link"
        onFile={(file) => void takeIn(async () => readPassedOnFile(await file.text()))}
        onLink={(text) => {
          const data = linkDataIn(text, `run/${PASSED_ON_ROUTE}`);
          if (data) void takeIn(() => readPassedOnLink(data));
          else setProblem(NOT_PASSED_ON);
        }}
      />
    </section>
  );
}
