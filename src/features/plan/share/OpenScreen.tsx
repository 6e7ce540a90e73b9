import { useEffect, useState } from 'preact/hooks';
import { useAppState } from '../../../app/app-state';
import { takeLaunchedFile } from '../../../app/incoming-file';
import { hrefFor, navigate } from '../../../app/router';
import {
  GROUP_FILE_EXTENSION,
  GROUP_FILE_MEDIA_TYPE,
  GroupFileError,
  materialOf,
  readGroupFile,
  type GroupFile,
} from '../../../domain/group-file';
import { changesAnything, type MergePlan, type MergeCounts } from '../../../domain/group-merge';
import { LinkDataError, linkDataIn } from '../../../domain/link-encoding';
import { LINK_ROUTE, readSeriesLink } from '../../../domain/series-link';
import { Button } from '../../../ui/Button';
import { FileOrLinkPicker } from '../../../ui/FileOrLinkPicker';
import { ScreenHeader } from '../../../ui/ScreenHeader';
import { DAMAGED_LINK, describeProblem } from './open-words';
import { importGroupMaterial, previewGroupImport, takeSharedFile } from './share-data';

interface Opened {
  file: GroupFile;
  plan: MergePlan;
}

const ROWS: { key: keyof MergePlan['counts']; one: string; many: string }[] = [
  { key: 'members', one: 'member', many: 'members' },
  { key: 'series', one: 'series', many: 'series' },
  { key: 'workshops', one: 'workshop', many: 'workshops' },
  { key: 'literature', one: 'reading', many: 'readings' },
  { key: 'incidents', one: 'incident', many: 'incidents' },
  { key: 'records', one: 'session record', many: 'session records' },
];

const NOT_A_LINK = 'That is not a Breathing Space series link. Nothing on this tablet was changed.';

/**
 * Opening a group file or a series link on this tablet: it is checked whole, what it would
 * add or update is shown, and only "Add" writes anything, in one go. A link's data is taken
 * out of the address at once, so it stays in neither the address bar nor the history.
 */
export function OpenScreen({ linkData }: { linkData?: string }) {
  const { ui, router } = useAppState();
  const [opened, setOpened] = useState<Opened | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [isBusy, setIsBusy] = useState(false);

  async function show(read: () => Promise<GroupFile>) {
    setProblem(null);
    setOpened(null);
    setIsBusy(true);
    try {
      const file = await read();
      setOpened({ file, plan: await previewGroupImport(materialOf(file)) });
    } catch (error) {
      if (error instanceof GroupFileError) setProblem(describeProblem(error.problem));
      else if (error instanceof LinkDataError) setProblem(DAMAGED_LINK);
      else ui.reportError(error, 'open that');
    } finally {
      setIsBusy(false);
    }
  }

  useEffect(() => {
    if (linkData) {
      router.replace('plan', LINK_ROUTE);
      void show(() => readSeriesLink(linkData));
      return;
    }
    const launched = takeLaunchedFile();
    if (launched) {
      void show(async () => readGroupFile(await launched.text()));
      return;
    }
    void takeSharedFile().then(
      (shared) => shared && show(async () => readGroupFile(shared.text)),
      () => undefined,
    );
    // Once, on arrival: the data is taken and the address cleaned.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  async function add({ file }: Opened) {
    setIsBusy(true);
    try {
      const plan = await importGroupMaterial(materialOf(file));
      ui.notify(plan.isNewGroup ? 'Group added to this tablet.' : 'Group brought up to date.', {
        tone: 'success',
      });
      navigate('plan', 'group', file.group.id);
    } catch (error) {
      ui.reportError(error, 'add the group');
    } finally {
      setIsBusy(false);
    }
  }

  return (
    <div class="screen stack">
      <ScreenHeader
        title="Open a group file or link"
        back={{ href: hrefFor('plan'), label: 'Plan' }}
      >
        <p class="lede">
          Carry on with a group from another tablet: its plan, incidents and records. Nothing is
          added until you say so.
        </p>
      </ScreenHeader>
      {problem && (
        <p class="card notice-error" role="alert">
          {problem}
        </p>
      )}
      {opened ? (
        <Preview
          opened={opened}
          isBusy={isBusy}
          onAdd={() => void add(opened)}
          onCancel={() => setOpened(null)}
        />
      ) : (
        <section class="card stack" aria-labelledby="open-choose-heading">
          <h2 id="open-choose-heading">Choose what to open</h2>
          <FileOrLinkPicker
            fileLabel="A group file"
            fileHint={`A file ending ${GROUP_FILE_EXTENSION}, saved or shared from Breathing Space.`}
            accept={`${GROUP_FILE_EXTENSION},${GROUP_FILE_MEDIA_TYPE},application/json`}
            linkLabel="Or paste a series link"
            linkButton="Open the link"
            isBusy={isBusy}
            onFile={(file) => void show(async () => readGroupFile(await file.text()))}
            onLink={(text) => {
              const data = linkDataIn(text, `plan/${LINK_ROUTE}`);
              if (data) void show(() => readSeriesLink(data));
              else setProblem(NOT_A_LINK);
            }}
          />
        </section>
      )}
    </div>
  );
}

function Preview({
  opened: { file, plan },
  isBusy,
  onAdd,
  onCancel,
}: {
  opened: Opened;
  isBusy: boolean;
  onAdd: () => void;
  onCancel: () => void;
}) {
  const hasChanges = changesAnything(plan);
  return (
    <section class="card stack" aria-labelledby="open-preview-heading">
      <h2 id="open-preview-heading">“{file.group.name || 'Untitled group'}”</h2>
      <p>
        {plan.isNewGroup
          ? 'This group is new to this tablet. Adding it brings:'
          : hasChanges
            ? 'This tablet already has this group. Opening the file would:'
            : 'This tablet already has this group, and nothing in the file is newer than what is here.'}
      </p>
      <table class="open-preview">
        <thead>
          <tr>
            <th scope="col">What</th>
            <th scope="col">New</th>
            <th scope="col">Updated</th>
            <th scope="col">Newer here, kept</th>
          </tr>
        </thead>
        <tbody>
          {ROWS.map(({ key, many }) => {
            const counts: MergeCounts = plan.counts[key];
            return (
              <tr key={key}>
                <th scope="row">{many[0]!.toUpperCase() + many.slice(1)}</th>
                <td>{counts.added}</td>
                <td>{counts.updated}</td>
                <td>{counts.newerHere}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p class="hint">
        Rows changed more recently on this tablet are kept, and nothing here is deleted.
      </p>
      <div class="row">
        <Button onClick={onCancel}>Cancel</Button>
        {hasChanges ? (
          <Button variant="primary" isBusy={isBusy} onClick={onAdd}>
            {plan.isNewGroup ? 'Add the group to this tablet' : 'Bring this tablet up to date'}
          </Button>
        ) : (
          <a class="btn btn-primary" href={hrefFor('plan', 'group', file.group.id)}>
            Go to the group
          </a>
        )}
      </div>
    </section>
  );
}
