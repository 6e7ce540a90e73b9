import type { ComponentChildren } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { useAppState, useRoute } from '../../../app/app-state';
import { hrefFor, navigate } from '../../../app/router';
import { systemClock } from '../../../domain/clock';
import {
  SETUP_STEPS,
  firstStepToFinish,
  neighbourStep,
  setupStepOf,
  stepProblems,
  type SetupStep,
} from '../../../domain/guided-setup';
import { Button } from '../../../ui/Button';
import { GroupCheckOptions } from '../../../ui/check-options';
import { ScreenHeader } from '../../../ui/ScreenHeader';
import { UnsavedTextContext, createUnsavedTextRegistry } from '../../../ui/unsaved-text';
import { setUpGroup } from './set-up-group';
import { SetupAgreementsStep } from './SetupAgreementsStep';
import { SetupMembersStep } from './SetupMembersStep';
import { SetupNameStep } from './SetupNameStep';
import { SetupReview } from './SetupReview';
import { SetupTurnsStep } from './SetupTurnsStep';
import { SetupWorkshopsStep } from './SetupWorkshopsStep';
import { HELD_BACK, PROBLEMS, STEP_TITLES } from './setup-words';
import { useKeyboardInset } from './use-keyboard-inset';
import { setupEntries, useSetupDraft, type SetupState } from './use-setup-draft';
import './setup.css';

/**
 * Setting up a group step by step (`#/plan/setup/<step>`), for a team starting one with no
 * academic present: six short steps with sound defaults, then the group and its first series
 * are created together, ready to run. What is entered stays in memory until then; every step
 * stays mounted (hidden when not on show), so going back finds it as it was left.
 */
