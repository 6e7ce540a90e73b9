import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { useAppState } from '../../app/app-state';
import { hrefFor, navigate } from '../../app/router';
import { Missing } from '../../ui/Missing';
import { systemClock } from '../../domain/clock';
import { viewRun } from '../../domain/run-timer';
import type { RunId, RunRecord } from '../../domain/types';
import { ControlNote } from './ControlNote';
import { unlockAudio } from './cues';
import { PhaseList } from './PhaseList';
import { usePassRoundScreen } from './PassRound';
import { PhaseScaffolds } from './PhaseScaffolds';
import { publishToRoom } from './room-channel';
import { RunClock } from './RunClock';
import { RunControls } from './RunControls';
import { useSoundSetting } from './run-settings';
import { useClockCheck } from './use-clock-check';
import { useCues } from './use-cues';
import { useNow } from './use-now';
import { useRunController } from './use-run-controller';
import { useRun, useRunContext } from './use-run-data';
import { useWakeLock } from './use-wake-lock';
import { type RunChange, deleteRun, updateRun } from './run-data';
import { Button } from '../../ui/Button';
import { Loading } from '../../ui/Loading';
import { createUnsavedTextRegistry, UnsavedTextContext } from '../../ui/unsaved-text';

export function RunLive({ id }: { id: RunId }) {
  const run = useRun(id);
  // Fields report typing not yet saved here, so finishing can offer to keep it.
  const [unsaved] = useState(createUnsavedTextRegistry);
  if (!run.isLoaded) return <Loading />;
  if (!run.value) {
    return <Missing what="workshop" back={{ section: 'run', label: 'Run' }} />;
  }
  return (
    <UnsavedTextContext.Provider value={unsaved}>
      <RunLiveView record={run.value} />
    </UnsavedTextContext.Provider>
  );
}

/** The run screen: readable across a room, every control by touch and keyboard. */
function RunLiveView({ record }: { record: RunRecord }) {
  const { ui, busy } = useAppState();
  const now = useNow();
  const isLive = record.status !== 'finished';
  const { role, takeOver } = useRunController(record.id, isLive);
  const isController = role === 'controller';
  usePassRoundScreen(record, isController || role === 'checking');
  const isUnderway = record.status === 'running' || record.status === 'paused';
  const sound = useSoundSetting();
  const wakeLock = useWakeLock(isController && isUnderway);
  const view = viewRun(record.timing, now);
  const announcement = useCues(view, isController, sound.isOn);
  const context = useRunContext(record);
  const [isSaving, setSaving] = useState(false);
  const clockWarning = useClockCheck(now);

  // While this tab runs the workshop, app updates wait (busy protocol, R-2.2).
  useEffect(() => {
    if (isController && isUnderway) return busy.hold('workshop');
    return undefined;
  }, [busy, isController, isUnderway]);

  // Keep any room display in step with every change, wherever it came from.
  useEffect(() => {
    if (isController) publishToRoom(record);
  }, [record, isController]);

  // Stable, so the scaffolds below the ticking clock are not redrawn twice a second.
  const change = useCallback(
    async (apply: RunChange, doing = 'save the workshop’s progress') => {
      setSaving(true);
      try {
        const saved = await updateRun(record.id, apply, systemClock.now());
        // At once, too: finishing leaves this screen before the live query comes back.
        if (saved) publishToRoom(saved);
        return saved;
      } catch (error) {
        ui.reportError(error, doing);
        return undefined;
      } finally {
        setSaving(false);
      }
    },
    [record.id, ui],
  );

  // The same element while nothing it shows has changed: Preact then skips it on each tick.
  const contextValue = context.value;
  const scaffolds = useMemo(
    () =>
      contextValue && <PhaseScaffolds record={record} context={contextValue} onChange={change} />,
    [record, contextValue, change],
  );

  async function discard() {
    try {
      await deleteRun(record.id);
      navigate('run');
    } catch (error) {
      ui.reportError(error, 'discard it');
    }
  }

  async function finish(apply: RunChange) {
    const saved = await change(apply);
    if (saved?.status === 'finished') navigate('run', 'record', record.id);
  }

  return (
    <div class="screen stack run-screen">
      <p class="run-title">
        {record.title}
        {context.value?.workshop?.venue ? ` · ${context.value.workshop.venue}` : ''}
      </p>
      {isLive && role !== 'controller' && <ControlNote role={role} onTakeOver={takeOver} />}
      {clockWarning.isShown && (
        <div class="run-note" role="alert">
          <p>
            The device clock went back. The timer counts from the clock, so check the time left; use
            +1 min, +5 min or Undo if it looks wrong.
          </p>
          <Button onClick={clockWarning.dismiss}>Dismiss</Button>
        </div>
      )}
      <RunClock view={view} announcement={announcement} total={record.timing.phases.length} />
      {isController && (
        <RunControls
          view={view}
          timing={record.timing}
          isSaving={isSaving}
          isSoundOn={sound.isOn}
          onSound={(isOn) => {
            if (isOn) unlockAudio();
            sound.set(isOn).catch((e: unknown) => ui.reportError(e, 'save the sound setting'));
          }}
          onChange={(apply) => void change(apply)}
          onFinish={(apply) => void finish(apply)}
          wakeLock={wakeLock}
        />
      )}
      {isController && record.status === 'ready' && (
        <p>
          <Button variant="quiet" onClick={() => void discard()}>
            Not now: discard this run
          </Button>
        </p>
      )}
      {!isLive && (
        <p>
          <a class="btn btn-primary" href={hrefFor('run', 'record', record.id)}>
            Open the session record
          </a>
        </p>
      )}
      {isController && scaffolds}
      <PhaseList record={record} />
    </div>
  );
}
