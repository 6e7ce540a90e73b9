import { describe, expect, it } from 'vitest';
import { canCarryForward, incidentSteps, stagesForPart } from '../../../src/domain/incident-steps';
import { fookGardner } from '../../../src/domain/reflection-models/fook-gardner';
import { gibbs } from '../../../src/domain/reflection-models/gibbs';

describe('holding a critical incident', () => {
  it('starts with the uninterrupted telling and questions, and ends with the presenter listening', () => {
    const steps = incidentSteps(gibbs, 'deconstruction', 90);
    expect(steps.map((s) => s.kind)).toEqual([
      'telling',
      'questions',
      ...gibbs.stages.map(() => 'stage'),
      'listening',
    ]);
    expect(steps[1]!.guidance).toMatch(/not advice/);
  });

  it('shares the phase among the steps, the stages by their weights', () => {
    const steps = incidentSteps(gibbs, 'deconstruction', 90);
    const total = steps.reduce((sum, s) => sum + s.minutes, 0);
    expect(Math.abs(total - 90)).toBeLessThanOrEqual(steps.length / 2);
    const stages = steps.filter((s) => s.kind === 'stage');
    expect(stages.every((s) => s.cueCards.length > 0)).toBe(true);
  });

  it('holds Fook and Gardner in two parts: deconstruction now, reconstruction next time', () => {
    const first = stagesForPart(fookGardner, 'deconstruction');
    const second = stagesForPart(fookGardner, 'reconstruction');
    expect([...first, ...second]).toEqual(fookGardner.stages);
    expect(second[0]!.id).toBe(fookGardner.secondPartFrom);
    expect(canCarryForward(fookGardner, 'deconstruction')).toBe(true);
    expect(canCarryForward(fookGardner, 'reconstruction')).toBe(false);
    expect(canCarryForward(gibbs, 'deconstruction')).toBe(false);
    expect(incidentSteps(fookGardner, 'reconstruction', 60)[0]!.title).toMatch(/looks back/);
  });

  it('keeps each step’s rule for the whole step, from what happens in it', () => {
    const rules = incidentSteps(fookGardner, 'deconstruction', 90).map((s) => [s.kind, s.rule]);
    // Listeners question in the questions step and through every stage (lens) of the model.
    expect(rules.filter(([kind]) => kind === 'questions' || kind === 'stage')).toHaveLength(6);
    for (const [kind, rule] of rules) {
      if (kind === 'questions' || kind === 'stage') expect(rule).toBe('Questions, not advice');
      if (kind === 'listening') expect(rule).toBe('The presenter listens');
      if (kind === 'telling') expect(rule).toBe('No interruptions');
    }
  });
});
