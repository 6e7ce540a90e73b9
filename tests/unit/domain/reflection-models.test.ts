import { describe, expect, it } from 'vitest';
import {
  DEFAULT_INCIDENT_MODEL_ID,
  REFLECTION_MODELS,
  findModel,
  modelsFor,
} from '../../../src/domain/reflection-models/registry';
import { CRITICAL_INCIDENT_QUESTIONNAIRE } from '../../../src/domain/reflection-models/critical-incident-questionnaire';

describe('reflection models', () => {
  it('have unique ids and unique stage ids within each model', () => {
    const ids = REFLECTION_MODELS.map((m) => m.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const model of REFLECTION_MODELS) {
      const stageIds = model.stages.map((s) => s.id);
      expect(new Set(stageIds).size, model.id).toBe(stageIds.length);
    }
  });

  it('give every stage a prompt and a positive weight', () => {
    for (const model of REFLECTION_MODELS) {
      expect(model.stages.length, model.id).toBeGreaterThan(0);
      for (const stage of model.stages) {
        expect(stage.prompt.trim(), `${model.id}/${stage.id}`).not.toBe('');
        expect(stage.weight, `${model.id}/${stage.id}`).toBeGreaterThan(0);
      }
    }
  });

  it('offer cue cards for every stage of a model used in the group, as questions not advice', () => {
    for (const model of modelsFor('incident')) {
      for (const stage of model.stages) {
        expect(stage.cueCards.length, `${model.id}/${stage.id}`).toBeGreaterThan(0);
        for (const card of stage.cueCards) {
          expect(card, card).toMatch(/\?$/);
          expect(card.toLowerCase(), card).not.toMatch(
            /^(have you thought|you should|why don.t you)/,
          );
        }
      }
    }
  });

  it('include the models the design names', () => {
    for (const id of [
      'fook-gardner',
      'critical-incident-analysis',
      'gibbs',
      'what-so-what-now-what',
      'brookfield-lenses',
      'johns',
      'schon',
      'free-writing',
    ]) {
      expect(findModel(id), id).toBeDefined();
    }
    expect(findModel(DEFAULT_INCIDENT_MODEL_ID)?.secondPartFrom).toBe('reconstruction-thinking');
  });

  it('has the five questions of the Critical Incident Questionnaire', () => {
    expect(CRITICAL_INCIDENT_QUESTIONNAIRE.map((q) => q.id)).toEqual([
      'engaged',
      'distanced',
      'helpful',
      'puzzling',
      'surprising',
    ]);
  });
});
