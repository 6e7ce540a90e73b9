import type { ReflectionModel } from './types';

/** The social work critical incident pro-forma: account, response, issues, learning, outcomes. */
export const criticalIncidentAnalysis: ReflectionModel = {
  id: 'critical-incident-analysis',
  name: 'Critical incident analysis',
  summary:
    'A structured write-up of one incident, from what happened to what it means for practice.',
  source:
    'Social work critical incident analysis pro-forma (after Tripp, 1993, and Green Lister & Crisp, 2007)',
  uses: ['incident', 'journal'],
  stages: [
    {
      id: 'account',
      groupUse: 'told',
      title: 'Account',
      prompt:
        'What happened? Set out the incident, its context and the people involved (anonymised).',
      cueCards: ['What was the setting?', 'What led up to it?', 'What happened next?'],
      weight: 2,
    },
    {
      id: 'response',
      title: 'Initial response',
      prompt: 'How did you respond at the time — what did you do, think and feel?',
      cueCards: [
        'What were you feeling as it happened?',
        'What did you notice in your body, or in the room?',
        'What did you decide, and how quickly?',
      ],
      weight: 2,
    },
    {
      id: 'issues',
      title: 'Issues',
      prompt:
        'What explanations, theories, values and possible biases help make sense of it? What dilemmas did it raise?',
      cueCards: [
        'Which values pulled in different directions?',
        'What theory or research does this bring to mind?',
        'Where might bias have come in?',
      ],
      weight: 3,
    },
    {
      id: 'learning',
      title: 'Learning',
      prompt: 'What have you learnt about yourself, others and your practice?',
      cueCards: ['What surprised you most?', 'What do you understand now that you did not then?'],
      weight: 2,
    },
    {
      id: 'outcomes',
      groupUse: 'presenter',
      title: 'Outcomes for practice',
      prompt:
        'What will you carry into your practice, and how will you know it has made a difference?',
      cueCards: ['What would you keep the same?', 'What might you try next time?'],
      weight: 1,
    },
  ],
};
