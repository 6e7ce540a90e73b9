import { useEffect, useState } from 'preact/hooks';
import { useAppState } from '../../app/app-state';
import { hrefFor, navigate } from '../../app/router';
import {
  addPassedOn,
  PASSED_ON_ROUTE,
  PassedOnError,
  readPassedOnLink,
  type PassedOn,
} from '../../domain/passed-on';
import type { RunRecord } from '../../domain/types';
import { Button } from '../../ui/Button';
import { ScreenHeader } from '../../ui/ScreenHeader';
import { PassedOnList } from './PassedOnList';
import { updateRun } from './run-data';
import { NOT_PASSED_ON } from './scaffolds/PassedOnPanel';
import { useRunLists } from './use-run-data';

/**
 * A link (or QR code) of statements passed on from someone's action cards, opened on the
 * facilitator's tablet: shown, then added to the follow-up workshop under way. The statements
 * are taken out of the address at once.
 */
export function PassedOnScreen({ linkData }: { linkData?: string }) {
  const { ui, router } = useAppState();
  const lists = useRunLists();
  const [passedOn, setPassedOn] = useState<PassedOn | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    if (!linkData) return;
    router.replace('run', PASSED_ON_ROUTE);
    readPassedOnLink(linkData).then(setPassedOn, (error: unknown) => {
      if (error instanceof PassedOnError) setProblem(NOT_PASSED_ON);
      else ui.reportError(error, 'open that link');
    });
    // Once, on arrival: the data is taken and the address cleaned.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const followUpIds = new Set(
    lists.value.workshops.filter((w) => w.kind === 'follow-up').map((w) => w.id),
  );
  const followUps = lists.value.open.filter(
    (run) => run.workshopId !== null && followUpIds.has(run.workshopId),
  );

  async function addTo(run: RunRecord) {
    if (!passedOn) return;
    try {
      await updateRun(
        run.id,
        (current) => ({ passedOn: addPassedOn(current.passedOn, passedOn) }),
        Date.now(),
      );
      ui.notify('Taken in.', { tone: 'success' });
      navigate('run', 'live', run.id);
    } catch (error) {
      ui.reportError(error, 'take them in');
    }
  }

  return (
    <div class="screen stack">
      <ScreenHeader
        title="Passed on to the follow-up"
        back={{ href: hrefFor('run'), label: 'Run' }}
      >
        <p class="lede">
          What helped and what hindered, from someone’s own action cards, anonymously.
        </p>
      </ScreenHeader>
      {problem && (
        <p class="card notice-error" role="alert">
          {problem}
        </p>
      )}
      {!passedOn && !problem && (
        <p class="card">Open a link or scan a QR code someone passed on to see it here.</p>
      )}
      {passedOn && (
        <section class="card stack" aria-labelledby="passed-on-heading">
          <h2 id="passed-on-heading">What was passed on</h2>
          <PassedOnList passedOn={passedOn} />
          {followUps.length > 0 ? (
            <div class="row">
              {followUps.map((run) => (
                <Button key={run.id} variant="primary" onClick={() => void addTo(run)}>
                  Add to {run.title}
                </Button>
              ))}
            </div>
          ) : (
            <p class="notice-warning">
              No follow-up workshop is under way on this tablet. Start it from Run, then take these
              in during its reflection phase: ask for the link again, or for the file.
            </p>
          )}
        </section>
      )}
    </div>
  );
}
