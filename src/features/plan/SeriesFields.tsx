import type { SeriesPlanInput } from '../../domain/series-plan';
import { FIVE_WORKSHOPS_TEMPLATE } from '../../domain/series-template';
import type { GroupId, IsoDate } from '../../domain/types';
import { LengthSelect } from './LengthSelect';

export interface SeriesChoice {
  title: string;
  useTemplate: boolean;
  startDate: IsoDate;
  startTime: string;
  cadenceWeeks: number;
  workshopCount: number;
  lengthMinutes: number;
  hasFollowUp: boolean;
  followUpAfterWeeks: number;
  venue: string;
}

const T = FIVE_WORKSHOPS_TEMPLATE;
/** How often a series may meet, in weeks. */
export const CADENCES = [1, 2, 3, 4, 6, 8];

export function defaultSeriesChoice(startDate: IsoDate, title = 'First series'): SeriesChoice {
  return {
    title,
    useTemplate: true,
    startDate,
    startTime: '09:30',
    cadenceWeeks: T.cadenceWeeks,
    workshopCount: T.workshopCount,
    lengthMinutes: T.lengthMinutes,
    hasFollowUp: true,
    followUpAfterWeeks: T.followUpAfterWeeks ?? 16,
    venue: '',
  };
}

export function seriesPlanInput(groupId: GroupId, choice: SeriesChoice): SeriesPlanInput {
  const custom = !choice.useTemplate;
  return {
    groupId,
    title: choice.title.trim() || 'Reflection series',
    startDate: choice.startDate,
    startTime: choice.startTime || '09:30',
    venue: choice.venue.trim(),
    cadenceWeeks: custom ? choice.cadenceWeeks : T.cadenceWeeks,
    workshopCount: custom ? choice.workshopCount : T.workshopCount,
    lengthMinutes: custom ? choice.lengthMinutes : T.lengthMinutes,
    followUpAfterWeeks:
      custom && !choice.hasFollowUp
        ? null
        : custom
          ? choice.followUpAfterWeeks
          : T.followUpAfterWeeks,
  };
}

interface Props {
  idPrefix: string;
  value: SeriesChoice;
  onChange: (next: SeriesChoice) => void;
}

/** How a series is made: the template or a custom number and cadence; start, time, venue. */
export function SeriesFields({ idPrefix, value, onChange }: Props) {
  const id = (name: string) => `${idPrefix}-${name}`;
  const set = <K extends keyof SeriesChoice>(key: K, next: SeriesChoice[K]) =>
    onChange({ ...value, [key]: next });
  const number = (event: Event) => Number((event.currentTarget as HTMLSelectElement).value);
  return (
    <fieldset class="stack">
      <legend>First workshops</legend>
      <div class="choices" role="radiogroup" aria-label="Kind of series">
        <label class="choice" htmlFor={id('template')}>
          <input
            id={id('template')}
            type="radio"
            name={id('kind')}
            checked={value.useTemplate}
            onChange={() => set('useTemplate', true)}
          />
          <span class="choice-title">{T.name}</span>
          <span class="hint">{T.description}</span>
        </label>
        <label class="choice" htmlFor={id('custom')}>
          <input
            id={id('custom')}
            type="radio"
            name={id('kind')}
            checked={!value.useTemplate}
            onChange={() => set('useTemplate', false)}
          />
          <span class="choice-title">My own number and cadence</span>
          <span class="hint">Choose how many workshops, how often, and how long.</span>
        </label>
      </div>
      {!value.useTemplate && (
        <div class="form-grid">
          <div class="field">
            <label htmlFor={id('count')}>Number of workshops</label>
            <select
              id={id('count')}
              value={value.workshopCount}
              onChange={(e) => set('workshopCount', number(e))}
            >
              {Array.from({ length: 12 }, (_, i) => i + 1).map((n) => (
                <option key={n} value={n}>
                  {n}
                </option>
              ))}
            </select>
          </div>
          <div class="field">
            <label htmlFor={id('cadence')}>How often</label>
            <select
              id={id('cadence')}
              value={value.cadenceWeeks}
              onChange={(e) => set('cadenceWeeks', number(e))}
            >
              {CADENCES.map((weeks) => (
                <option key={weeks} value={weeks}>
                  {weeks === 1 ? 'Every week' : `Every ${weeks} weeks`}
                </option>
              ))}
            </select>
          </div>
          <LengthSelect
            id={id('length')}
            label="Length of each workshop"
            value={value.lengthMinutes}
            onChange={(minutes) => set('lengthMinutes', minutes)}
          />
          <label class="check" htmlFor={id('follow-up')}>
            <input
              id={id('follow-up')}
              type="checkbox"
              checked={value.hasFollowUp}
              onChange={(e) => set('hasFollowUp', e.currentTarget.checked)}
            />
            Add a follow-up about four months after the last workshop
          </label>
        </div>
      )}
      <div class="form-grid">
        <div class="field">
          <label htmlFor={id('start')}>First workshop</label>
          <input
            id={id('start')}
            type="date"
            required
            value={value.startDate}
            onInput={(e) => e.currentTarget.value && set('startDate', e.currentTarget.value)}
          />
        </div>
        <div class="field">
          <label htmlFor={id('time')}>Start time</label>
          <input
            id={id('time')}
            type="time"
            required
            value={value.startTime}
            onInput={(e) => e.currentTarget.value && set('startTime', e.currentTarget.value)}
          />
        </div>
        <div class="field">
          <label htmlFor={id('venue')}>Venue</label>
          <input
            id={id('venue')}
            type="text"
            autocomplete="off"
            value={value.venue}
            onInput={(e) => set('venue', e.currentTarget.value)}
          />
        </div>
      </div>
    </fieldset>
  );
}
