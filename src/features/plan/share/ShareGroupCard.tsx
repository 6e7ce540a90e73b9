import { useState } from 'preact/hooks';
import { useAppState } from '../../../app/app-state';
import { systemClock } from '../../../domain/clock';
import { deviceToday } from '../../../domain/time-zone';
import { GROUP_FILE_EXTENSION, GROUP_FILE_MEDIA_TYPE } from '../../../domain/group-file';
import type { GroupId } from '../../../domain/types';
import { Button } from '../../../ui/Button';
import { formatMediumDate } from '../../../ui/dates';
import { downloadBlob } from '../../../ui/download';
import { FindingsCheck } from '../../../ui/FindingsCheck';
import { groupFileAsFile, keptCopy, prepareGroupFile, type PreparedFile } from './group-export';
import { KeepACopyReminder } from './KeepACopy';
import { canShareFile, share } from './share-file';
import { useCopyState } from './share-data';

type Way = 'save' | 'share';

/**
 * The group's file: everything another facilitator needs to carry on (the plan, incidents'
 * titles and anonymised summaries, session records) and nothing private. Saved as a file, or
 * handed to the device's share sheet where it takes files.
 */
export function ShareGroupCard({ groupId }: { groupId: GroupId }) {
  const { ui } = useAppState();
  const [held, setHeld] = useState<{ prepared: PreparedFile; way: Way } | null>(null);
  const [isBusy, setIsBusy] = useState(false);
  const copy = useCopyState(groupId);
  const today = deviceToday(systemClock.now());

  async function start(way: Way) {
    setIsBusy(true);
    try {
      const prepared = await prepareGroupFile(groupId, systemClock.now());
      if (prepared.findings.length > 0) setHeld({ prepared, way });
      else await deliver(prepared, way);
    } catch (error) {
      ui.reportError(error, 'make the group file');
    } finally {
      setIsBusy(false);
    }
  }

  async function deliver({ file }: PreparedFile, way: Way) {
    setHeld(null);
    const asFile = groupFileAsFile(file, today);
    if (way === 'share') {
      if (!(await share({ files: [asFile], title: asFile.name }))) return;
    } else {
      downloadBlob(asFile, asFile.name);
    }
    await keptCopy(groupId, systemClock.now());
    ui.notify(way === 'share' ? 'Group file shared.' : 'Group file saved.', { tone: 'success' });
  }

  const keptAt = copy.value?.keptAt;
  // Asked of a file like the real one: some share sheets take only certain kinds of file.
  const sampleFile = new File(['{}'], `group${GROUP_FILE_EXTENSION}`, {
    type: GROUP_FILE_MEDIA_TYPE,
  });
  return (
    <section class="card stack" aria-labelledby="share-group-heading">
      <h2 id="share-group-heading">Share and keep a copy</h2>
      <p>
        The group file holds this group’s plan, its incidents’ titles and anonymised summaries, and
        its session records: never anyone’s journal or action cards. On another tablet, open it in
        Plan to carry on from where you are: a co-facilitator, the next facilitator, or you if this
        tablet fails.
      </p>
      <KeepACopyReminder groupId={groupId} />
      <p class="hint">
        {keptAt
          ? `Last saved or shared from this tablet on ${formatMediumDate(keptAt)}.`
          : 'Not yet saved from this tablet.'}
      </p>
      {held ? (
        <FindingsCheck
          findings={held.prepared.findings}
          proceedLabel={held.way === 'share' ? 'Share it anyway' : 'Save it anyway'}
          onProceed={() =>
            void deliver(held.prepared, held.way).catch((error: unknown) =>
              ui.reportError(error, 'share the group file'),
            )
          }
          onCancel={() => setHeld(null)}
        />
      ) : (
        <div class="row">
          <Button variant="primary" isBusy={isBusy} onClick={() => void start('save')}>
            Save the group file
          </Button>
          {canShareFile(sampleFile) && (
            <Button isBusy={isBusy} onClick={() => void start('share')}>
              Share the group file…
            </Button>
          )}
        </div>
      )}
    </section>
  );
}
