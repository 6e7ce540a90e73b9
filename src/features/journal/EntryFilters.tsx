import { NO_FILTER, type EntryFilter } from '../../domain/journal';
import { workshopLabel } from '../../private/LinkFields';
import type { LinkTargets } from '../../private/private-data';
import { Button } from '../../ui/Button';
import { Field } from '../../ui/Field';
import { TemplateOptions } from './TemplateOptions';

/** Narrowing the timeline by tag, template, link and dates. */
export function EntryFilters({
  filter,
  onChange,
  tags,
  targets,
}: {
  filter: EntryFilter;
  onChange: (next: EntryFilter) => void;
  tags: readonly string[];
  targets: LinkTargets | null;
}) {
  const setField = (field: keyof EntryFilter) => (event: Event) =>
    onChange({ ...filter, [field]: (event.currentTarget as HTMLInputElement).value });
  return (
    <details class="filters">
      <summary>Filters</summary>
      <div class="form-grid">
        <Field id="filter-tag" label="Tag">
          <select autocomplete="off" value={filter.tag} onChange={setField('tag')}>
            <option value="">Any</option>
            {tags.map((tag) => (
              <option key={tag} value={tag}>
                {tag}
              </option>
            ))}
          </select>
        </Field>
        <Field id="filter-template" label="Template">
          <select autocomplete="off" value={filter.templateId} onChange={setField('templateId')}>
            <option value="">Any</option>
            <TemplateOptions />
          </select>
        </Field>
        <Field id="filter-link" label="Linked to">
          <select autocomplete="off" value={filter.link} onChange={setField('link')}>
            <option value="">Anything</option>
            {targets?.workshops.map((w) => (
              <option key={w.id} value={`workshop:${w.id}`}>
                {workshopLabel(targets, w.id)}
              </option>
            ))}
            {targets?.incidents.map((i) => (
              <option key={i.id} value={`incident:${i.id}`}>
                Incident: {i.title || 'untitled'}
              </option>
            ))}
            {targets?.literature.map((l) => (
              <option key={l.id} value={`literature:${l.id}`}>
                Reading: {l.title || 'untitled'}
              </option>
            ))}
          </select>
        </Field>
        <Field id="filter-from" label="From">
          <input autocomplete="off" type="date" value={filter.from} onInput={setField('from')} />
        </Field>
        <Field id="filter-to" label="To">
          <input autocomplete="off" type="date" value={filter.to} onInput={setField('to')} />
        </Field>
      </div>
      <Button variant="quiet" onClick={() => onChange(NO_FILTER)}>
        Clear filters
      </Button>
    </details>
  );
}
