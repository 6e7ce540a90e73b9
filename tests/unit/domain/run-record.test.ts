import { describe, expect, it } from 'vitest';
import { incidentStepTimes, newRunRecord, timeByPhaseKind } from '../../../src/domain/run-record';
import { finishRun, startRun } from '../../../src/domain/run-timer';
import { markStep } from '../../../src/domain/step-timing';
import type { AgendaItem, AgendaItemKind, RunRecord } from '../../../src/domain/types';

const MIN = 60_000;

/** A finished run whose phases each ran the given minutes. */
function finishedRun(items: [AgendaItemKind, string, number, number][]): RunRecord {
  const agenda: AgendaItem[] = items.map(([kind, title, minutes], i) => ({
    id: `item-${i}`,
    kind,
    title,
    minutes,
  }));
  const run = newRunRecord({ workshop: null, title: 'Workshop', agenda }, 0);
  run.timing.phases.forEach((phase, i) => {
    phase.elapsedMs = items[i]![3] * MIN;
  });
  return run;
}

describe('timeByPhaseKind', () => {
  it('totals each kind of phase across the series, whatever it was called on the day', () => {
    const first = finishedRun([
      ['catch-up', 'Catch-up', 30, 35],
      ['incident', 'Critical incident: the quiet visit', 90, 80],
    ]);
    const second = finishedRun([
      ['catch-up', 'Check-in round', 30, 25],
      ['incident', 'Critical incident', 45, 50],
      ['incident', 'Second incident', 45, 40],
    ]);
    expect(timeByPhaseKind([first, second], 0)).toEqual([
      { id: 'catch-up', title: 'Catch-up', plannedMinutes: 60, actualMinutes: 60 },
      { id: 'incident', title: 'Critical incident', plannedMinutes: 180, actualMinutes: 170 },
    ]);
  });

  it("keeps the group's own items apart by their titles", () => {
    const run = finishedRun([
      ['custom', 'Guest speaker', 20, 25],
      ['custom', 'Planning the next series', 15, 10],
      ['custom', 'Guest speaker', 10, 10],
    ]);
    expect(timeByPhaseKind([run], 0)).toEqual([
      { id: 'custom:Guest speaker', title: 'Guest speaker', plannedMinutes: 30, actualMinutes: 35 },
      {
        id: 'custom:Planning the next series',
        title: 'Planning the next series',
        plannedMinutes: 15,
        actualMinutes: 10,
      },
    ]);
  });
});

describe('incidentStepTimes', () => {
  it('gives each step of an incident that ran its planned and actual minutes', () => {
    const agenda: AgendaItem[] = [
      { id: 'incident', kind: 'incident', title: 'Critical incident', minutes: 60 },
      { id: 'break', kind: 'break', title: 'Break', minutes: 15 },
    ];
    const run = newRunRecord({ workshop: null, title: 'Workshop', agenda }, 0);
    let timing = startRun(run.timing, 0);
    const started = { ...run, timing };
    const stepTimes = markStep(started, 'incident', 'questions', 9 * MIN);
    timing = finishRun(timing, 20 * MIN);
    const record = { ...started, timing, stepTimes, steps: { incident: 1 } };
    const [incident, ...others] = incidentStepTimes(record, [], 20 * MIN);
    expect(others).toEqual([]);
    expect(incident!.title).toBe('Critical incident');
    expect(incident!.steps.slice(0, 3).map((s) => [s.id, s.actualMinutes])).toEqual([
      ['telling', 9],
      ['questions', 11],
      ['stage-assumptions', 0],
    ]);
    expect(incident!.steps[0]!.plannedMinutes).toBe(9);
  });
});
