import type { ReflectionModel } from './types';

/** Borton's three questions, as developed by Driscoll and Rolfe. */
export const whatSoWhatNowWhat: ReflectionModel = {
  id: 'what-so-what-now-what',
  name: 'What? So what? Now what?',
  summary: 'Three plain questions: what happened, why it matters, and what comes next.',
  source: 'Terry Borton (1970); developed by John Driscoll (1994) and Gary Rolfe et al. (2001)',
  uses: ['incident', 'journal'],
  stages: [
    {
      id: 'what',
      groupUse: 'told',
      title: 'What?',
      prompt: 'What happened? What was my part, and what did others do?',
      cueCards: ['What did you see and hear?', 'What was your role?'],
      weight: 1,
    },
    {
      id: 'so-what',
      title: 'So what?',
      prompt:
        'So what does it mean? What does it tell me about myself, the people and my practice?',
      cueCards: [
        'Why does this matter to you?',
        'What does it say about what you value?',
        'What might it mean for the family?',
      ],
      weight: 2,
    },
    {
      id: 'now-what',
      groupUse: 'presenter',
      title: 'Now what?',
      prompt: 'Now what? What will I do, and what do I need to do it?',
      cueCards: ['What might you do with this now?', 'Who else needs to know what you learnt?'],
      weight: 1,
    },
  ],
};
