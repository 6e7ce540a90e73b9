import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { getGroup, updateGroup } from '../../../src/db/groups';
import { saveMember } from '../../../src/db/members';
import type { MemberId } from '../../../src/domain/types';
import { GroupScreen } from '../../../src/features/plan/GroupScreen';
import { WorkshopScreen } from '../../../src/features/plan/WorkshopScreen';
import { renderWithApp } from '../../helpers/render';
import { seedPlan } from './seed';

const FORMATS = 'Identifying details: formats from';

function setDeviceLanguage(language: string) {
  Object.defineProperty(navigator, 'language', { configurable: true, get: () => language });
}

afterEach(() => setDeviceLanguage('en-GB'));

async function typeInSummary(text: string) {
  fireEvent.click(await screen.findByRole('button', { name: 'Plan incident 1' }));
  const card = await screen.findByRole('article', { name: /^Incident 1/ });
  fireEvent.input(await within(card).findByLabelText('Anonymised summary'), {
    target: { value: text },
  });
  return card;
}

describe('what a group’s identifying-details check looks for', () => {
  it('offers each country by its plain name, the device’s chosen until the group picks', async () => {
    setDeviceLanguage('en-AU');
    const { group } = await seedPlan();
    renderWithApp(<GroupScreen id={group.id} />);

    const select = await screen.findByRole<HTMLSelectElement>('combobox', { name: FORMATS });
    expect([...select.options].map((o) => o.text)).toEqual([
      'United Kingdom',
      'Ireland',
      'Australia',
      'New Zealand',
      'Canada',
      'United States',
    ]);
    expect(select.selectedOptions[0]!.text).toBe('Australia');
    expect((await getGroup(group.id))!.jurisdiction).toBeUndefined();

    fireEvent.change(select, { target: { value: 'nz' } });
    await waitFor(async () => expect((await getGroup(group.id))!.jurisdiction).toBe('nz'));
    await waitFor(() => expect(select.selectedOptions[0]!.text).toBe('New Zealand'));
  });

  it('keeps the group’s local words, one a line, tidied', async () => {
    const { group } = await seedPlan();
    renderWithApp(<GroupScreen id={group.id} />);

    const words = await screen.findByRole('textbox', { name: 'Local words to flag' });
    expect(words).toHaveAttribute('autocomplete', 'off');
    expect(words).toHaveAttribute('spellcheck', 'false');
    fireEvent.input(words, { target: { value: 'Wester Hailes\n  muirhouse \n\nMuirhouse' } });
    fireEvent.blur(words);
    await waitFor(async () =>
      expect((await getGroup(group.id))!.localWords).toEqual(['Wester Hailes', 'muirhouse']),
    );
  });

  it('flags the group’s local words in its material', async () => {
    const { group, workshops } = await seedPlan();
    await updateGroup(group.id, { localWords: ['Wester Hailes'] }, 1);
    renderWithApp(<WorkshopScreen id={workshops[0]!.id} />);

    const card = await typeInSummary('A home visit in wester hailes after school.');
    const warning = await within(card).findByRole('alert', {}, { timeout: 3000 });
    expect(warning).toHaveTextContent(
      '“wester hailes” looks like a local place on your group’s list',
    );
  }, 10_000);

  it('checks the formats of the group’s country', async () => {
    const { group, workshops } = await seedPlan();
    await updateGroup(group.id, { jurisdiction: 'ie' }, 1);
    renderWithApp(<WorkshopScreen id={workshops[0]!.id} />);

    const card = await typeInSummary('Her PPSN 1234567T was on the form.');
    const warning = await within(card).findByRole('alert', {}, { timeout: 3000 });
    expect(warning).toHaveTextContent('“1234567T” looks like a PPS number');
  }, 10_000);

  it('knows the group’s members by name in every field of its material', async () => {
    const { group, workshops } = await seedPlan();
    await saveMember({
      id: 'member-priya' as MemberId,
      groupId: group.id,
      displayName: 'Priya',
      role: 'participant',
      createdAt: 9,
    });
    renderWithApp(<WorkshopScreen id={workshops[0]!.id} />);

    const card = await typeInSummary('Priya presented; Kayleigh was the child.');
    const warning = await within(card).findByRole('alert', {}, { timeout: 3000 });
    expect(warning).toHaveTextContent('“Kayleigh” looks like a personal name');
    expect(warning).not.toHaveTextContent('“Priya”');
  }, 10_000);
});
