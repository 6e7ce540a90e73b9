import { formatMediumDate } from '../ui/dates';
import type { EntryLinks } from '../domain/journal';
import type { IncidentId, LiteratureId, WorkshopId } from '../domain/types';
import { type LinkTargets } from './private-data';
import { Field } from '../ui/Field';

export function workshopLabel(targets: LinkTargets, id: string): string {
  const workshop = targets.workshops.find((w) => w.id === id);
  if (!workshop) return 'A workshop no longer on this device';
  const group = workshop.groupId ? targets.groupNames[workshop.groupId] : undefined;
  const date = formatMediumDate(workshop.date);
  return group ? `${group}: workshop on ${date}` : `Workshop on ${date}`;
}

/** Optional links from an entry to a workshop, incident or reading on this device. */
export function LinkFields({
  links,
  targets,
  onChange,
}: {
  links: EntryLinks;
  targets: LinkTargets | null;
  onChange: (links: EntryLinks) => void;
}) {
  if (!targets) return null;
  return (
    <fieldset class="form-grid">
      <legend>Links (optional)</legend>
      <Field id="link-workshop" label="Workshop">
        <select
          autocomplete="off"
          value={links.workshopId ?? ''}
          onChange={(event) =>
            onChange({ ...links, workshopId: (event.currentTarget.value || null) as WorkshopId })
          }
        >
          <option value="">None</option>
          {links.workshopId && !targets.workshops.some((w) => w.id === links.workshopId) && (
            <option value={links.workshopId}>{workshopLabel(targets, links.workshopId)}</option>
          )}
          {targets.workshops.map((w) => (
            <option key={w.id} value={w.id}>
              {workshopLabel(targets, w.id)}
            </option>
          ))}
        </select>
      </Field>
      <Field id="link-incident" label="Critical incident">
        <select
          autocomplete="off"
          value={links.incidentId ?? ''}
          onChange={(event) =>
            onChange({ ...links, incidentId: (event.currentTarget.value || null) as IncidentId })
          }
        >
          <option value="">None</option>
          {links.incidentId && !targets.incidents.some((i) => i.id === links.incidentId) && (
            <option value={links.incidentId}>An incident no longer on this device</option>
          )}
          {targets.incidents.map((i) => (
            <option key={i.id} value={i.id}>
              {i.title || 'Untitled incident'}
            </option>
          ))}
        </select>
      </Field>
      <Field id="link-literature" label="Reading">
        <select
          autocomplete="off"
          value={links.literatureId ?? ''}
          onChange={(event) =>
            onChange({
              ...links,
              literatureId: (event.currentTarget.value || null) as LiteratureId,
            })
          }
        >
          <option value="">None</option>
          {links.literatureId && !targets.literature.some((l) => l.id === links.literatureId) && (
            <option value={links.literatureId}>A reading no longer on this device</option>
          )}
          {targets.literature.map((l) => (
            <option key={l.id} value={l.id}>
              {l.title || 'Untitled reading'}
            </option>
          ))}
        </select>
      </Field>
    </fieldset>
  );
}