export function GuidedSetup() {
  const { ui, flush, router } = useAppState();
  const [, slug] = useRoute().params;
  const state = useSetupDraft();
  // Arriving part-way (a reload, an old address) begins at the first step still to do.
  const step = firstStepToFinish(setupStepOf(slug), setupEntries(state.latest.current));
  const registries = useMemo(
    () => new Map(SETUP_STEPS.map((s) => [s, createUnsavedTextRegistry()])),
    [],
  );
  const [problem, setProblem] = useState('');
  const [isReviewing, setReviewing] = useState(false);
  const [isBusy, setBusy] = useState(false);
  useKeyboardInset();

  useEffect(() => {
    if (slug !== undefined && slug !== step) router.replace('plan', 'setup', step);
  }, [slug, step, router]);

  // Each new step's heading takes the focus, so the step is read from its start; unless the
  // user was sent back to it to give something it still needs, then that field does.
  const shown = useRef(step);
  const sentBack = useRef<{ message: string; focus: () => void } | null>(null);
  useEffect(() => {
    if (shown.current === step) return;
    shown.current = step;
    const reason = sentBack.current;
    sentBack.current = null;
    setProblem(reason?.message ?? '');
    // A new step reads like a new page: from the top, its title in view.
    scrollTo({ top: 0 });
    if (reason) reason.focus();
    else document.getElementById(`setup-${step}-heading`)?.focus({ preventScroll: true });
  }, [step]);

  /** Typing on the way to this step is handed over and checked; then what it still needs. */
  async function isReady(upTo: SetupStep): Promise<boolean> {
    await flush.flushAll();
    const steps = SETUP_STEPS.slice(0, SETUP_STEPS.indexOf(upTo) + 1);
    const held = steps.find((s) => registries.get(s)!.list().length > 0);
    if (held) {
      show(held, HELD_BACK, () => registries.get(held)!.list()[0]!.edit());
      return false;
    }
    const entries = setupEntries(state.latest.current);
    for (const s of steps) {
      const [first] = stepProblems(s, entries);
      if (first) {
        const { message, fieldId } = PROBLEMS[first];
        show(s, message, () => document.getElementById(fieldId)?.focus());
        return false;
      }
    }
    setProblem('');
    return true;
  }

  /** Says what is needed, on the step it is needed on, with the focus where to give it. */
  function show(at: SetupStep, message: string, focus: () => void) {
    if (at === step) {
      setProblem(message);
      focus();
      return;
    }
    sentBack.current = { message, focus };
    navigate('plan', 'setup', at);
  }

  async function goOn(event: Event) {
    event.preventDefault();
    if (isBusy) return;
    if (!(await isReady(step))) return;
    if (step === 'review') return create();
    navigate('plan', 'setup', isReviewing ? 'review' : neighbourStep(step, 1)!);
  }

  async function goBack() {
    await flush.flushAll();
    navigate('plan', 'setup', neighbourStep(step, -1)!);
  }

  async function create() {
    setBusy(true);
    try {
      const draft = state.latest.current;
      const seriesId = await setUpGroup(
        {
          ...draft,
          groupId: state.groupId,
          members: state.members,
          turns: state.turns,
        },
        systemClock,
      );
      ui.notify('Group and series created.', { tone: 'success' });
      navigate('plan', 'series', seriesId, 'ready');
    } catch (error) {
      ui.reportError(error, 'create the group');
    } finally {
      setBusy(false);
    }
  }

  const previous = neighbourStep(step, -1);
  return (
    <GroupCheckOptions group={undefined} members={state.members}>
      <div class="screen stack setup">
        <ScreenHeader title="Set up a group" back={{ href: hrefFor('plan'), label: 'Plan' }}>
          <p class="lede">
            Six short steps with sound defaults. Nothing is saved until you create the group at the
            end, and nothing you enter here is kept if you leave before then.
          </p>
        </ScreenHeader>
        <form class="stack" noValidate onSubmit={(event) => void goOn(event)}>
          {SETUP_STEPS.map((s) => (
            <StepFrame key={s} step={s} isShown={s === step}>
              <UnsavedTextContext.Provider value={registries.get(s)!}>
                <StepContent step={s} state={state} onReview={() => setReviewing(true)} />
              </UnsavedTextContext.Provider>
            </StepFrame>
          ))}
          <div class="setup-bar">
            {problem && (
              <p class="form-error" role="alert">
                {problem}
              </p>
            )}
            <div class="row">
              {previous && <Button onClick={() => void goBack()}>Back</Button>}
              <Button variant="primary" type="submit" isBusy={isBusy}>
                {step === 'review'
                  ? 'Create the group'
                  : isReviewing
                    ? 'Back to the review'
                    : 'Next'}
              </Button>
            </div>
          </div>
        </form>
      </div>
    </GroupCheckOptions>
  );
}

function StepFrame(props: { step: SetupStep; isShown: boolean; children: ComponentChildren }) {
  const number = SETUP_STEPS.indexOf(props.step) + 1;
  const headingId = `setup-${props.step}-heading`;
  return (
    <section class="card stack" hidden={!props.isShown} aria-labelledby={headingId}>
      <h2 id={headingId} tabIndex={-1}>
        <span class="setup-count">
          Step {number} of {SETUP_STEPS.length}
        </span>{' '}
        {STEP_TITLES[props.step]}
      </h2>
      <div class="setup-progress" aria-hidden="true">
        {SETUP_STEPS.map((s, index) => (
          <span key={s} class={index < number ? 'is-done' : undefined} />
        ))}
      </div>
      {props.children}
    </section>
  );
}

function StepContent(props: { step: SetupStep; state: SetupState; onReview: () => void }) {
  const { state } = props;
  switch (props.step) {
    case 'name':
      return <SetupNameStep state={state} />;
    case 'members':
      return <SetupMembersStep state={state} />;
    case 'workshops':
      return <SetupWorkshopsStep state={state} />;
    case 'turns':
      return <SetupTurnsStep state={state} />;
    case 'agreements':
      return <SetupAgreementsStep state={state} />;
    default:
      return <SetupReview state={state} onChange={props.onReview} />;
  }
}
