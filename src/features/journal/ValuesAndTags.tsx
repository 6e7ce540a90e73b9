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
      <div class="field">
        <label htmlFor="entry-values">Values at stake</label>
        <span class="hint">Separate with commas, e.g. honesty, the child’s voice.</span>
        <input
          id="entry-values"
          type="text"
          autocomplete="off"
          spellcheck={false}
          value={valuesText}
          onInput={(event) => onValues(event.currentTarget.value)}
        />
      </div>
      <div class="field">
        <label htmlFor="entry-tags">Tags</label>
        <span class="hint">Separate with commas.</span>
        <input
          id="entry-tags"
          type="text"
          autocomplete="off"
          spellcheck={false}
          value={tagsText}
          onInput={(event) => onTags(event.currentTarget.value)}
        />
      </div>
    </div>
  );
}
