// The guided set-up, step by step: what each step needs, values kept going back, the turns
// proposed and changed, and the group created ready to run in one go.
import { act, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import PlanPages from '../../../src/features/plan/PlanPages';
import { listGroups } from '../../../src/db/groups';
import { listIncidentsOfGroup } from '../../../src/db/incidents';
import { listMembers } from '../../../src/db/members';
import { listSeries } from '../../../src/db/series';
import { listWorkshopsOfSeries } from '../../../src/db/workshops';
import { DEFAULT_CONFIDENTIALITY } from '../../../src/domain/group-defaults';
import { renderWithApp } from '../../helpers/render';
import { app, go } from '../../helpers/test-app';

function type(label: string | RegExp, value: string) {
  fireEvent.input(screen.getByLabelText(label), { target: { value } });
}

const next = () => fireEvent.click(screen.getByRole('button', { name: 'Next' }));
const back = () => fireEvent.click(screen.getByRole('button', { name: 'Back' }));

/** The step on show: its heading has the focus once it has arrived. */
async function onStep(number: number, title: string) {
  const heading = await screen.findByRole('heading', { name: `Step ${number} of 6 ${title}` });
  await waitFor(() => expect(heading).toHaveFocus());
  return heading;
}

function start() {
  act(() => go('#/plan/setup'));
  return renderWithApp(<PlanPages />, app);
}

async function fillToTurns({ isPeerLed }: { isPeerLed: boolean }) {
  start();
  type('The group’s name', 'Riverside team');
  next();
  await onStep(2, 'Who is in the group');
  type('Your display name or initials', 'Sam');
  type('The other members, one per line', 'JK\nAB\nRT');
  if (isPeerLed) fireEvent.click(screen.getByLabelText(/We take turns to facilitate/));
  next();
  await onStep(3, 'How often, and for how long');
  type('First workshop', '2026-04-14');
  next();
  await onStep(4, 'Taking turns');
}

const turnsTable = () => within(screen.getByRole('table', { name: 'Turns for each workshop' }));

describe('the guided set-up', () => {
  it('needs a name before going on, and says so where it is needed', async () => {
    start();
    expect(screen.getByRole('heading', { name: 'Step 1 of 6 Name the group' })).toBeVisible();
    next();
    expect(await screen.findByRole('alert')).toHaveTextContent('Give the group a name');
    expect(screen.getByLabelText('The group’s name')).toHaveFocus();
    expect(screen.getByRole('heading', { name: /Step 1 of 6/ })).toBeVisible();

    // Spaces are no name either.
    type('The group’s name', '   ');
    next();
    await waitFor(() => expect(screen.getByLabelText('The group’s name')).toHaveFocus());
    expect(screen.getByRole('heading', { name: /Step 1 of 6/ })).toBeVisible();

    type('The group’s name', 'Riverside team');
    next();
    await onStep(2, 'Who is in the group');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('holds back a name that may identify someone until the writer decides', async () => {
    start();
    type('The group’s name', 'Mrs Begum’s team');
    next();
    expect(await screen.findByText(/Something on this step may identify someone/)).toBeVisible();
    await waitFor(() =>
      expect(
        screen
          .getAllByRole('alert')
          .some((alert) => alert.textContent!.includes('“Mrs Begum” looks like a personal name')),
      ).toBe(true),
    );
    expect(screen.getByRole('heading', { name: /Step 1 of 6/ })).toBeVisible();

    fireEvent.click(screen.getByRole('button', { name: 'Save anyway' }));
    next();
    await onStep(2, 'Who is in the group');
  });

  it('keeps what was entered when going back, and brings it forward again', async () => {
    start();
    type('The group’s name', 'Riverside team');
    next();
    await onStep(2, 'Who is in the group');
    type('Your display name or initials', 'Sam');
    type('The other members, one per line', 'JK\nAB');
    fireEvent.click(screen.getByLabelText(/We take turns to facilitate/));
    next();
    await onStep(3, 'How often, and for how long');
    fireEvent.change(screen.getByLabelText('Number of workshops'), { target: { value: '3' } });

    back();
    await onStep(2, 'Who is in the group');
    expect(screen.getByLabelText('Your display name or initials')).toHaveValue('Sam');
    expect(screen.getByLabelText('The other members, one per line')).toHaveValue('JK\nAB');
    expect(screen.getByLabelText(/We take turns to facilitate/)).toBeChecked();
    back();
    await onStep(1, 'Name the group');
    expect(screen.getByLabelText('The group’s name')).toHaveValue('Riverside team');
    expect(screen.queryByRole('button', { name: 'Back' })).toBeNull();

    next();
    await onStep(2, 'Who is in the group');
    next();
    await onStep(3, 'How often, and for how long');
    expect(screen.getByLabelText('Number of workshops')).toHaveValue('3');
  });

  it('fills in sound defaults, each with a reason, and shows the dates they give', async () => {
    await fillToTurns({ isPeerLed: false });
    back();
    await onStep(3, 'How often, and for how long');
    expect(screen.getByLabelText('Number of workshops')).toHaveValue('5');
    expect(screen.getByLabelText('Number of workshops')).toHaveAccessibleDescription(
      /enough for trust to grow/,
    );
    expect(screen.getByLabelText('How often')).toHaveValue('3');
    expect(screen.getByLabelText('Length of each workshop')).toHaveValue('240');
    expect(screen.getByLabelText('Length of each workshop')).toHaveAccessibleDescription(
      /all four phases/,
    );
    expect(screen.getByLabelText('Start time')).toHaveValue('09:30');
    expect(screen.getByLabelText(/Add a follow-up/)).toBeChecked();
    const dates = within(
      screen.getByRole('heading', { name: 'The dates this gives' }).parentElement!,
    );
    expect(dates.getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'Workshop 1 of 5: Tue, 14 Apr 2026',
      'Workshop 2 of 5: Tue, 5 May 2026',
      'Workshop 3 of 5: Tue, 26 May 2026',
      'Workshop 4 of 5: Tue, 16 Jun 2026',
      'Workshop 5 of 5: Tue, 7 Jul 2026',
      'Follow-up: Tue, 27 Oct 2026',
    ]);
  });

  it('proposes turns around whoever goes first, and lets every turn be changed', async () => {
    await fillToTurns({ isPeerLed: true });
    const optionFor = (select: HTMLElement, name: string) =>
      within(select).getByRole('option', { name }).getAttribute('value')!;
    const first = screen.getByLabelText('Who facilitates the first workshop');
    expect(first).toHaveDisplayValue('Sam');
    const row = (name: RegExp) =>
      within(turnsTable().getByRole('rowheader', { name }).closest('tr')!);
    expect(row(/Workshop 1 of 5/).getByRole('cell', { name: /^Sam\s*chosen above/ })).toBeVisible();

    // Someone else goes first: the rest of the series is proposed around them.
    fireEvent.change(first, {
      target: { value: optionFor(first, 'AB') },
    });
    await waitFor(() =>
      expect(
        row(/Workshop 1 of 5/).getByRole('cell', { name: /^AB\s*chosen above/ }),
      ).toBeVisible(),
    );
    expect(
      row(/Workshop 1 of 5/).getByLabelText('Brings an incident to Workshop 1 of 5'),
    ).not.toHaveDisplayValue('AB');

    // A turn changed by hand stays as changed.
    const facilitatesTwo = row(/Workshop 2 of 5/).getByLabelText('Facilitates Workshop 2 of 5');
    const presentsTwo = row(/Workshop 2 of 5/).getByLabelText(
      'Brings an incident to Workshop 2 of 5',
    );
    fireEvent.change(facilitatesTwo, { target: { value: optionFor(facilitatesTwo, 'RT') } });
    fireEvent.change(presentsTwo, { target: { value: optionFor(presentsTwo, 'Sam') } });
    await waitFor(() => expect(facilitatesTwo).toHaveDisplayValue('RT'));
    expect(presentsTwo).toHaveDisplayValue('Sam');
    expect(screen.getByRole('button', { name: 'Propose the turns again' })).toBeVisible();

    next();
    await onStep(5, 'Ground rules and confidentiality');
    next();
    await onStep(6, 'Check, then create the group');
    const review = within(screen.getByRole('table', { name: 'Turns for each workshop' }));
    const reviewRow = review.getByRole('rowheader', { name: /Workshop 2 of 5/ }).closest('tr')!;
    expect(reviewRow).toHaveTextContent('RT');
    expect(reviewRow).toHaveTextContent('Sam');

    fireEvent.click(screen.getByRole('button', { name: 'Create the group' }));
    expect(
      await screen.findByRole('heading', { name: 'What next' }, { timeout: 10_000 }),
    ).toBeVisible();

    const [group] = await listGroups();
    const members = await listMembers(group!.id);
    const idOf = (name: string) => members.find((m) => m.displayName === name)!.id;
    const [series] = await listSeries(group!.id);
    const workshops = await listWorkshopsOfSeries(series!.id);
    expect(workshops[0]!.facilitatorId).toBe(idOf('AB'));
    expect(workshops[1]!.facilitatorId).toBe(idOf('RT'));
    expect(workshops.every((w) => w.facilitatorId)).toBe(true);
    const incidents = await listIncidentsOfGroup(group!.id);
    const presenterIn = (index: number) =>
      incidents.find((i) => i.workshopId === workshops[index]!.id)!.presenterId;
    expect(presenterIn(1)).toBe(idOf('Sam'));
    expect(incidents).toHaveLength(5);
  });

  it('proposes turns again when the members change after turns were changed, and says so', async () => {
    await fillToTurns({ isPeerLed: false });
    const first = screen.getByLabelText('Who facilitates the first workshop');
    const jk = within(first).getByRole('option', { name: 'JK' }).getAttribute('value')!;
    fireEvent.change(first, { target: { value: jk } });
    const presents = turnsTable().getByLabelText('Brings an incident to Workshop 3 of 5');
    fireEvent.change(presents, { target: { value: '' } });
    await waitFor(() => expect(presents).toHaveDisplayValue('Not decided yet'));
    back();
    await onStep(3, 'How often, and for how long');
    back();
    await onStep(2, 'Who is in the group');
    type('The other members, one per line', 'JK\nAB\nRT\nPM');
    next();
    await onStep(3, 'How often, and for how long');
    next();
    await onStep(4, 'Taking turns');
    expect(screen.getByRole('status')).toHaveTextContent('the turns were proposed again');
    // Whoever was chosen to go first still does: a member keeps who they are as names change.
    expect(screen.getByLabelText('Who facilitates the first workshop')).toHaveDisplayValue('JK');
    expect(
      turnsTable().getByLabelText('Brings an incident to Workshop 3 of 5'),
    ).not.toHaveDisplayValue('Not decided yet');
  });

  it('creates the group with its members, agreements and a ready series', async () => {
    await fillToTurns({ isPeerLed: false });
    next();
    await onStep(5, 'Ground rules and confidentiality');
    type('Ground rules', 'We listen first.');
    next();
    await onStep(6, 'Check, then create the group');
    expect(screen.getByText('Yours, edited')).toBeVisible();
    expect(screen.getByText('Ours, as it is')).toBeVisible();

    // "Change" goes back to that step, and its Next comes straight back here.
    fireEvent.click(screen.getByRole('link', { name: 'Change the members' }));
    await onStep(2, 'Who is in the group');
    fireEvent.click(screen.getByRole('button', { name: 'Back to the review' }));
    await onStep(6, 'Check, then create the group');

    fireEvent.click(screen.getByRole('button', { name: 'Create the group' }));
    expect(
      await screen.findByRole('heading', { name: 'What next' }, { timeout: 10_000 }),
    ).toBeVisible();
    expect(screen.getByRole('link', { name: 'Read the guide' })).toHaveAttribute(
      'href',
      '#/plan/guide',
    );
    expect(await screen.findByRole('link', { name: 'Print its pre-reading pack' })).toHaveAttribute(
      'href',
      expect.stringMatching(/^#\/plan\/workshop\/.+\/pack$/),
    );

    const [group] = await listGroups();
    expect(group).toMatchObject({
      name: 'Riverside team',
      groundRules: 'We listen first.',
      confidentiality: DEFAULT_CONFIDENTIALITY,
    });
    const members = await listMembers(group!.id);
    expect(members.map((m) => [m.displayName, m.role])).toEqual([
      ['Sam', 'facilitator'],
      ['JK', 'participant'],
      ['AB', 'participant'],
      ['RT', 'participant'],
    ]);
    const [series] = await listSeries(group!.id);
    const workshops = await listWorkshopsOfSeries(series!.id);
    expect(workshops.map((w) => w.date)).toEqual([
      '2026-04-14',
      '2026-05-05',
      '2026-05-26',
      '2026-06-16',
      '2026-07-07',
      '2026-10-27',
    ]);
    expect(workshops.every((w) => w.facilitatorId === members[0]!.id)).toBe(true);
    const incidents = await listIncidentsOfGroup(group!.id);
    expect(incidents.map((i) => i.presenterId).sort()).toEqual(
      [members[1]!.id, members[2]!.id, members[3]!.id, members[1]!.id, members[2]!.id].sort(),
    );
  });

  it('begins at the first step still to do when opened part-way through', async () => {
    act(() => go('#/plan/setup/review'));
    renderWithApp(<PlanPages />, app);
    expect(
      await screen.findByRole('heading', { name: 'Step 1 of 6 Name the group' }),
    ).toBeVisible();
    await waitFor(() => expect(location.hash).toBe('#/plan/setup/name'));
  });
});

describe('the set-up’s Back and Next', () => {
  it('stay above an on-screen keyboard that covers the bottom of the page', async () => {
    const viewport = Object.assign(new EventTarget(), { height: innerHeight, offsetTop: 0 });
    Object.defineProperty(globalThis, 'visualViewport', { value: viewport, configurable: true });
    const inset = () => document.documentElement.style.getPropertyValue('--keyboard-inset');
    try {
      const { unmount } = start();
      expect(inset()).toBe('0px');
      const name = screen.getByLabelText('The group’s name');
      name.focus();
      let scrolledTo: Element | undefined;
      name.scrollIntoView = () => {
        scrolledTo = name;
      };

      // The keyboard opens over the lower 320 px, and the page is scrolled 40 px within it:
      // the bar goes up by what it covers, and the field typed in is brought into view.
      act(() => {
        Object.assign(viewport, { height: innerHeight - 320, offsetTop: 40 });
        viewport.dispatchEvent(new Event('resize'));
      });
      expect(inset()).toBe('280px');
      expect(scrolledTo).toBe(name);

      act(() => {
        Object.assign(viewport, { height: innerHeight, offsetTop: 0 });
        viewport.dispatchEvent(new Event('resize'));
      });
      expect(inset()).toBe('0px');
      unmount();
      expect(inset()).toBe('');
    } finally {
      Reflect.deleteProperty(globalThis, 'visualViewport');
    }
  });
});
