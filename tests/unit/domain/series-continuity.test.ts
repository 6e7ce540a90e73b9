import { describe, expect, it } from 'vitest';
import { emptyIncident } from '../../../src/domain/rotation-changes';
import { carriedIncident, newRunRecord } from '../../../src/domain/run-record';
import { finishRun, startRun } from '../../../src/domain/run-timer';
import {
  answerCount,
  incidentThreads,
  initialsOf,
  lastTime,
  nextWorkshopAfter,
  notesOfIncident,
  recordedIncidents,
  workshopBefore,
} from '../../../src/domain/series-continuity';
import { FIVE_WORKSHOPS_TEMPLATE, planSeries } from '../../../src/domain/series-plan';
import type { GroupId, Incident, RunRecord, Workshop } from '../../../src/domain/types';
import { createFakeClock } from '../../helpers/fake-clock';
import { createSequentialIds } from '../../helpers/ids';

const T0 = Date.UTC(2026, 3, 14, 8, 30);

function series() {
  return planSeries(
    {
      groupId: 'g' as GroupId,
      title: 'Spring',
      startDate: '2026-04-14',
      startTime: '09:30',
      cadenceWeeks: 3,
      workshopCount: 5,
      lengthMinutes: 240,
      venue: '',
      followUpAfterWeeks: FIVE_WORKSHOPS_TEMPLATE.followUpAfterWeeks,
    },
    createFakeClock(),
    createSequentialIds(),
  ).workshops;
}

/** A finished run of a workshop, with whatever the test gives it. */
function held(workshop: Workshop, extra: Partial<RunRecord> = {}): RunRecord {
  const run = newRunRecord({ workshop, title: workshop.id, timeZone: 'Europe/London' }, T0);
  const timing = finishRun(startRun(run.timing, T0), T0 + 3_600_000);
  return { ...run, timing, status: 'finished', ...extra };
}

describe('since last time', () => {
  it('finds the workshop before, by date then position', () => {
    const workshops = series();
    expect(workshopBefore(workshops, workshops[2]!)?.id).toBe(workshops[1]!.id);
    expect(workshopBefore(workshops, workshops[0]!)).toBeUndefined();
    expect(nextWorkshopAfter(workshops, workshops[0]!)?.id).toBe(workshops[1]!.id);
    expect(nextWorkshopAfter(workshops, workshops[5]!)).toBeUndefined();
    // Two on one day: the position decides.
    const sameDay = { ...workshops[1]!, date: workshops[0]!.date };
    const both = [workshops[0]!, sameDay];
    expect(nextWorkshopAfter(both, workshops[0]!)?.id).toBe(sameDay.id);
    expect(workshopBefore(both, sameDay)?.id).toBe(workshops[0]!.id);
  });

  it('brings its themes, how many answered, and the facilitator’s reading', () => {
    const workshops = series();
    const record = held(workshops[0]!, {
      themes: 'Power in home visits\n\nWho decides',
      questionnaire: [{ engaged: 'The quiet start' }, { distanced: '  ' }, { affirming: 'Ok' }],
      questionnaireResponse: { heard: 'The reading was long.', changes: 'Shorter extracts.' },
    });
    const last = lastTime(workshops[1]!, workshops, [record]);
    expect(last).toMatchObject({
      record,
      themes: ['Power in home visits', 'Who decides'],
      answers: 2,
      heard: 'The reading was long.',
      changes: 'Shorter extracts.',
    });
  });

  it('says when the workshop before has no record', () => {
    const workshops = series();
    const unfinished = { ...held(workshops[0]!), status: 'ready' as const };
    expect(lastTime(workshops[1]!, workshops, [unfinished])).toMatchObject({
      workshop: workshops[0],
      record: undefined,
      themes: [],
      answers: 0,
    });
  });

  it('counts only answers with something written', () => {
    expect(answerCount({ questionnaire: [{ a: '' }, {}, { b: 'yes' }] })).toBe(1);
  });
});

describe('an incident across two workshops', () => {
  it('reads the first part and its reconstruction as one thread, with its new name', () => {
    const [first, second] = series();
    const told: Incident = { ...emptyIncident(first!, T0), title: 'The visit that went quiet' };
    const again = { ...carriedIncident(told, second!.id, T0), newTitle: 'Whose silence?' };
    const other: Incident = { ...emptyIncident(first!, T0), title: 'A hard call' };
    const threads = incidentThreads([told, again, other]);
    expect(threads).toHaveLength(2);
    expect(threads[0]).toEqual({ first: told, second: again, newTitle: 'Whose silence?' });
    expect(threads[1]).toEqual({ first: other, second: undefined, newTitle: '' });
  });

  it('finds the group notes kept while the first part ran', () => {
    const [first] = series();
    const told = emptyIncident(first!, T0);
    const record = held(first!);
    const phase = { ...record.timing.phases[2]!, incidentId: told.id };
    const run = {
      ...record,
      timing: {
        ...record.timing,
        phases: record.timing.phases.map((p, i) => (i === 2 ? phase : p)),
      },
      notes: { [phase.id]: 'The presenter felt unheard.' },
    };
    expect(notesOfIncident(told.id, [run])).toBe('The presenter felt unheard.');
    expect(notesOfIncident(told.id, [])).toBe('');
  });

  it('names each incident of a record: how far the group got, carried or not', () => {
    const [first] = series();
    const told: Incident = { ...emptyIncident(first!, T0), title: 'The visit' };
    const record = held(first!);
    const at = record.timing.phases.findIndex((p) => p.kind === 'incident');
    const phases = record.timing.phases.map((p, i) =>
      i === at ? { ...p, incidentId: told.id, firstStartedAt: T0 } : p,
    );
    const run = {
      ...record,
      timing: { ...record.timing, phases },
      steps: { [phases[at]!.id]: 2, [`carried:${told.id}`]: 1 },
    };
    const [named] = recordedIncidents(run, [told]);
    expect(named).toMatchObject({
      incident: told,
      stepReached: 3,
      isCarried: true,
      wasHeld: true,
    });
    const unreached = {
      ...run,
      timing: { ...run.timing, phases: phases.map((p) => ({ ...p, firstStartedAt: null })) },
    };
    expect(recordedIncidents(unreached, [told])[0]!.wasHeld).toBe(false);
    expect(named!.stepCount).toBeGreaterThan(3);
    expect(named!.stepTitle).not.toBe('');
  });

  it('shortens display names to initials', () => {
    expect(initialsOf('Jo Kim')).toBe('JK');
    expect(initialsOf('JK')).toBe('JK');
    expect(initialsOf('Sam')).toBe('S');
    expect(initialsOf('Samantha')).toBe('S');
  });
});
