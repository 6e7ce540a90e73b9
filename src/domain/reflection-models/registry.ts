// The registry of reflection models, in the order they are offered. See README.md here
// for adding one.
import { brookfieldLenses } from './brookfield-lenses';
import { criticalIncidentAnalysis } from './critical-incident-analysis';
import { fookGardner } from './fook-gardner';
import { freeWriting } from './free-writing';
import { gibbs } from './gibbs';
import { johns } from './johns';
import { schon } from './schon';
import type { ModelUse, ReflectionModel } from './types';
import { whatSoWhatNowWhat } from './what-so-what-now-what';

export const REFLECTION_MODELS: readonly ReflectionModel[] = [
  fookGardner,
  criticalIncidentAnalysis,
  gibbs,
  whatSoWhatNowWhat,
  brookfieldLenses,
  johns,
  schon,
  freeWriting,
];

/** The model the group uses when none is chosen: the one the groups we model used. */
export const DEFAULT_INCIDENT_MODEL_ID = fookGardner.id;

export function findModel(id: string): ReflectionModel | undefined {
  return REFLECTION_MODELS.find((model) => model.id === id);
}

export function modelsFor(use: ModelUse): ReflectionModel[] {
  return REFLECTION_MODELS.filter((model) => model.uses.includes(use));
}
