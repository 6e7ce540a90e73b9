import type { ReflectionModel } from './types';

/** No structure: a blank page. */
export const freeWriting: ReflectionModel = {
  id: 'free-writing',
  name: 'Free writing',
  summary: 'A blank page, for whatever needs writing down.',
  source: '',
  uses: ['journal'],
  stages: [
    {
      id: 'text',
      title: 'Reflection',
      prompt: 'Write freely.',
      cueCards: [],
      weight: 1,
    },
  ],
};
