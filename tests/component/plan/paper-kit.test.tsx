import { fireEvent, screen, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { addIncidentToSlot } from '../../../src/db/incidents';
import { addLiteratureToWorkshop } from '../../../src/db/literature';
import { KitScreen } from '../../../src/features/plan/KitScreen';
import { CRITICAL_INCIDENT_QUESTIONNAIRE } from '../../../src/domain/reflection-models/critical-incident-questionnaire';
import { modelsFor } from '../../../src/domain/reflection-models/registry';
import type { Incident, IncidentId, LiteratureId } from '../../../src/domain/types';
import { renderWithApp } from '../../helpers/render';
import { app } from '../../helpers/test-app';
import { seedPlan } from './seed';

/**
 * The North team's spring series with a Gibbs incident presented by JK in the first workshop,
 * a Fook and Gardner one carried into the second, and a reading for the first.
 */
async function seedKit() {
  const plan = await seedPlan();
  const [first, second] = plan.workshops;
  const incident = (overrides: Partial<Incident>): Incident => ({
    id: 'incident-1' as IncidentId,
    groupId: plan.group.id,
    workshopId: first!.id,
    presenterId: plan.members[1]!.id,
    title: 'The visit that went quiet',
    summary: 'A mother (M) would not open the door.',
    modelId: 'gibbs',
    stage: 'deconstruction',
    carriedFromId: null,
    createdAt: 1,
    updatedAt: 1,
    ...overrides,
  });
  const slotOf = (workshop: typeof first) => workshop!.agenda.find((i) => i.kind === 'incident')!;
  await addIncidentToSlot(incident({}), slotOf(first).id);
  await addIncidentToSlot(
    incident({
      id: 'incident-2' as IncidentId,
      workshopId: second!.id,
      presenterId: plan.members[2]!.id,
      title: 'A late discharge',
      modelId: 'fook-gardner',
      stage: 'reconstruction',
    }),
    slotOf(second).id,
  );
  await addLiteratureToWorkshop(
    {
      id: 'reading-1' as LiteratureId,
      groupId: plan.group.id,
      authors: 'Ferguson, H.',
      year: '2011',
      title: 'Child protection practice',
      source: '',
      link: '',
      summary: '',
      questions: [],
      createdAt: 1,
      updatedAt: 1,
    },
    first!.id,
  );
  renderWithApp(<KitScreen id={plan.series.id} />, app);
  // Everything read: the members, the incidents and the reading.
  await screen.findByText('Ferguson, H. (2011), Child protection practice');
  await screen.findByText('Presented by JK · Gibbs’ reflective cycle');
  await within(await screen.findByRole('region', { name: 'We agree' })).findByText('AB');
  return plan;
}

const sheet = (name: string | RegExp) => screen.getByRole('region', { name });
const sheets = (name: string | RegExp) => screen.queryAllByRole('region', { name });
const titles = (name: RegExp) => sheets(name).map((s) => s.querySelector('h2')!.textContent);
const rowsOf = (region: HTMLElement) =>
  within(region)
    .getAllByRole('row')
    .slice(1)
    .map((row) => row.textContent);

describe('the paper kit', () => {
  it('prints the group’s own ground rules and agreement, and a line to sign for each member', async () => {
    await seedKit();
    const agreement = sheet('Ground rules and confidentiality agreement');
    expect(agreement).toHaveTextContent(/we ask questions, not advice/);
    expect(agreement).toHaveTextContent(/The limits of confidentiality/);

    const signing = sheet('We agree');
    expect(signing).toHaveTextContent(/agreement of North team, and we agree to keep to them/);
    expect(
      within(signing)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Name', 'Signature', 'Date']);
    // Each member's name printed, then three blank lines for anyone who joins.
    expect(rowsOf(signing)).toEqual(['Sam', 'JK', 'AB', '', '', '']);
  });

  it('gives each workshop a run sheet: when and where, the agenda, each step with its rule', async () => {
    await seedKit();
    expect(sheets(/^Run sheet: /)).toHaveLength(6);
    const run = sheet('Run sheet: Workshop 1 of 5');
    expect(run).toHaveTextContent('Tuesday, 14 April 2026');
    expect(run).toHaveTextContent('09:30–13:30, London (Europe) time');
    expect(run).toHaveTextContent('Room 2');
    const [agenda, steps] = within(run).getAllByRole('table');
    expect(rowsOf(agenda!)).toEqual([
      '09:30–10:00Catch-up30 min',
      '10:00–11:00Literature discussion1 h',
      '11:00–11:15Break15 min',
      '11:15–12:45Critical incident: The visit that went quiet1 h 30 min',
      '12:45–13:30Individual reflection and review45 min',
    ]);
    expect(run).toHaveTextContent('Presented by JK · Gibbs’ reflective cycle');
    // Gibbs held as run mode holds it: the telling stands for its description, and its action
    // plan is left to the presenter.
    expect(rowsOf(steps!)).toEqual([
      '11:15The presenter tells the incident14No interruptions',
      '11:29Listeners ask questions9Questions, not advice',
      '11:38Feelings10Questions, not advice',
      '11:48Evaluation10Questions, not advice',
      '11:58Analysis20Questions, not advice',
      '12:18Conclusion10Questions, not advice',
      '12:28The group reflects aloud18The presenter listens',
    ]);

    const second = sheet('Run sheet: Workshop 2 of 5');
    expect(second).toHaveTextContent(
      'Presented by AB · Fook & Gardner: critical reflection · second part: reconstruction',
    );
    expect(second).toHaveTextContent('The presenter looks back');

    const rules = sheet('Ground rules: Workshop 1 of 5');
    expect(rules).toHaveTextContent(/We come to learn together, not to judge/);
    expect(rules).toHaveTextContent(/A safeguarding concern overrides confidentiality/);
    expect(within(rules).getByRole('heading', { name: 'If someone becomes upset' })).toBeVisible();
  });

  it('prints one chosen workshop’s run sheet, or only the parts chosen', async () => {
    await seedKit();
    const option = await screen.findByRole('option', { name: 'Workshop 2 of 5' });
    fireEvent.change(screen.getByLabelText('Run sheets for which workshop'), {
      target: { value: option.getAttribute('value') },
    });
    expect(titles(/^Run sheet: /)).toEqual(['Run sheet: Workshop 2 of 5']);
    expect(titles(/^Ground rules: /)).toEqual(['Ground rules: Workshop 2 of 5']);

    for (const part of [
      'Ground rules and confidentiality agreement, with lines to sign',
      'Run sheets for the facilitator',
      'Listener cue cards to cut out',
      'Questionnaire slips to cut out',
      'Getting ready to present an incident',
    ]) {
      fireEvent.click(screen.getByLabelText(part));
    }
    expect(titles(/./)).toEqual(['What to print', 'Series timetable']);
    expect(screen.getByText('1 sheet of A4.')).toBeVisible();
  });

  it('lays out the listener cue cards of the series’ models, each card naming its model', async () => {
    await seedKit();
    const cards = () =>
      sheets('Listener cue cards').flatMap((s) => within(s).getAllByRole('listitem'));
    // Gibbs' and Fook and Gardner's cards only (both of its parts), eight to a sheet.
    expect(cards()).toHaveLength(9 + 16 + 5);
    expect(sheets('Listener cue cards')).toHaveLength(4);
    expect(cards()[0]).toHaveTextContent(
      'Gibbs’ reflective cycleListeners ask questionsWho was there?',
    );
    expect(
      cards().every((card) => /^(Gibbs’ reflective cycle|Fook & Gardner)/.test(card.textContent!)),
    ).toBe(true);
    // An action stage is the presenter's own: no listener asks it.
    expect(screen.queryByText('What would you want to be different next time?')).toBeNull();

    fireEvent.click(screen.getByLabelText(/Cue cards for every model/));
    const every = modelsFor('incident');
    expect(new Set(cards().map((card) => card.firstChild!.textContent))).toEqual(
      new Set(every.map((model) => model.name)),
    );
  });

  it('prints anonymous questionnaire slips, two to a sheet, one for each member by default', async () => {
    await seedKit();
    // Three members: four slips, filling two sheets.
    expect(screen.getByLabelText('How many questionnaire slips')).toHaveValue(4);
    const slipSheets = sheets('Questionnaire slips');
    expect(slipSheets).toHaveLength(2);
    const slip = slipSheets[0]!.querySelector<HTMLElement>('.kit-slip')!;
    expect(
      within(slip)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(CRITICAL_INCIDENT_QUESTIONNAIRE.map((q) => q.question));
    expect(slip).toHaveTextContent('Anonymous: please do not write your name.');
    expect(within(slip).queryByText(/^Name/)).toBeNull();

    fireEvent.input(screen.getByLabelText('How many questionnaire slips'), {
      target: { value: '5' },
    });
    expect(sheets('Questionnaire slips')).toHaveLength(3);
  });

  it('helps a presenter prepare: the account, why it matters, consent, and live safeguarding', async () => {
    await seedKit();
    const prep = sheet('Bringing an incident: getting ready');
    for (const heading of [
      'Writing the account',
      'What makes it critical for me',
      'Is it mine to tell?',
      'Should a live safeguarding case be brought at all?',
    ]) {
      expect(within(prep).getByRole('heading', { name: heading })).toBeVisible();
    }
    expect(prep).toHaveTextContent(/No\. If a child or an adult may be at risk now/);
    expect(prep).toHaveTextContent(/take it to your supervisor or follow your safeguarding/);
    const mine = sheet('My incident');
    expect(
      within(mine)
        .getAllByRole('heading', { level: 3 })
        .map((h) => h.textContent),
    ).toEqual([
      'What happened',
      'What I did',
      'Why it stays with me',
      'What makes it critical for me',
    ]);
  });

  it('sets out the series timetable in the group’s time zone', async () => {
    await seedKit();
    const table = sheet('Series timetable');
    expect(table).toHaveTextContent('Times are London (Europe) time.');
    const rows = rowsOf(table);
    expect(rows).toHaveLength(6);
    expect(rows[0]).toBe(
      'Workshop 1 of 5Tue, 14 Apr 202609:30–13:30Room 2To be agreedJKFerguson, H. (2011), Child protection practice',
    );
    expect(rows[1]).toContain('AB');
    expect(rows[5]).toMatch(/^Follow-up/);
  });
});
