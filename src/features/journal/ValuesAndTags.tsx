import { Field } from '../../ui/Field';

/** The values at stake and the tags, each typed as a list separated by commas. */
export function ValuesAndTags({
  valuesText,
  tagsText,
  onValues,
  onTags,
}: {
  valuesText: string;
  tagsText: string;
  onValues: (text: string) => void;
  onTags: (text: string) => void;
}) {
  return (
    <div class="form-grid">
      <Field
        id="entry-values"
        label="Values at stake"
        hint="Separate with commas, e.g. honesty, the child’s voice."
      >
        <PrivateListInput value={valuesText} onText={onValues} />
      </Field>
      <Field id="entry-tags" label="Tags" hint="Separate with commas.">
        <PrivateListInput value={tagsText} onText={onTags} />
      </Field>
    </div>
  );
}

/** A private list typed with commas: kept from autofill and the browser's spellchecker. */
function PrivateListInput(props: {
  id?: string;
  'aria-describedby'?: string;
  value: string;
  onText: (text: string) => void;
}) {
  const { value, onText, ...tied } = props;
  return (
    <input
      {...tied}
      type="text"
      autocomplete="off"
      spellcheck={false}
      value={value}
      onInput={(event) => onText(event.currentTarget.value)}
    />
  );
}
