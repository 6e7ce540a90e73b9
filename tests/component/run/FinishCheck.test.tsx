import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { startedRun, stored, useRunClock } from './run-screen';

const HELD_BACK = 'Ring jane.doe@example.org about it';

useRunClock();

/**
 * A workshop at its last phase with notes held back in the catch-up (they may identify
 * someone) and a questionnaire answer typed but not put away; the facilitator then finishes.
 */
async function finishWithTypingLeft() {
  const run = await startedRun();
  const notes = screen.getByLabelText('Group notes: Catch-up');
  notes.focus();
  fireEvent.input(notes, { target: { value: HELD_BACK } });
  expect(await screen.findByRole('alert')).toHaveTextContent('jane.doe@example.org');
  for (let i = 0; i < 4; i += 1) {
    fireEvent.click(screen.getByRole('button', { name: /End phase now|Next phase/ }));
  }
  await screen.findByRole('heading', { level: 1, name: 'Individual reflection and review' });
  fireEvent.input(screen.getByLabelText(/most engaged/), { target: { value: 'The silence' } });

  fireEvent.click(screen.getByRole('button', { name: 'Finish the workshop' }));
  fireEvent.click(await screen.findByRole('button', { name: 'Yes, finish' }));
  const list = await screen.findByRole('group', { name: /Some typing is not saved yet/ });
  return { run, list, notes };
}

describe('finishing with typing not saved', () => {
  it('lists held-back notes and an unfinished answer, and Save anyway keeps them', async () => {
    const { run, list } = await finishWithTypingLeft();
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      expect.stringContaining('Group notes: Catch-up: held back: it may identify someone'),
      expect.stringContaining('An answer to the end-of-workshop feedback: typed, but Done'),
    ]);
    // Nothing has finished yet, and nothing was saved behind the facilitator's back.
    expect((await stored(run.id)).status).toBe('running');
    expect((await stored(run.id)).notes).toEqual({});

    fireEvent.click(
      within(list).getByRole('button', { name: 'Save anyway: Group notes: Catch-up' }),
    );
    fireEvent.click(
      await within(list).findByRole('button', {
        name: 'Save anyway: An answer to the end-of-workshop feedback',
      }),
    );
    await within(list).findByText('Everything typed is saved.');
    fireEvent.click(within(list).getByRole('button', { name: 'Finish the workshop now' }));

    await waitFor(async () => expect((await stored(run.id)).status).toBe('finished'));
    const record = await stored(run.id);
    expect(Object.values(record.notes)).toEqual([HELD_BACK]);
    expect(record.questionnaire).toEqual([{ engaged: 'The silence' }]);
  });

  it('Discard lets each go, and the record keeps none of it', async () => {
    const { run, list } = await finishWithTypingLeft();
    fireEvent.click(within(list).getByRole('button', { name: 'Discard: Group notes: Catch-up' }));
    fireEvent.click(
      await within(list).findByRole('button', {
        name: 'Discard: An answer to the end-of-workshop feedback',
      }),
    );
    await within(list).findByText('Everything typed is saved.');
    expect(screen.getByLabelText(/most engaged/)).toHaveValue('');
    fireEvent.click(within(list).getByRole('button', { name: 'Finish the workshop now' }));

    await waitFor(async () => expect((await stored(run.id)).status).toBe('finished'));
    const record = await stored(run.id);
    expect(record.notes).toEqual({});
    expect(record.questionnaire).toEqual([]);
    expect(record.questionnaireDraft).toEqual({});
  });

  it('Edit shows the notes where they were typed, without moving the clock', async () => {
    const { run, list, notes } = await finishWithTypingLeft();
    const before = (await stored(run.id)).timing;
    fireEvent.click(within(list).getByRole('button', { name: 'Edit: Group notes: Catch-up' }));
    await waitFor(() => expect(notes).toHaveFocus());
    expect(notes).toBeVisible();
    expect(screen.getByText(/to finish what was typed there/)).toBeVisible();
    expect((await stored(run.id)).timing).toEqual(before);

    // Edited so it identifies nobody, it saves itself and leaves the list.
    fireEvent.input(notes, { target: { value: 'Ring the team about it' } });
    await waitFor(() =>
      expect(within(list).queryByText('Group notes: Catch-up')).not.toBeInTheDocument(),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Back to the current phase' }));
    expect(notes).not.toBeVisible();
  });

  it('can finish anyway, letting what is left go', async () => {
    const { run, list } = await finishWithTypingLeft();
    fireEvent.click(within(list).getByRole('button', { name: 'Finish, and let these go' }));
    await waitFor(async () => expect((await stored(run.id)).status).toBe('finished'));
    const record = await stored(run.id);
    expect(record.notes).toEqual({});
    expect(record.questionnaireDraft).toEqual({});
  });
});
