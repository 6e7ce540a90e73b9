import { FEELINGS, type Feeling } from '../../domain/journal';

/** Which feelings were there, and how strongly (1 to 5). */
export function FeelingsField({
  feelings,
  onChange,
}: {
  feelings: readonly Feeling[];
  onChange: (next: Feeling[]) => void;
}) {
  const feelingOf = (name: string) => feelings.find((f) => f.name === name);
  function setFeeling(name: string, intensity: number | null) {
    const others = feelings.filter((f) => f.name !== name);
    const next = intensity === null ? others : [...others, { name, intensity }];
    next.sort((a, b) => FEELINGS.indexOf(a.name as never) - FEELINGS.indexOf(b.name as never));
    onChange(next);
  }
  return (
    <fieldset class="stack">
      <legend>How you feel, and how strongly</legend>
      <div class="feelings">
        {FEELINGS.map((name) => {
          const feeling = feelingOf(name);
          return (
            <div class="feeling" key={name}>
              <div class="field-inline">
                <input
                  autocomplete="off"
                  id={`feeling-${name}`}
                  type="checkbox"
                  checked={Boolean(feeling)}
                  onChange={(event) => setFeeling(name, event.currentTarget.checked ? 3 : null)}
                />
                <label htmlFor={`feeling-${name}`}>{name}</label>
              </div>
              {feeling && (
                <select
                  autocomplete="off"
                  aria-label={`How ${name}`}
                  value={String(feeling.intensity)}
                  onChange={(event) => setFeeling(name, Number(event.currentTarget.value))}
                >
                  <option value="1">1 a little</option>
                  <option value="2">2</option>
                  <option value="3">3 quite</option>
                  <option value="4">4</option>
                  <option value="5">5 very</option>
                </select>
              )}
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
