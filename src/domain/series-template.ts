// The template a new series starts from. Apart from the planning in series-plan.ts, so the
// form that offers it (on the app's first screen) does not load the planning too.
import { DEFAULT_WORKSHOP_MINUTES } from './agenda';

export interface SeriesTemplate {
  id: string;
  name: string;
  description: string;
  workshopCount: number;
  cadenceWeeks: number;
  lengthMinutes: number;
  /** Weeks from the last workshop to the follow-up; null for none. */
  followUpAfterWeeks: number | null;
}

/** The model this app comes from: five four-hour workshops over three months, then a follow-up. */
export const FIVE_WORKSHOPS_TEMPLATE: SeriesTemplate = {
  id: 'five-over-three-months',
  name: 'Five four-hour workshops over three months, then a follow-up',
  description:
    'Every three weeks, same day and time, with a follow-up about four months after the last to look back and plan how to share what was learnt.',
  workshopCount: 5,
  cadenceWeeks: 3,
  lengthMinutes: DEFAULT_WORKSHOP_MINUTES,
  followUpAfterWeeks: 16,
};
