import { act, render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { deleteWithUndo } from '../../../src/app/delete-with-undo';
import { App } from '../../../src/app/App';
import { createAppState } from '../../../src/app/app-state';

function go(hash: string) {
  location.hash = hash;
  window.dispatchEvent(new HashChangeEvent('hashchange'));
}

describe('the app shell', () => {
  it('navigates between the five sections and marks the current one', async () => {
    const state = createAppState();
    const stop = state.router.start();
    go('#/plan');
    render(<App state={state} />);

    const nav = screen.getByRole('navigation', { name: 'Main' });
    for (const label of ['Plan', 'Run', 'Journal', 'Actions', 'Settings']) {
      expect(nav).toContainElement(screen.getByRole('link', { name: label }));
    }
    expect(await screen.findByRole('heading', { level: 1, name: 'Plan' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Plan' })).toHaveAttribute('aria-current', 'page');

    await act(() => go('#/settings'));
    expect(await screen.findByRole('heading', { level: 1, name: 'Settings' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Settings' })).toHaveAttribute('aria-current', 'page');
    expect(document.title).toBe('Settings · Breathing Space');
    stop();
  });

  it('says plainly when an address matches nothing', async () => {
    const state = createAppState();
    state.router.route.value = { section: 'nowhere', params: [] };
    render(<App state={state} />);
    expect(screen.getByRole('heading', { name: 'Page not found' })).toBeInTheDocument();
  });

  it('tells the user what to do when another tab blocks an upgrade', () => {
    const state = createAppState();
    state.connection.value = 'blocked';
    render(<App state={state} />);
    expect(screen.getByRole('alert')).toHaveTextContent(/close other breathing space tabs/i);
  });

  it('drops an Undo offer when the user moves to another screen, even in the same section, but keeps errors', async () => {
    const state = createAppState();
    const stop = state.router.start();
    go('#/plan/series/abc');
    render(<App state={state} />);
    await act(() => {
      state.ui.notify('Agenda changed.', { action: { label: 'Undo', run: () => undefined } });
      state.ui.notify('Sorry, the app could not save that change.', { tone: 'error' });
    });
    expect(screen.getByRole('button', { name: 'Undo' })).toBeInTheDocument();

    await act(() => go('#/plan/group/xyz'));
    expect(screen.queryByRole('button', { name: 'Undo' })).not.toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('could not save');

    // Coming back does not bring it back: undoing now could write over a later change.
    await act(() => go('#/plan/series/abc'));
    expect(screen.queryByRole('button', { name: 'Undo' })).not.toBeInTheDocument();
    stop();
  });

  it('keeps an Undo offered for the screen a delete moves to, and only there', async () => {
    const state = createAppState();
    const stop = state.router.start();
    go('#/plan/series/abc');
    render(<App state={state} />);
    await act(async () => {
      await deleteWithUndo(state.ui, 'Series', () => Promise.resolve(() => Promise.resolve()), [
        'plan',
        'group',
        'xyz',
      ]);
    });
    await act(() => new Promise((settle) => setTimeout(settle, 0)));
    expect(location.hash).toBe('#/plan/group/xyz');
    expect(screen.getByText('Series deleted.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Undo' })).toBeInTheDocument();

    await act(() => go('#/plan'));
    expect(screen.queryByRole('button', { name: 'Undo' })).not.toBeInTheDocument();
    stop();
  });
});
