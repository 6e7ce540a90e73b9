import { describe, expect, it } from 'vitest';
import { newRunRecord } from '../../../src/domain/run-record';
import { nextPhase, startRun } from '../../../src/domain/run-timer';
import { isQuietPhase, roomViewOf, withCard, withQuiet } from '../../../src/domain/room-view';
import type { AgendaItem, Incident, IncidentId, RunRecord } from '../../../src/domain/types';

const T0 = Date.UTC(2026, 3, 14, 8, 30);

const AGENDA: AgendaItem[] = [
  { id: 'catch-up', kind: 'catch-up', title: 'Catch-up', minutes: 30 },
  { id: 'incident', kind: 'incident', title: 'Critical incident', minutes: 60 },
  { id: 'reflection', kind: 'reflection', title: 'Individual reflection', minutes: 30 },
];

const incident = {
  id: 'incident-1' as IncidentId,
  title: 'The visit that went quiet',
  summary: 'Private-ish summary',
  modelId: 'brookfield-lenses',
  stage: 'deconstruction',
} as Incident;

function run(atPhase = 0): RunRecord {
  const record = newRunRecord({ workshop: null, title: 'Workshop', agenda: AGENDA }, T0);
  let timing = startRun(record.timing, T0);
  for (let i = 0; i < atPhase; i += 1) timing = nextPhase(timing, T0);
  return { ...record, status: 'running', timing };
}

describe('the room display', () => {
  it('is quiet in catch-up and individual reflection unless the facilitator says otherwise', () => {
    const record = run();
    const [catchUp, incidentPhase, reflection] = record.timing.phases;
    expect(isQuietPhase(record, catchUp!)).toBe(true);
    expect(isQuietPhase(record, incidentPhase!)).toBe(false);
    expect(isQuietPhase(record, reflection!)).toBe(true);
    const loud = { ...record, roomDisplay: withQuiet(record, 'catch-up', false) };
    expect(isQuietPhase(loud, catchUp!)).toBe(false);
    expect(roomViewOf(loud, []).isQuiet).toBe(false);
  });

  it('shows the incident step and its rule, and a cue card only once chosen for that step', () => {
    const record = { ...run(1), steps: { incident: 2 } };
    const view = roomViewOf(record, [incident]);
    expect(view.step).toEqual({ title: 'My own view', rule: 'Questions, not advice' });
    expect(view.card).toBeNull();

    const card = 'What is your own reading of it?';
    const chosen = {
      ...record,
      roomDisplay: withCard(record, { phaseId: 'incident', stepId: 'stage-own-view', text: card }),
    };
    expect(roomViewOf(chosen, [incident]).card).toBe(card);
    // On another step, the card is not that step's, so it is not shown.
    expect(roomViewOf({ ...chosen, steps: { incident: 3 } }, [incident]).card).toBeNull();
    // Only the model's own cards: never text from anywhere else.
    const typed = {
      ...record,
      roomDisplay: withCard(record, { phaseId: 'incident', stepId: 'stage-own-view', text: 'x' }),
    };
    expect(roomViewOf(typed, [incident]).card).toBeNull();
  });

  it('says only that feedback is in progress while the tablet is passed round', () => {
    const record: RunRecord = {
      ...run(1),
      passRound: { kind: 'notes', phaseId: 'incident', since: T0 },
    };
    expect(roomViewOf(record, [incident])).toEqual({
      step: null,
      card: null,
      isQuiet: true,
      isPassRound: true,
    });
  });
});
