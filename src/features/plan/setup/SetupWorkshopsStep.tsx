import { FIVE_WORKSHOPS_TEMPLATE } from '../../../domain/series-template';
import { CheckedField } from '../../../ui/CheckedField';
import { Field } from '../../../ui/Field';
import { formatMediumDate } from '../../../ui/dates';
import { workshopLabels } from '../../../ui/workshop-labels';
import { LengthSelect } from '../LengthSelect';
import { CADENCES, type SeriesChoice } from '../SeriesFields';
import type { SetupState } from './use-setup-draft';

const COUNTS = Array.from({ length: 12 }, (_, i) => i + 1);

/**
 * Step 3: how many workshops, how often, when and for how long. The template's numbers come
 * filled in, each with a sentence on why, and the dates they give are shown as they change.
 */
export function SetupWorkshopsStep({ state }: { state: SetupState }) {
  const { series } = state.draft;
  // From the latest draft: a field may hand over its text just after another change.
  const set = (changes: Partial<SeriesChoice>) =>
    state.update({ series: { ...state.latest.current.series, ...changes } });
  const labels = workshopLabels(state.workshops);
  return (
    <>
      <div class="form-grid">
        <Field
          id="setup-count"
          label="Number of workshops"
          hint={`${FIVE_WORKSHOPS_TEMPLATE.workshopCount} is what the groups this app comes from held: enough for trust to grow, few enough to commit to.`}
        >
          <select
            value={series.workshopCount}
            onChange={(e) => set({ workshopCount: Number(e.currentTarget.value) })}
          >
            {COUNTS.map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </Field>
        <Field
          id="setup-cadence"
          label="How often"
          hint="Three weeks apart leaves time to read and to try things in practice, and is close enough to keep the thread."
        >
          <select
            value={series.cadenceWeeks}
            onChange={(e) => set({ cadenceWeeks: Number(e.currentTarget.value) })}
          >
            {CADENCES.map((weeks) => (
              <option key={weeks} value={weeks}>
                {weeks === 1 ? 'Every week' : `Every ${weeks} weeks`}
              </option>
            ))}
          </select>
        </Field>
        <Field
          id="setup-start"
          label="First workshop"
          hint="Two weeks from today, on a weekday, leaves time to clear diaries and to read."
        >
          <input
            type="date"
            value={series.startDate}
            onInput={(e) => set({ startDate: e.currentTarget.value })}
          />
        </Field>
        <Field
          id="setup-time"
          label="Start time"
          hint="The same day and time each time makes the workshops easier to protect."
        >
          <input
            type="time"
            value={series.startTime}
            onInput={(e) => set({ startTime: e.currentTarget.value })}
          />
        </Field>
        <LengthSelect
          id="setup-length"
          label="Length of each workshop"
          hint="Four hours holds all four phases (catch-up, reading, an incident, quiet reflection) without rushing."
          value={series.lengthMinutes}
          onChange={(lengthMinutes) => set({ lengthMinutes })}
        />
        <CheckedField
          id="setup-venue"
          label="Venue (optional)"
          hint="It goes on the pre-reading pack and the calendar."
          value={series.venue}
          onSave={async (venue) => set({ venue })}
        />
      </div>
      <label class="check field-inline" htmlFor="setup-follow-up">
        <input
          id="setup-follow-up"
          type="checkbox"
          aria-describedby="setup-follow-up-hint"
          checked={series.hasFollowUp}
          onChange={(e) => set({ hasFollowUp: e.currentTarget.checked })}
        />
        Add a follow-up about four months after the last workshop
      </label>
      <p class="hint" id="setup-follow-up-hint">
        Time to look back together, and to plan how to share what you learnt.
      </p>
      {state.workshops.length > 0 && (
        <div class="setup-dates">
          <h3>The dates this gives</h3>
          <ul>
            {state.workshops.map((workshop) => (
              <li key={workshop.id}>
                {labels.get(workshop.id)}: {formatMediumDate(workshop.date)}
              </li>
            ))}
          </ul>
          <p class="hint">You can move any date on the series page afterwards.</p>
        </div>
      )}
    </>
  );
}
