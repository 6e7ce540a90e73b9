import { act, fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { App } from '../../../src/app/App';
import { createAppState } from '../../../src/app/app-state';

// The Run section's screen fails to render, as a bug in it would.
vi.mock('../../../src/features/run/RunScreen', () => ({
  default: function BrokenRunScreen(): never {
    throw new Error('Run screen failed with private words in it');
  },
}));

function go(hash: string) {
  location.hash = hash;
  window.dispatchEvent(new HashChangeEvent('hashchange'));
}

describe('a section that fails to render', () => {
  it('shows a calm message in that section only, and the others keep working', async () => {
    const state = createAppState();
    const stop = state.router.start();
    go('#/run');
    render(<App state={state} />);

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('This screen ran into a problem');
    expect(alert).toHaveTextContent('Everything you have saved is safe');
    expect(alert).not.toHaveTextContent('private words');
    expect(screen.getByRole('navigation', { name: 'Main' })).toBeInTheDocument();

    await act(() => go('#/settings'));
    expect(await screen.findByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
    expect(screen.queryByText('This screen ran into a problem')).toBeNull();
    stop();
  });

  it('saves what editors hold before it reloads', async () => {
    const state = createAppState();
    const stop = state.router.start();
    const saveDraft = vi.fn(async () => undefined);
    state.flush.register(saveDraft);
    go('#/run');
    render(<App state={state} />);

    fireEvent.click(await screen.findByRole('button', { name: 'Reload' }));
    expect(saveDraft).toHaveBeenCalledOnce();
    stop();
  });
});
