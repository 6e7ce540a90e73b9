import { describe, expect, it } from 'vitest';
import {
  canCarryForward,
  incidentSteps,
  presenterStages,
  stagesForPart,
} from '../../../src/domain/incident-steps';
import { criticalIncidentAnalysis } from '../../../src/domain/reflection-models/critical-incident-analysis';
import { whatSoWhatNowWhat } from '../../../src/domain/reflection-models/what-so-what-now-what';
import { fookGardner } from '../../../src/domain/reflection-models/fook-gardner';
import { gibbs } from '../../../src/domain/reflection-models/gibbs';

describe('holding a critical incident', () => {
  it('starts with the uninterrupted telling and questions, and ends with the presenter listening', () => {
    const steps = incidentSteps(gibbs, 'deconstruction', 90);
    expect(steps.map((s) => s.kind)).toEqual([
      'telling',
      'questions',
      ...gibbs.stages.filter((stage) => !stage.groupUse).map(() => 'stage'),
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
    expect(rules.filter(([kind]) => kind === 'questions' || kind === 'stage')).toHaveLength(5);
    for (const [kind, rule] of rules) {
      if (kind === 'questions' || kind === 'stage') expect(rule).toBe('Questions, not advice');
      if (kind === 'listening') expect(rule).toBe('The presenter listens');
      if (kind === 'telling') expect(rule).toBe('No interruptions');
    }
  });

  it('lets the telling stand for the account, and leaves actions to the presenter', () => {
    for (const model of [gibbs, whatSoWhatNowWhat, criticalIncidentAnalysis, fookGardner]) {
      const titles = incidentSteps(model, 'deconstruction', 90).map((s) => s.title);
      const told = model.stages.filter((stage) => stage.groupUse === 'told');
      expect(told, model.name).toHaveLength(1);
      // The group never asks for the account again straight after it was told…
      expect(titles).not.toContain(told[0]!.title);
      // …and its questions become the listeners' first.
      const questions = incidentSteps(model, 'deconstruction', 90)[1]!;
      expect(questions.cueCards).toEqual(told[0]!.cueCards);
      // Action plans, "Now what?" and outcomes for practice are not the group's to advise.
      for (const stage of presenterStages(model, 'deconstruction')) {
        expect(titles).not.toContain(stage.title);
      }
    }
    expect(presenterStages(gibbs, 'deconstruction').map((s) => s.id)).toEqual(['action-plan']);
    expect(presenterStages(whatSoWhatNowWhat, 'deconstruction').map((s) => s.id)).toEqual([
      'now-what',
    ]);
    expect(presenterStages(criticalIncidentAnalysis, 'deconstruction').map((s) => s.id)).toEqual([
      'outcomes',
    ]);
  });
});
