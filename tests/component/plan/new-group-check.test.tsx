// The new-group form, on the app's first screen, fetches its identifying-details check only
// once it is used. A tap on "Create group" before the check has arrived must wait for it:
// nothing is ever saved unchecked.
import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import PlanScreen from '../../../src/features/plan/PlanScreen';
import { listGroups } from '../../../src/db/groups';
import { renderWithApp } from '../../helpers/render';

const arrival = vi.hoisted(() => {
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  return { gate, release, requested: false };
});

// The check's code arrives only when the test lets it, as over a slow network.
vi.mock('../../../src/ui/identifying-details-check', async (importOriginal) => {
  arrival.requested = true;
  await arrival.gate;
  return importOriginal();
});

describe('the new-group form before its check has arrived', () => {
  it('waits for the check, then warns, and saves nothing meanwhile', async () => {
    renderWithApp(<PlanScreen />);
    expect(await screen.findByText(/no groups yet/i)).toBeVisible();
    fireEvent.input(screen.getByLabelText('New group name'), {
      target: { value: 'Mrs Begum’s team' },
    });
    await waitFor(() => expect(arrival.requested).toBe(true));
    fireEvent.click(screen.getByRole('button', { name: 'Create group' }));

    // Busy while it waits, so a second tap cannot save either.
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Create group' })).toHaveAttribute(
        'aria-disabled',
        'true',
      ),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Create group' }));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(await listGroups()).toEqual([]);

    arrival.release();
    const warning = await screen.findByRole('alert');
    expect(warning).toHaveTextContent('“Mrs Begum” looks like a personal name');
    expect(await listGroups()).toEqual([]);
    expect(screen.getByRole('button', { name: 'Create group' })).not.toHaveAttribute(
      'aria-disabled',
    );
  });
});
