import { act, fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { createAppState } from '../../../src/app/app-state';
import { UpdatePrompt } from '../../../src/app/UpdatePrompt';

describe('the update prompt', () => {
  it('announces a waiting version and applies it only when asked', async () => {
    const state = createAppState();
    const apply = vi.spyOn(state.updates, 'applyUpdate').mockResolvedValue({ ok: true });
    render(<UpdatePrompt state={state} />);
    expect(screen.queryByText(/new version/i)).toBeNull();

    await act(() => {
      state.updates.updateWaiting.value = true;
    });
    expect(screen.getByText('A new version is ready — reload when convenient.')).toBeVisible();
    expect(apply).not.toHaveBeenCalled();

    fireEvent.click(screen.getByRole('button', { name: 'Reload now' }));
    expect(apply).toHaveBeenCalledOnce();
  });

  it('stays out of the way while this tab runs a workshop', async () => {
    const state = createAppState();
    state.updates.updateWaiting.value = true;
    const release = state.busy.hold('workshop');
    render(<UpdatePrompt state={state} />);
    expect(screen.queryByText(/new version/i)).toBeNull();

    await act(() => release());
    expect(screen.getByText(/new version is ready/i)).toBeVisible();
  });

  it('explains a refusal when another tab is busy', async () => {
    const state = createAppState();
    state.updates.updateWaiting.value = true;
    vi.spyOn(state.updates, 'applyUpdate').mockResolvedValue({
      ok: false,
      busyElsewhere: ['workshop'],
    });
    render(<UpdatePrompt state={state} />);
    fireEvent.click(screen.getByRole('button', { name: 'Reload now' }));
    expect(await screen.findByText(/not yet: a workshop is running in another tab/i)).toBeVisible();
  });

  it('can be put off until later', async () => {
    const state = createAppState();
    state.updates.updateWaiting.value = true;
    render(<UpdatePrompt state={state} />);
    fireEvent.click(screen.getByRole('button', { name: 'Later' }));
    expect(screen.queryByText(/new version/i)).toBeNull();
  });
});
