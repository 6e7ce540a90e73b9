import { act, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { parseHash } from '../../../src/app/router';
import { db } from '../../../src/db/db';
import { putVaultHeader } from '../../../src/db/journal';
import type { ActionCard } from '../../../src/domain/action-cards';
import type { RecordId, VaultId } from '../../../src/domain/types';
import ActionsScreen, { parseActionsRoute } from '../../../src/features/actions/ActionsScreen';
import { newActionCardHref } from '../../../src/app/links';
import { createSealer } from '../../../src/vault/sealer';
import { createVault } from '../../../src/vault/vault';
import { renderWithApp } from '../../helpers/render';
import { CHEAP_ARGON2 } from '../../unit/vault/fixtures';
import { seedPlan } from '../plan/seed';
import { actionCards, app, go, vaultSession } from '../../helpers/test-app';

vi.mock('../../../src/vault/kdf', async (importOriginal) =>
  (await import('../../helpers/cheap-kdf')).cheapKdf(importOriginal),
);

const PASSPHRASE = 'maple lantern orbit seventeen';

beforeAll(() => {
  vi.setConfig({ testTimeout: 20_000 });
});

afterEach(async () => {
  await act(() => vaultSession.lock('manual', false));
});

function type(label: string | RegExp, value: string) {
  fireEvent.input(screen.getByLabelText(label), { target: { value } });
}

async function storedVault(unlock = true) {
  const created = await createVault({
    id: 'sam' as VaultId,
    label: 'Sam',
    passphrase: PASSPHRASE,
    now: 0,
    kdf: CHEAP_ARGON2,
  });
  await putVaultHeader(created.vault);
  if (unlock) vaultSession.unlock(created.vault.id, createSealer(created.key, created.vault.id));
  return created;
}

async function storedCards(): Promise<ActionCard[]> {
  const sealer = vaultSession.sealer();
  return Promise.all((await db.actionCards.toArray()).map((r) => sealer.open<ActionCard>(r)));
}

function card(over: Partial<ActionCard> = {}): ActionCard {
  return {
    id: 'c1' as RecordId,
    date: '2026-04-01',
    heading: 'Listen before I plan',
    workshopId: null,
    actions: [
      { id: 'a1', text: 'Ask the family first', byWhen: null, followUps: [] },
      { id: 'a2', text: 'Book reflective supervision', byWhen: null, followUps: [] },
    ],
    nextFollowUpOn: null,
    createdAt: 0,
    updatedAt: 0,
    ...over,
  };
}

describe('the address', { timeout: 30_000 }, () => {
  it('carries the workshop a new card follows, and nothing else', () => {
    const href = newActionCardHref('6f1c2d3e-0000-4a5b-8c9d-0123456789ab');
    expect(parseActionsRoute(parseHash(href).params)).toEqual({
      view: 'new',
      id: '',
      workshopId: '6f1c2d3e-0000-4a5b-8c9d-0123456789ab',
    });
    expect(parseActionsRoute(parseHash('#/actions/follow-up/c1').params)).toMatchObject({
      view: 'follow-up',
      id: 'c1',
    });
  });
});

describe('creating a card', { timeout: 30_000 }, () => {
  it('takes up to three actions, refuses a fourth plainly, and autosaves sealed', async () => {
    await storedVault();
    go('#/actions/new');
    renderWithApp(<ActionsScreen />, app);
    expect(
      await screen.findByRole('heading', { name: 'New action card' }, { timeout: 10_000 }),
    ).toBeVisible();

    type('What I want to change', 'Slow down at first visits');
    type('Action 1', 'Read the file after, not before');
    fireEvent.click(screen.getByRole('button', { name: 'Add an action' }));
    type('Action 2', 'Ask what the family wants from me');
    fireEvent.click(screen.getByRole('button', { name: 'Add an action' }));
    type('Action 3', 'Talk it through with my manager');
    fireEvent.input(screen.getAllByLabelText('By when (optional)')[2]!, {
      target: { value: '2026-05-01' },
    });
    expect(screen.queryByRole('alert')).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Add an action' }));
    expect(screen.getByRole('alert')).toHaveTextContent('A card holds three actions at most');
    expect(screen.queryByLabelText('Action 4')).toBeNull();
    for (const field of screen.getAllByRole('textbox')) {
      expect(field).toHaveAttribute('spellcheck', 'false');
    }

    expect(await screen.findByText('Saved, encrypted.', {}, { timeout: 10_000 })).toBeVisible();
    const raw = JSON.stringify(await db.actionCards.toArray());
    expect(raw).not.toContain('Slow down');
    const [saved] = await storedCards();
    expect(saved!.heading).toBe('Slow down at first visits');
    expect(saved!.actions.map((a) => a.text)).toEqual([
      'Read the file after, not before',
      'Ask what the family wants from me',
      'Talk it through with my manager',
    ]);
    expect(saved!.actions[2]!.byWhen).toBe('2026-05-01');

    fireEvent.click(screen.getByRole('button', { name: 'Done' }));
    await waitFor(() => expect(app.router.route.value.params).toEqual([]));
  });

  it('links a card to the workshop named in the address', async () => {
    await storedVault();
    const { workshops } = await seedPlan();
    const workshop = workshops[1]!;
    go(`#/actions/new?workshop=${workshop.id}`);
    renderWithApp(<ActionsScreen />, app);
    const select = await screen.findByLabelText(
      'After the workshop (optional)',
      {},
      { timeout: 10_000 },
    );
    expect(select).toHaveValue(workshop.id);
    expect(select).toHaveDisplayValue(/North team: workshop on/);
  });

  it('deletes a card with undo', async () => {
    await storedVault();
    await actionCards.save(card());
    go('#/actions/card/c1');
    const { state } = renderWithApp(<ActionsScreen />, app);
    fireEvent.click(await screen.findByRole('button', { name: 'Delete card' }));
    await waitFor(async () => expect(await db.actionCards.count()).toBe(0));
    const notice = state.ui.notices.value.find((n) => n.message === 'Action card deleted.');
    act(() => notice!.action!.run());
    await waitFor(async () => expect(await db.actionCards.count()).toBe(1));
  });
});

describe('removing an action', { timeout: 30_000 }, () => {
  it('offers Undo when its follow-ups go with it, and lets one without go at once', async () => {
    await storedVault();
    const followUps = [
      { on: '2026-04-20', progress: 'mostly', helped: 'A quiet room', hindered: '' },
      { on: '2026-05-01', progress: 'done', helped: '', hindered: 'Caseload' },
    ] as const;
    await actionCards.save(
      card({
        actions: [
          { id: 'a1', text: 'Ask the family first', byWhen: null, followUps: [] },
          { id: 'a2', text: 'Book supervision', byWhen: null, followUps: [...followUps] },
          { id: 'a3', text: 'Write it down', byWhen: null, followUps: [] },
        ],
      }),
    );
    go('#/actions/card/c1');
    const { state } = renderWithApp(<ActionsScreen />, app);
    const undoOffers = () => state.ui.notices.value.filter((n) => n.action?.label === 'Undo');

    fireEvent.click(await screen.findByRole('button', { name: 'Remove action 3' }));
    expect(screen.queryByLabelText('Action 3')).toBeNull();
    expect(undoOffers()).toEqual([]);

    fireEvent.click(screen.getByRole('button', { name: 'Remove action 2' }));
    expect(screen.queryByLabelText('Action 2')).toBeNull();
    const [offer] = undoOffers();
    expect(offer!.message).toBe('Action removed, with its 2 follow-ups.');
    await waitFor(async () => expect((await storedCards())[0]!.actions).toHaveLength(1));

    // Typing after the removal is kept when it is undone.
    type('Action 1', 'Ask the family first, always');
    // As the notice's Undo button does: run it, then put the notice away.
    act(() => {
      offer!.action!.run();
      state.ui.dismiss(offer!.id);
    });
    expect(screen.getByLabelText('Action 2')).toHaveValue('Book supervision');
    expect(screen.getByLabelText('Action 1')).toHaveValue('Ask the family first, always');
    await waitFor(async () =>
      expect((await storedCards())[0]!.actions).toEqual([
        { id: 'a1', text: 'Ask the family first, always', byWhen: null, followUps: [] },
        { id: 'a2', text: 'Book supervision', byWhen: null, followUps },
      ]),
    );

    // The offer belongs to the open card: leaving it takes the offer away.
    fireEvent.click(screen.getByRole('button', { name: 'Remove action 2' }));
    expect(undoOffers()).toHaveLength(1);
    go('#/actions');
    await waitFor(() => expect(undoOffers()).toEqual([]));
  });

  it('keeps the Undo when the card is full again, until an action makes room', async () => {
    await storedVault();
    const followUps = [{ on: '2026-04-20', progress: 'some-way', helped: '', hindered: '' }];
    await actionCards.save(
      card({
        actions: [
          { id: 'a1', text: 'Ask the family first', byWhen: null, followUps: [] },
          { id: 'a2', text: 'Book supervision', byWhen: null, followUps: [...followUps] },
          { id: 'a3', text: 'Write it down', byWhen: null, followUps: [] },
        ] as ActionCard['actions'],
      }),
    );
    go('#/actions/card/c1');
    const { state } = renderWithApp(<ActionsScreen />, app);
    const tapUndo = () => {
      const offer = state.ui.notices.value.find((n) => n.action?.label === 'Undo')!;
      act(() => {
        offer.action!.run();
        state.ui.dismiss(offer.id);
      });
    };
    fireEvent.click(await screen.findByRole('button', { name: 'Remove action 2' }));
    fireEvent.click(screen.getByRole('button', { name: 'Add an action' }));
    tapUndo();
    expect(state.ui.notices.value.map((n) => n.message)).toContain(
      'A card holds three actions at most: remove one, then tap Undo to put the action back.',
    );
    expect(screen.getAllByRole('textbox', { name: /^Action \d$/ })).toHaveLength(3);
    fireEvent.click(screen.getByRole('button', { name: 'Remove action 3' }));
    tapUndo();
    expect(screen.getByLabelText('Action 2')).toHaveValue('Book supervision');
    await waitFor(async () =>
      expect((await storedCards())[0]!.actions.map((a) => a.followUps)).toEqual([
        [],
        followUps,
        [],
      ]),
    );
  });
});

describe('the list and follow-up', { timeout: 30_000 }, () => {
  it('lists overdue cards first and steps through a follow-up one action at a time', async () => {
    await storedVault();
    await actionCards.save(card({ id: 'later' as RecordId, heading: 'Later card' }));
    await actionCards.save(
      card({
        heading: 'Overdue card',
        actions: [{ id: 'a1', text: 'Ask the family first', byWhen: '2026-01-01', followUps: [] }],
      }),
    );
    go('#/actions');
    renderWithApp(<ActionsScreen />, app);
    const open = await screen.findByRole('region', { name: 'Open' });
    const headings = [...open.querySelectorAll('h3')].map((h) => h.textContent);
    expect(headings).toEqual(['Overdue card', 'Later card']);
    expect(screen.getByText(/Overdue: an action by Thu, 1 Jan 2026/)).toBeVisible();
    expect(screen.getAllByText(/Not followed up yet/)).toHaveLength(2);
    expect(screen.getByText('One card is ready to follow up.')).toBeVisible();

    go('#/actions/follow-up/later');
    expect(await screen.findByText('Action 1 of 2')).toBeVisible();
    expect(screen.getByRole('heading', { name: 'Ask the family first' })).toBeVisible();
    fireEvent.click(screen.getByLabelText('Mostly'));
    type('What helped?', 'A quiet room');
    // A date changed after answering takes the answer with it.
    type('Date of this follow-up', '2026-05-06');
    type('What hindered?', 'Caseload');
    fireEvent.click(screen.getByRole('button', { name: 'Next action' }));

    expect(await screen.findByText(/Action 2 of 2/)).toBeVisible();
    expect(screen.getByRole('heading', { name: 'Book reflective supervision' })).toHaveFocus();
    expect(screen.getByLabelText('Not started')).toBeChecked();
    fireEvent.click(screen.getByLabelText('Done'));
    fireEvent.click(screen.getByRole('button', { name: 'Finish follow-up' }));

    await waitFor(() => expect(app.router.route.value.params).toEqual([]));
    const later = (await storedCards()).find((c) => c.id === 'later')!;
    expect(later.actions.map((a) => a.followUps)).toEqual([
      [{ on: '2026-05-06', progress: 'mostly', helped: 'A quiet room', hindered: 'Caseload' }],
      [{ on: '2026-05-06', progress: 'done', helped: '', hindered: '' }],
    ]);
    expect(await screen.findByText(/Last followed up Wed, 6 May 2026/)).toBeVisible();
    expect(screen.getByText('1 of 2 done · 1 mostly')).toBeVisible();

    // The card keeps what was said, for the next look back.
    go('#/actions/card/later');
    expect(await screen.findByText('Follow-ups (1): Mostly')).toBeInTheDocument();
    expect(screen.getByText('A quiet room')).toBeInTheDocument();
    expect(screen.getByText('Caseload')).toBeInTheDocument();
  });
});

describe('when locked', { timeout: 30_000 }, () => {
  it('shows only the unlock form, then the cards; locking drops every card from the page', async () => {
    const { vault, key } = await storedVault(false);
    vaultSession.unlock(vault.id, createSealer(key, vault.id));
    await actionCards.save(card({ heading: 'Private heading' }));
    await act(() => vaultSession.lock('manual', false));

    go('#/actions');
    renderWithApp(<ActionsScreen />, app);
    expect(await screen.findByRole('heading', { level: 1, name: 'Action cards' })).toBeVisible();
    expect(screen.getByRole('heading', { name: 'Unlock your journal' })).toBeVisible();
    expect(document.body.textContent).not.toContain('Private heading');

    type('Passphrase', PASSPHRASE);
    fireEvent.click(screen.getByRole('button', { name: 'Unlock' }));
    expect(
      await screen.findByRole('link', { name: 'Private heading' }, { timeout: 10_000 }),
    ).toBeVisible();

    fireEvent.click(screen.getByRole('button', { name: 'Lock now' }));
    expect(await screen.findByRole('heading', { name: 'Unlock your journal' })).toBeVisible();
    expect(document.body.textContent).not.toContain('Private heading');
    expect(actionCards.cards.value.size).toBe(0);
  });

  it('shows a card another tab saved, without a reload', async () => {
    const { vault, key } = await storedVault();
    go('#/actions');
    renderWithApp(<ActionsScreen />, app);
    expect(await screen.findByText(/No action cards yet/)).toBeVisible();
    const otherTab = createSealer(key, vault.id);
    await db.actionCards.put(await otherTab.seal('action-card', 'c1' as RecordId, card()));
    expect(
      await screen.findByRole('link', { name: 'Listen before I plan' }, { timeout: 10_000 }),
    ).toBeVisible();
  });

  it('says so when a card cannot be opened, and shows the rest', async () => {
    const { vault } = await storedVault();
    await actionCards.save(card());
    const damaged = { ...(await db.actionCards.get('c1' as RecordId))!, id: 'c2' as RecordId };
    await db.actionCards.put(damaged);
    go('#/actions');
    renderWithApp(<ActionsScreen />, app);
    expect(await screen.findByRole('alert')).toHaveTextContent('One card could not be decrypted');
    expect(screen.getByRole('link', { name: 'Listen before I plan' })).toBeVisible();
    expect(await db.actionCards.where('vaultId').equals(vault.id).count()).toBe(2);
  });

  it('offers to set up a journal when there is none', async () => {
    go('#/actions');
    renderWithApp(<ActionsScreen />, app);
    expect(await screen.findByRole('heading', { level: 1, name: 'Action cards' })).toBeVisible();
    expect(await screen.findByRole('heading', { name: 'Set up your journal' })).toBeVisible();
  });
});

describe('passing on to the follow-up', { timeout: 30_000 }, () => {
  it('picks nothing to begin with, and holds back a statement that may identify someone', async () => {
    await storedVault();
    const followUps = [
      {
        on: '2026-04-20',
        progress: 'mostly' as const,
        helped: 'Talking it over with Mrs Okafor at 12 Leith Walk',
        hindered: 'Court deadlines',
      },
    ];
    const [first, second] = card().actions;
    await actionCards.save(card({ actions: [{ ...first!, followUps }, second!] }));
    go('#/actions/pass-on');
    renderWithApp(<ActionsScreen />, app);
    expect(await screen.findByRole('button', { name: 'Pick at least one' })).toBeDisabled();
    expect(screen.queryByText(/Ask the family first|Listen before I plan/)).toBeNull();

    fireEvent.click(screen.getByLabelText(/Talking it over/));
    fireEvent.click(screen.getByRole('button', { name: 'Pass on one statement' }));
    const warning = await screen.findByRole('alert');
    expect(warning).toHaveTextContent('may identify someone');
    expect(screen.queryByRole('heading', { name: 'Ready to pass on' })).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Not now' }));
    fireEvent.click(screen.getByLabelText(/Talking it over/));
    fireEvent.click(screen.getByLabelText('Court deadlines'));
    fireEvent.click(screen.getByRole('button', { name: 'Pass on one statement' }));
    const ready = await screen.findByRole('region', { name: 'Ready to pass on' });
    expect(ready).toHaveTextContent('Court deadlines');
    expect(ready).not.toHaveTextContent('Talking it over');
  });
});
