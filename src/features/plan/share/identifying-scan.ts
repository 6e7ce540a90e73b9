// The identifying-details check over everything a group file or link would carry: each text
// field of each row, with the group's own options (its members' names are expected, and a
// reading's authors are expected in that reading). What it finds is shown before anything is
// shared, with where it is, so the facilitator can put it right or say it is fine.
import { findIdentifyingDetails, type CheckOptions } from '../../../domain/anonymise';
import type { GroupFile } from '../../../domain/group-file';
import { groupCheckOptions } from '../../../ui/check-options';
import { workshopLabels } from '../../../ui/workshop-labels';
import type { Workshop } from '../../../domain/types';
import type { Finding } from '../../../ui/FindingsCheck';

interface Field {
  where: string;
  text: string;
  extraNames?: readonly string[];
}

function fieldsOf(file: GroupFile): Field[] {
  const labels = workshopLabels(file.workshops as Workshop[]);
  const workshopName = (id: string | null) =>
    (id && labels.get(id as Workshop['id'])) || 'A workshop';
  const incidentName = (title: string) => `Incident “${title || 'untitled'}”`;
  const fields: Field[] = [
    { where: 'Group name', text: file.group.name },
    { where: 'Ground rules', text: file.group.groundRules },
    { where: 'Confidentiality agreement', text: file.group.confidentiality },
  ];
  for (const series of file.series) fields.push({ where: 'Series title', text: series.title });
  for (const workshop of file.workshops) {
    const name = workshopName(workshop.id);
    fields.push({ where: `${name} · venue`, text: workshop.venue });
    for (const item of workshop.agenda) {
      fields.push({ where: `${name} · agenda`, text: item.title });
    }
  }
  for (const reading of file.literature) {
    const where = `Reading “${reading.title || 'untitled'}”`;
    const authors = reading.authors.split(/[,;&]|\band\b/).map((name) => name.trim());
    for (const text of [reading.title, reading.source, reading.summary, ...reading.questions]) {
      fields.push({ where, text, extraNames: authors });
    }
  }
  for (const incident of file.incidents) {
    const where = incidentName(incident.title);
    for (const text of [incident.title, incident.summary, incident.newTitle ?? '']) {
      fields.push({ where, text });
    }
  }
  for (const record of file.records) {
    const where = `Record of ${workshopName(record.workshopId)}`;
    fields.push({ where: `${where} · themes`, text: record.themes });
    for (const text of Object.values(record.notes)) {
      fields.push({ where: `${where} · group notes`, text });
    }
    for (const answers of record.questionnaire) {
      for (const text of Object.values(answers)) {
        fields.push({ where: `${where} · questionnaire`, text: text ?? '' });
      }
    }
    const response = record.questionnaireResponse;
    if (response) {
      fields.push({ where: `${where} · reading the answers`, text: response.heard });
      fields.push({ where: `${where} · reading the answers`, text: response.changes });
    }
    for (const text of [...(record.passedOn?.helped ?? []), ...(record.passedOn?.hindered ?? [])]) {
      fields.push({ where: `${where} · passed on`, text });
    }
    for (const step of record.sharingPlan ?? []) {
      fields.push({ where: `${where} · sharing plan`, text: `${step.what}\n${step.withWhom}` });
    }
  }
  return fields;
}

/** Every identifying detail the check finds in what the file would carry. */
export function scanGroupFile(file: GroupFile): Finding[] {
  const options: CheckOptions = groupCheckOptions(file.group, file.members);
  return fieldsOf(file).flatMap(({ where, text, extraNames }) =>
    findIdentifyingDetails(text, {
      ...options,
      knownNames: [...(options.knownNames ?? []), ...(extraNames ?? [])],
    }).map((detail) => ({ where, detail })),
  );
}
