import type { ReflectionModel } from './types';

/** Schön: a quick note in action, written up on action later. */
export const schon: ReflectionModel = {
  id: 'schon',
  name: 'Schön: on the spot, then later',
  summary:
    'Jot down a moment as it happens (reflection in action), then come back to it when there is time (reflection on action).',
  source: 'Donald Schön, The Reflective Practitioner (1983)',
  uses: ['journal'],
  stages: [
    {
      id: 'in-action',
      title: 'On the spot',
      prompt: 'Quick note: what is happening, and what am I noticing right now?',
      cueCards: [],
      weight: 1,
    },
    {
      id: 'on-action',
      title: 'Later: looking back',
      prompt:
        'Looking back with time to think: what was I doing and why, what surprised me, and what would I do now?',
      cueCards: [],
      weight: 2,
    },
  ],
};
