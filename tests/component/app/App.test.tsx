import { act, render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
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

  it('drops an Undo offer when the user moves to another section, but keeps errors', async () => {
    const state = createAppState();
    const stop = state.router.start();
    go('#/plan/series/abc');
    render(<App state={state} />);
    await act(() => {
      state.ui.notify('Workshop deleted.', { action: { label: 'Undo', run: () => undefined } });
      state.ui.notify('Sorry, the app could not save that change.', { tone: 'error' });
    });

    await act(() => go('#/plan/group/xyz'));
    expect(screen.getByRole('button', { name: 'Undo' })).toBeInTheDocument();

    await act(() => go('#/run'));
    expect(screen.queryByRole('button', { name: 'Undo' })).not.toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('could not save');
    stop();
  });
});
