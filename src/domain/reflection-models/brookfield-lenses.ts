import type { ReflectionModel } from './types';

/** Brookfield's four lenses: in the group, the literature is the fourth lens and the group the third. */
export const brookfieldLenses: ReflectionModel = {
  id: 'brookfield-lenses',
  name: 'Brookfield’s four lenses',
  summary:
    'Look at the same moment four ways: your own eyes, the people you work with, colleagues, and theory and research.',
  source: 'Stephen Brookfield, Becoming a Critically Reflective Teacher (1995, 2017)',
  uses: ['incident', 'journal'],
  stages: [
    {
      id: 'own-view',
      title: 'My own view',
      prompt: 'How do I see what happened, and what do I believe about it?',
      cueCards: ['What is your own reading of it?', 'What do you think you did well?'],
      weight: 1,
    },
    {
      id: 'service-user',
      title: 'Through the eyes of the people I work with',
      prompt: 'How might the child, young person or family have experienced it?',
      cueCards: [
        'What do you imagine they would say about that meeting?',
        'What might they have needed from you?',
      ],
      weight: 1,
    },
    {
      id: 'colleagues',
      title: 'Through colleagues’ eyes',
      prompt:
        'What do colleagues notice that I might miss? (In the group, this lens is the group.)',
      cueCards: ['What would a colleague you trust say?', 'What did others in the room see?'],
      weight: 1,
    },
    {
      id: 'theory',
      title: 'Theory and research',
      prompt:
        'What does research or theory add? (In the group, the literature discussed is this lens.)',
      cueCards: ['Does anything from today’s reading speak to this?'],
      weight: 1,
    },
  ],
};
