import { journalTemplates } from '../../domain/journal';

/** The journal's templates, as the options of a select (free writing and each model). */
export function TemplateOptions() {
  return (
    <>
      {journalTemplates().map((m) => (
        <option key={m.id} value={m.id}>
          {m.name}
        </option>
      ))}
    </>
  );
}
