import type { ReflectionModel } from './types';

/** Johns' model of structured reflection: looking in, then looking out. */
export const johns: ReflectionModel = {
  id: 'johns',
  name: 'Johns’ structured reflection',
  summary:
    'Look in at your thoughts and feelings, then out through cue questions on aesthetics, personal knowing, ethics, evidence and reflexivity.',
  source: 'Christopher Johns, Becoming a Reflective Practitioner (1995, 2013)',
  uses: ['incident', 'journal'],
  stages: [
    {
      id: 'looking-in',
      title: 'Looking in',
      prompt:
        'Find a space to focus on yourself. What thoughts and feelings come up as you recall it?',
      cueCards: ['What is coming up for you as you tell it?'],
      weight: 1,
    },
    {
      id: 'aesthetics',
      title: 'Aesthetics: the art of what I did',
      prompt:
        'What was I trying to achieve? Why did I respond as I did? What were the consequences for everyone?',
      cueCards: ['What were you trying to achieve?', 'How do you think the others felt?'],
      weight: 1,
    },
    {
      id: 'personal',
      title: 'Personal knowing',
      prompt: 'Why did I feel the way I did? What was going on inside me?',
      cueCards: ['Why do you think you felt that way?'],
      weight: 1,
    },
    {
      id: 'ethics',
      title: 'Ethics',
      prompt: 'Did I act for the best? What values shaped my choices, and where did they conflict?',
      cueCards: [
        'Whose interests were you weighing?',
        'Did anything feel at odds with your values?',
      ],
      weight: 1,
    },
    {
      id: 'empirics',
      title: 'Empirics: what I knew',
      prompt: 'What knowledge informed me, or might have?',
      cueCards: ['What knowledge did you draw on?'],
      weight: 1,
    },
    {
      id: 'reflexivity',
      title: 'Reflexivity',
      prompt:
        'How does this connect with past experience? How might I respond better next time, and what would it mean for me and others?',
      cueCards: ['Has something like this happened before?', 'What would help you next time?'],
      weight: 1,
    },
  ],
};
