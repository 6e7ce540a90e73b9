// The group file's share of `npm run bench` (`npm run bench -- group` alone): a group with 50
// workshops and 500 readings, opened on one tablet (read, checked, previewed, then written in
// one transaction) and saved again from it (read, checked for identifying details, written
// out), each timed as its user waits for it, in real Chromium (targets ≤ 1,000 ms each).
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const uuid = () => crypto.randomUUID();
const T0 = Date.UTC(2026, 8, 1, 9);
/** The same five accounts the unit tests use, each in a presenter's own words. */
const SUMMARIES = JSON.parse(readFileSync('tests/fixtures/incident-summaries.json', 'utf8'));

/** A group file as the app writes it: workshops in series of five, readings and an incident each. */
function groupFile({ name, workshopCount, readingsEach }) {
  const groupId = uuid();
  const members = ['Sam', 'JK', 'AB', 'RT', 'Priya', 'Dev', 'MO', 'Lee'].map((name, i) => ({
    id: uuid(),
    groupId,
    displayName: name,
    role: i === 0 ? 'facilitator' : 'participant',
    createdAt: T0,
  }));
  const series = Array.from({ length: Math.ceil(workshopCount / 5) }, (_, s) => ({
    id: uuid(),
    groupId,
    title: `Series ${s + 1}`,
    startDate: `20${27 + Math.floor(s / 4)}-0${1 + (s % 4) * 2}-12`,
    cadenceWeeks: 2,
    startTime: '09:30',
    createdAt: T0,
    updatedAt: T0,
  }));
  const literature = [];
  const incidents = [];
  const workshops = Array.from({ length: workshopCount }, (_, w) => {
    const id = uuid();
    const readings = Array.from({ length: readingsEach }, (_, r) => {
      const reading = {
        id: uuid(),
        groupId,
        authors: 'Fook, J. and Gardner, F.',
        year: String(2000 + ((w + r) % 25)),
        title: `Reading ${w + 1}.${r + 1} on power, risk and care in practice`,
        source: 'Open University Press',
        link: '',
        summary: `How assumptions about risk shape what we notice in a home visit (${w}.${r}).`,
        questions: ['What surprised you?', 'Where do you see this in our work?'],
        createdAt: T0,
        updatedAt: T0,
      };
      literature.push(reading);
      return reading.id;
    });
    const incident = {
      id: uuid(),
      groupId,
      workshopId: id,
      presenterId: members[2 + (w % 6)].id,
      title: `Incident ${w + 1}`,
      summary: SUMMARIES[w % SUMMARIES.length],
      modelId: 'fook-gardner',
      stage: 'deconstruction',
      carriedFromId: null,
      createdAt: T0,
      updatedAt: T0,
    };
    incidents.push(incident);
    const kinds = [
      ['catch-up', 30],
      ['literature', 60],
      ['break', 15],
      ['incident', 90],
      ['reflection', 45],
    ];
    return {
      id,
      seriesId: series[Math.floor(w / 5)].id,
      groupId,
      kind: 'regular',
      position: w % 5,
      date: `2027-${String(1 + (w % 12)).padStart(2, '0')}-${String(1 + (w % 28)).padStart(2, '0')}`,
      startTime: '09:30',
      lengthMinutes: 240,
      venue: 'Room 2, Civic Centre',
      agenda: kinds.map(([kind, minutes]) => ({
        id: uuid(),
        kind,
        title: kind,
        minutes,
        ...(kind === 'incident' && { incidentId: incident.id }),
      })),
      facilitatorId: members[w % 2].id,
      literatureIds: readings,
      createdAt: T0,
      updatedAt: T0,
    };
  });
  return {
    format: 'breathing-space/group',
    version: 1,
    exportedAt: T0,
    group: {
      id: groupId,
      name,
      groundRules: 'We listen.',
      confidentiality: 'What is said here stays here.',
      timeZone: 'Europe/London',
      createdAt: T0,
      updatedAt: T0,
    },
    members,
    series,
    workshops,
    literature,
    incidents,
    records: [],
  };
}

export async function benchGroupFile({ browser, base, tmp, report, note }) {
  const path = join(tmp, 'big.bsgroup');
  writeFileSync(
    path,
    JSON.stringify(groupFile({ name: 'Big group', workshopCount: 50, readingsEach: 10 })),
  );
  const context = await browser.newContext({ locale: 'en-GB', acceptDownloads: true });
  const page = await context.newPage();
  await page.goto(`${base}#/plan/open`);
  await page.getByLabel('A group file').waitFor();

  let started = Date.now();
  await page.getByLabel('A group file').setInputFiles(path);
  await page.getByText('This group is new to this tablet.').waitFor();
  const previewMs = Date.now() - started;
  started = Date.now();
  await page.getByRole('button', { name: 'Add the group to this tablet' }).click();
  await page.getByRole('heading', { level: 1, name: 'Big group' }).waitFor();
  const addMs = Date.now() - started;
  report('group file: open, check and preview', previewMs);
  report('group file: add (one transaction)', addMs);
  report('group file: import, 50 workshops', previewMs + addMs, 1_000);

  started = Date.now();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save the group file' }).click();
  const saved = await download;
  report('group file: export, 50 workshops', Date.now() - started, 1_000);
  note(
    `group file: 50 workshops, 500 readings: ${Math.round(statSync(await saved.path()).size / 1024)} KB`,
  );

  // A typical series, planned in full: five workshops and a follow-up, a reading and an
  // incident (its anonymised summary written) for each workshop. Its link's QR code version.
  const typical = join(tmp, 'typical.bsgroup');
  writeFileSync(
    typical,
    JSON.stringify(groupFile({ name: 'Typical group', workshopCount: 5, readingsEach: 1 })),
  );
  await page.goto(`${base}#/plan/open`);
  await page.getByLabel('A group file').setInputFiles(typical);
  await page.getByRole('button', { name: 'Add the group to this tablet' }).click();
  await page.getByRole('link', { name: 'Series 1' }).click();
  await page.getByRole('button', { name: 'Make a link' }).click();
  const link = await page.getByRole('textbox', { name: 'Link to this series' }).inputValue();
  const qr = page.getByRole('img', { name: 'QR code of the link to this series' });
  await qr.waitFor();
  note(
    `series link, 5 workshops with incidents: ${link.length} characters, QR code version ${await qr.getAttribute('data-version')} (largest is 40)`,
  );
  await context.close();
}
