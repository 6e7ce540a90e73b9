import type { ReflectionModel } from './types';

/** Gibbs' reflective cycle. */
export const gibbs: ReflectionModel = {
  id: 'gibbs',
  name: 'Gibbs’ reflective cycle',
  summary: 'Six steps from describing what happened to a plan for next time.',
  source: 'Graham Gibbs, Learning by Doing (1988)',
  uses: ['incident', 'journal'],
  stages: [
    {
      id: 'description',
      groupUse: 'told',
      title: 'Description',
      prompt: 'What happened? Keep to the facts for now.',
      cueCards: ['Who was there?', 'What did you do, and what did others do?'],
      weight: 1,
    },
    {
      id: 'feelings',
      title: 'Feelings',
      prompt: 'What were you thinking and feeling, before, during and after?',
      cueCards: ['What were you feeling at the time?', 'How do you feel about it now?'],
      weight: 1,
    },
    {
      id: 'evaluation',
      title: 'Evaluation',
      prompt: 'What went well, and what went less well?',
      cueCards: ['What are you glad you did?', 'What felt uncomfortable?'],
      weight: 1,
    },
    {
      id: 'analysis',
      title: 'Analysis',
      prompt: 'What sense can you make of it? What helped or got in the way, and why?',
      cueCards: [
        'Why do you think it went that way?',
        'What does the research or your training say about situations like this?',
      ],
      weight: 2,
    },
    {
      id: 'conclusion',
      title: 'Conclusion',
      prompt: 'What else could you have done? What have you learnt?',
      cueCards: ['What other choices were open to you?'],
      weight: 1,
    },
    {
      id: 'action-plan',
      groupUse: 'presenter',
      title: 'Action plan',
      prompt: 'If it happened again, what would you do? What will you do now?',
      cueCards: ['What would you want to be different next time?'],
      weight: 1,
    },
  ],
};
