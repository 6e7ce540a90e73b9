import type { Workshop, WorkshopId } from '../../domain/types';
import { Button } from '../../ui/Button';
import { Field } from '../../ui/Field';
import { KIT_PARTS, type KitChoices, type KitPart } from './kit-sheets';

const PART_LABELS: Record<KitPart, string> = {
  agreement: 'Ground rules and confidentiality agreement, with lines to sign',
  'run-sheets': 'Run sheets for the facilitator',
  'cue-cards': 'Listener cue cards to cut out',
  slips: 'Questionnaire slips to cut out',
  preparation: 'Getting ready to present an incident',
  timetable: 'The series timetable',
};

/** The most slips the kit prints in one go: a large group, twice over. */
const MOST_SLIPS = 60;

interface Props {
  choices: KitChoices;
  onChange: (choices: KitChoices) => void;
  workshops: readonly Workshop[];
  labels: ReadonlyMap<WorkshopId, string>;
  sheetCount: number;
}

/** Which parts to print, for which workshop, and the Print button. */
export function KitOptions({ choices, onChange, workshops, labels, sheetCount }: Props) {
  const change = (changes: Partial<KitChoices>) => onChange({ ...choices, ...changes });
  const toggle = (part: KitPart, isChosen: boolean) => {
    const parts = new Set(choices.parts);
    if (isChosen) parts.add(part);
    else parts.delete(part);
    change({ parts });
  };
  return (
    <section class="card stack no-print" aria-labelledby="kit-choose-heading">
      <h2 id="kit-choose-heading">What to print</h2>
      <fieldset class="kit-parts">
        <legend>Parts</legend>
        {KIT_PARTS.map((part) => (
          // The whole row is the label, so the whole row takes a tap.
          <label key={part} class="field-inline">
            <input
              type="checkbox"
              checked={choices.parts.has(part)}
              onChange={(event) => toggle(part, event.currentTarget.checked)}
            />
            {PART_LABELS[part]}
          </label>
        ))}
      </fieldset>
      {choices.parts.has('run-sheets') && (
        <Field label="Run sheets for which workshop">
          <select
            value={choices.workshopId ?? ''}
            onChange={(event) =>
              change({ workshopId: (event.currentTarget.value || null) as WorkshopId | null })
            }
          >
            <option value="">Every workshop</option>
            {workshops.map((workshop) => (
              <option key={workshop.id} value={workshop.id}>
                {labels.get(workshop.id) ?? 'Workshop'}
              </option>
            ))}
          </select>
        </Field>
      )}
      {choices.parts.has('cue-cards') && (
        <label class="field-inline">
          <input
            type="checkbox"
            checked={choices.isEveryModel}
            onChange={(event) => change({ isEveryModel: event.currentTarget.checked })}
          />
          Cue cards for every model, not only those this series’ incidents use
        </label>
      )}
      {choices.parts.has('slips') && (
        <Field label="How many questionnaire slips" hint="Two to a sheet." class="kit-slip-count">
          <input
            type="number"
            inputMode="numeric"
            min={1}
            max={MOST_SLIPS}
            value={choices.slipCount}
            onInput={(event) => {
              const count = Math.round(Number(event.currentTarget.value));
              if (Number.isFinite(count) && count >= 1) {
                change({ slipCount: Math.min(count, MOST_SLIPS) });
              }
            }}
          />
        </Field>
      )}
      <div class="row">
        <Button variant="primary" disabled={sheetCount === 0} onClick={() => window.print()}>
          Print or save as PDF
        </Button>
        <span class="hint" aria-live="polite">
          {sheetCount === 0
            ? 'Choose at least one part.'
            : `${sheetCount} ${sheetCount === 1 ? 'sheet' : 'sheets'} of A4.`}
        </span>
      </div>
    </section>
  );
}
