import type { ReflectionModel } from './types';

/** Fook & Gardner's critical reflection: deconstruction through four lenses, then reconstruction. */
export const fookGardner: ReflectionModel = {
  id: 'fook-gardner',
  name: 'Fook & Gardner: critical reflection',
  summary:
    'Unearth the assumptions in a concrete incident, then rebuild your thinking and practice from what you found.',
  source: 'Jan Fook and Fiona Gardner, Practising Critical Reflection (2007)',
  uses: ['incident', 'journal'],
  secondPartFrom: 'reconstruction-thinking',
  stages: [
    {
      id: 'account',
      groupUse: 'told',
      title: 'The incident',
      prompt:
        'Describe the incident briefly: what happened, who was involved (anonymised), and why it stays with you.',
      cueCards: [
        'What made this moment stand out for you?',
        'What were you hoping would happen?',
        'What happened just before it?',
      ],
      weight: 1,
    },
    {
      id: 'assumptions',
      title: 'Assumptions',
      prompt:
        'What did you take for granted — about the people, the situation, your role, what "good" looks like?',
      cueCards: [
        'What did you assume they wanted?',
        'What did you believe your job was in that moment?',
        'Where might that belief have come from?',
        'Is there another way of seeing what happened?',
      ],
      weight: 2,
    },
    {
      id: 'reflexivity',
      title: 'Your own part',
      prompt:
        'How did who you are — your background, feelings, position and history — shape what you saw and did?',
      cueCards: [
        'What were you feeling at the time?',
        'How might your own experience have coloured this?',
        'How do you think they saw you?',
      ],
      weight: 2,
    },
    {
      id: 'language',
      title: 'Language, labels and missing voices',
      prompt:
        'Which words, labels or either/or categories framed the situation? Whose voice is missing from your account?',
      cueCards: [
        'What words did you use to describe them — and they, you?',
        'Is there an either/or in how you are telling it?',
        'Whose view have we not heard yet?',
      ],
      weight: 2,
    },
    {
      id: 'power',
      title: 'Power and structure',
      prompt:
        'How did power work here — between people, and through procedures, resources and the organisation?',
      cueCards: [
        'Who had the most say in what happened?',
        'What did the procedures make possible, or impossible?',
        'What would have needed to be different for another outcome?',
      ],
      weight: 2,
    },
    {
      id: 'reconstruction-thinking',
      title: 'Reconstruction: how my thinking has changed',
      prompt:
        'Looking back at what the group helped you see, how has your thinking about this incident changed?',
      cueCards: [
        'What do you see now that you did not see before?',
        'Which assumption would you now let go of?',
      ],
      weight: 2,
    },
    {
      id: 'reconstruction-practice',
      title: 'Reconstruction: what I will do differently',
      prompt:
        'What will you do differently, and what would you now call this incident? Give it a new name.',
      cueCards: [
        'What would you now call this incident?',
        'What might you do the next time something like this happens?',
        'What support would you need to do that?',
      ],
      weight: 2,
    },
  ],
};
