import { act, fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { NoticeDock, Notices } from '../../../src/app/Notices';
import { AppStateContext, createAppState } from '../../../src/app/app-state';
import { createUiStore } from '../../../src/app/ui-store';
import { StorageFullError } from '../../../src/db/errors';

describe('messages to the user', () => {
  it('explains a full disk plainly, says earlier work is safe, and stays until dismissed', async () => {
    const ui = createUiStore();
    render(<Notices ui={ui} />);
    await act(() => {
      ui.reportError(new StorageFullError(), 'save the agenda');
    });
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent(/out of storage space/i);
    expect(alert).toHaveTextContent(/could not save the agenda/i);
    expect(alert).toHaveTextContent(/everything saved before is safe/i);

    fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('never repeats the details of an unexpected error', async () => {
    const ui = createUiStore();
    render(<Notices ui={ui} />);
    await act(() => {
      ui.reportError(new Error('private words from a journal'), 'save the entry');
    });
    expect(screen.getByRole('alert')).not.toHaveTextContent(/private words/);
  });

  it('runs a notice’s action, such as Undo', async () => {
    const ui = createUiStore();
    let undone = false;
    render(<Notices ui={ui} />);
    await act(() => {
      ui.notify('Workshop deleted.', { action: { label: 'Undo', run: () => (undone = true) } });
    });
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(undone).toBe(true);
    expect(screen.queryByText('Workshop deleted.')).toBeNull();
  });

  it('shows messages in a screen’s own dock while it has one, never over that screen', async () => {
    const state = createAppState();
    const view = render(
      <AppStateContext.Provider value={state}>
        <main>
          <NoticeDock />
        </main>
        <Notices ui={state.ui} />
      </AppStateContext.Provider>,
    );
    await act(() => {
      state.ui.notify('Carried to the next workshop.');
    });
    expect(screen.getByRole('status')).toHaveTextContent('Carried');
    expect(screen.getByRole('main')).toContainElement(screen.getByRole('status'));
    expect(view.container.querySelector('.notices')).toBeNull();

    view.rerender(
      <AppStateContext.Provider value={state}>
        <main />
        <Notices ui={state.ui} />
      </AppStateContext.Provider>,
    );
    expect(screen.getByRole('main')).not.toContainElement(screen.getByRole('status'));
    expect(view.container.querySelector('.notices')).toContainElement(screen.getByRole('status'));
  });
});
