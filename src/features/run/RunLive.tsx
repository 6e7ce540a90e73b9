import { useComputed, useSignal } from '@preact/signals';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { useAppState } from '../../app/app-state';
import { hrefFor, navigate } from '../../app/router';
import { Missing } from '../../ui/Missing';
import { systemClock } from '../../domain/clock';
import { viewRun } from '../../domain/run-timer';
import type { RunId, RunRecord } from '../../domain/types';
import { ClockBar } from './ClockBar';
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
import { createRunFigures } from './run-figures';
import { RunNowContext, useNow } from './use-now';
import { useRunActions } from './use-run-actions';
import { useRunController } from './use-run-controller';
import { useRun, useRunContext } from './use-run-data';
import { useWakeLock } from './use-wake-lock';
import { type RunChange, deleteRun, updateRun } from './run-data';
import { Button } from '../../ui/Button';
import { Loading } from '../../ui/Loading';
import { createUnsavedTextRegistry, UnsavedTextContext } from '../../ui/unsaved-text';
import { GroupCheckOptions } from '../../ui/check-options';

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
  // The run as of now, as a signal: the tick redraws the figures that read it, not this
  // screen nor the scaffolds below. The timing joins it before the screen is painted.
  const timing = useSignal(record.timing);
  useLayoutEffect(() => {
    timing.value = record.timing;
  }, [timing, record.timing]);
  const view = useComputed(() => viewRun(timing.value, now.value));
  const figures = useMemo(() => createRunFigures(view), [view]);
  const announcement = useCues(figures, isController, sound.isOn);
  const context = useRunContext(record);
  const [isSaving, setSaving] = useState(false);
  const [isBigClock, setBigClock] = useState(false);
  const clockWarning = useClockCheck(now);
  const incidents = context.value?.incidents;
  // The room display needs the incidents for the step's title and rule; a ref, so that
  // saving stays one stable function.
  const incidentsRef = useRef(incidents ?? []);
  incidentsRef.current = incidents ?? [];

  // While this tab runs the workshop, app updates wait (busy protocol, R-2.2).
  useEffect(() => {
    if (isController && isUnderway) return busy.hold('workshop');
    return undefined;
  }, [busy, isController, isUnderway]);

  // Keep any room display in step with every change, wherever it came from.
  useEffect(() => {
    if (isController) publishToRoom(record, incidents ?? []);
  }, [record, incidents, isController]);

  // Stable, so the scaffolds below the ticking clock are not redrawn twice a second.
  const change = useCallback(
    async (apply: RunChange, doing = 'save the workshop’s progress') => {
      setSaving(true);
      try {
        const saved = await updateRun(record.id, apply, systemClock.now());
        // At once, too: finishing leaves this screen before the live query comes back.
        if (saved) publishToRoom(saved, incidentsRef.current);
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

  const actions = useRunActions(record.timing, (apply) => void change(apply));

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

  const hasBar = isController && isLive;
  const screen = (
    <RunNowContext.Provider value={now}>
      <div
        class={`screen run-screen${hasBar ? ' run-layout' : ' stack'}${isBigClock ? ' is-big' : ''}`}
      >
        <p class="run-title">
          {record.title}
          {context.value?.workshop?.venue ? ` · ${context.value.workshop.venue}` : ''}
        </p>
        {hasBar ? (
          <ClockBar
            timing={record.timing}
            figures={figures}
            announcement={announcement}
            actions={actions}
            isSaving={isSaving}
            isBig={isBigClock}
            onBig={setBigClock}
          />
        ) : (
          <RunClock timing={record.timing} figures={figures} announcement={announcement} />
        )}
        <div class="stack run-main">
          {isLive && role !== 'controller' && <ControlNote role={role} onTakeOver={takeOver} />}
          {clockWarning.isShown && (
            <div class="run-note" role="alert">
              <p>
                The device clock went back. The timer counts from the clock, so check the time left;
                use +1 min, +5 min or Undo if it looks wrong.
              </p>
              <Button onClick={clockWarning.dismiss}>Dismiss</Button>
            </div>
          )}
          {isController && scaffolds}
          {isController && (
            <RunControls
              record={record}
              figures={figures}
              actions={actions}
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
          <PhaseList record={record} />
        </div>
      </div>
    </RunNowContext.Provider>
  );
  return (
    <GroupCheckOptions group={context.value?.group} members={context.value?.members ?? []}>
      {screen}
    </GroupCheckOptions>
  );
}
