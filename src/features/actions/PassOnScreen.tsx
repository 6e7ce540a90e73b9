import { useState } from 'preact/hooks';
import { useAppState } from '../../app/app-state';
import { hrefFor } from '../../app/router';
import { findIdentifyingDetails } from '../../domain/anonymise';
import {
  PASSED_ON_EXTENSION,
  PASSED_ON_MEDIA_TYPE,
  PASSED_ON_ROUTE,
  passedOnFileText,
  passedOnLinkData,
  statementsOf,
  type PassedOn,
} from '../../domain/passed-on';
import { usePrivateStores } from '../../private/stores';
import { Button } from '../../ui/Button';
import { deviceCheckOptions } from '../../ui/check-options';
import { downloadBlob } from '../../ui/download';
import { Field } from '../../ui/Field';
import { FindingsCheck, type Finding } from '../../ui/FindingsCheck';
import { QrCode } from '../../ui/QrCode';
import { ScreenHeader } from '../../ui/ScreenHeader';

type Kind = keyof PassedOn;
const KINDS: { kind: Kind; title: string }[] = [
  { kind: 'helped', title: 'What helped' },
  { kind: 'hindered', title: 'What hindered' },
];

/**
 * Passing what helped and what hindered on to the follow-up workshop, anonymously: the
 * statements from one's own follow-ups, each picked by hand (nothing is picked to begin with),
 * checked for identifying details, then given as a file, a link with its QR code, or on paper.
 * Only the picked statements go: no name, no date, no card, no action.
 */
export function PassOnScreen() {
  const { actionCards } = usePrivateStores();
  const { ui } = useAppState();
  const all = statementsOf([...actionCards.cards.value.values()]);
  const [picked, setPicked] = useState<Record<Kind, Set<string>>>({
    helped: new Set(),
    hindered: new Set(),
  });
  const [findings, setFindings] = useState<Finding[] | null>(null);
  const [ready, setReady] = useState<PassedOn | null>(null);
  const [link, setLink] = useState<string | null>(null);

  const chosen: PassedOn = {
    helped: all.helped.filter((text) => picked.helped.has(text)),
    hindered: all.hindered.filter((text) => picked.hindered.has(text)),
  };
  const count = chosen.helped.length + chosen.hindered.length;

  function toggle(kind: Kind, text: string) {
    setReady(null);
    setLink(null);
    setPicked((before) => {
      const next = new Set(before[kind]);
      if (next.has(text)) next.delete(text);
      else next.add(text);
      return { ...before, [kind]: next };
    });
  }

  function check() {
    const options = deviceCheckOptions();
    const found = KINDS.flatMap(({ kind, title }) =>
      chosen[kind].flatMap((text) =>
        findIdentifyingDetails(text, options).map((detail) => ({ where: title, detail })),
      ),
    );
    if (found.length > 0) setFindings(found);
    else setReady(chosen);
  }

  async function showLink(passedOn: PassedOn) {
    const data = await passedOnLinkData(passedOn);
    setLink(`${location.origin}${location.pathname}#/run/${PASSED_ON_ROUTE}/${data}`);
  }

  const hasAny = all.helped.length + all.hindered.length > 0;
  return (
    <div class="screen stack">
      <ScreenHeader
        title="Pass on to the follow-up"
        back={{ href: hrefFor('actions'), label: 'Action cards' }}
      >
        <p class="lede">
          Pick what helped and what hindered from your follow-ups to give the facilitator for the
          follow-up workshop. Only what you pick goes, without your name, any date or your actions.
        </p>
      </ScreenHeader>
      {!hasAny && (
        <p class="card">
          Nothing to pass on yet: follow up an action card first (how far did I get, what helped,
          what hindered).
        </p>
      )}
      {hasAny && (
        <section class="card stack no-print passed-on-pick" aria-labelledby="pick-heading">
          <h2 id="pick-heading">Pick what to pass on</h2>
          {KINDS.map(({ kind, title }) =>
            all[kind].length === 0 ? null : (
              <fieldset key={kind} class="stack">
                <legend>{title}</legend>
                {all[kind].map((text) => (
                  <label key={text} class="field-inline">
                    <input
                      type="checkbox"
                      checked={picked[kind].has(text)}
                      onChange={() => toggle(kind, text)}
                    />
                    <span class="pre-wrap">{text}</span>
                  </label>
                ))}
              </fieldset>
            ),
          )}
          {findings ? (
            <FindingsCheck
              findings={findings}
              proceedLabel="Pass on anyway"
              onProceed={() => {
                setFindings(null);
                setReady(chosen);
              }}
              onCancel={() => setFindings(null)}
            />
          ) : (
            !ready && (
              <div class="row">
                <Button variant="primary" disabled={count === 0} onClick={check}>
                  {count === 0
                    ? 'Pick at least one'
                    : `Pass on ${count === 1 ? 'one statement' : `${count} statements`}`}
                </Button>
              </div>
            )
          )}
        </section>
      )}
      {ready && (
        <section class="card stack passed-on-ready" aria-labelledby="ready-heading">
          <h2 id="ready-heading">Ready to pass on</h2>
          {KINDS.map(({ kind, title }) =>
            ready[kind].length === 0 ? null : (
              <div key={kind} class="stack">
                <h3>{title}</h3>
                <ul>
                  {ready[kind].map((text) => (
                    <li key={text} class="pre-wrap">
                      {text}
                    </li>
                  ))}
                </ul>
              </div>
            ),
          )}
          <div class="row no-print">
            <Button
              variant="primary"
              onClick={() =>
                downloadBlob(
                  new Blob([passedOnFileText(ready)], { type: PASSED_ON_MEDIA_TYPE }),
                  `Passed on to the follow-up${PASSED_ON_EXTENSION}`,
                )
              }
            >
              Save as a file
            </Button>
            <Button
              onClick={() =>
                void showLink(ready).catch((error: unknown) =>
                  ui.reportError(error, 'make the link'),
                )
              }
            >
              Show a link and QR code
            </Button>
            <Button onClick={() => print()}>Print</Button>
          </div>
          {link && (
            <div class="stack no-print">
              <Field label="Link for the facilitator">
                <input
                  type="text"
                  readOnly
                  value={link}
                  autocomplete="off"
                  spellcheck={false}
                  onFocus={(event) => event.currentTarget.select()}
                />
              </Field>
              <QrCode text={link} label="QR code of what you are passing on" />
            </div>
          )}
        </section>
      )}
    </div>
  );
}
