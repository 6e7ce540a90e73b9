/**
 * Brookfield's Critical Incident Questionnaire: five short, anonymous questions at the end of
 * a session, so facilitators learn how the group experienced it. Our own wording.
 */
export interface QuestionnaireQuestion {
  id: 'engaged' | 'distanced' | 'helpful' | 'puzzling' | 'surprising';
  question: string;
}

export const CRITICAL_INCIDENT_QUESTIONNAIRE: readonly QuestionnaireQuestion[] = [
  {
    id: 'engaged',
    question: 'At what moment today did you feel most engaged with what was happening?',
  },
  {
    id: 'distanced',
    question: 'At what moment today did you feel most distanced from what was happening?',
  },
  {
    id: 'helpful',
    question: 'What did anyone in the room do today that you found most affirming or helpful?',
  },
  {
    id: 'puzzling',
    question: 'What did anyone in the room do today that you found most puzzling or confusing?',
  },
  { id: 'surprising', question: 'What surprised you most about today?' },
];
