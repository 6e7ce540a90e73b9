import { useState } from 'preact/hooks';
import { useAppState } from '../../../app/app-state';
import { systemClock } from '../../../domain/clock';
import type { GroupId, SeriesId } from '../../../domain/types';
import { Button } from '../../../ui/Button';
import { Field } from '../../../ui/Field';
import { FindingsCheck } from '../../../ui/FindingsCheck';
import { prepareSeriesLink, type PreparedLink } from './group-export';
import { QrCode } from '../../../ui/QrCode';
import { canShareLink, share } from './share-file';

/**
 * The series as a link: its plan, readings and incidents packed into the address after the
 * "#", which browsers never send to any server. Opened on another device with the app, it
 * offers to take the series in. Shown as text to copy, a QR code, or the share sheet.
 */
export function SeriesLinkCard({ groupId, seriesId }: { groupId: GroupId; seriesId: SeriesId }) {
  const { ui } = useAppState();
  const [held, setHeld] = useState<PreparedLink | null>(null);
  const [url, setUrl] = useState<string | null>(null);
  const [isBusy, setIsBusy] = useState(false);

  async function make() {
    setIsBusy(true);
    try {
      const prepared = await prepareSeriesLink(groupId, seriesId, systemClock.now());
      if (prepared.findings.length > 0) setHeld(prepared);
      else setUrl(prepared.url);
    } catch (error) {
      ui.reportError(error, 'make the link');
    } finally {
      setIsBusy(false);
    }
  }

  async function copy(text: string) {
    try {
      await navigator.clipboard.writeText(text);
      ui.notify('Link copied.', { tone: 'success' });
    } catch {
      ui.notify('This browser would not copy it: select the link and copy it yourself.');
    }
  }

  return (
    <section class="card stack" aria-labelledby="series-link-heading">
      <h2 id="series-link-heading">Share this series as a link</h2>
      <p>
        A link holds this series’ plan, readings and incidents (titles and anonymised summaries),
        not the session records: for those, save the group file from the group’s page. Opened on a
        tablet that has used this app, it offers to add the series there, even offline.
      </p>
      {held && (
        <FindingsCheck
          findings={held.findings}
          proceedLabel="Make the link anyway"
          onProceed={() => {
            setUrl(held.url);
            setHeld(null);
          }}
          onCancel={() => setHeld(null)}
        />
      )}
      {!held && !url && (
        <div class="row">
          <Button variant="primary" isBusy={isBusy} onClick={() => void make()}>
            Make a link
          </Button>
        </div>
      )}
      {url && (
        <div class="stack">
          <Field label="Link to this series">
            <input
              type="text"
              readOnly
              value={url}
              autocomplete="off"
              spellcheck={false}
              onFocus={(event) => event.currentTarget.select()}
            />
          </Field>
          <div class="row">
            <Button variant="primary" onClick={() => void copy(url)}>
              Copy the link
            </Button>
            {canShareLink() && (
              <Button
                onClick={() =>
                  // A link carries no records, so it is not a copy of the group to keep.
                  void share({ url }).catch((error: unknown) =>
                    ui.reportError(error, 'share the link'),
                  )
                }
              >
                Share the link…
              </Button>
            )}
            <Button onClick={() => setUrl(null)}>Done</Button>
          </div>
          <QrCode text={url} label="QR code of the link to this series" />
        </div>
      )}
    </section>
  );
}
