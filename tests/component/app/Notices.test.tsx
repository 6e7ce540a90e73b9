import { act, fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { Notices } from '../../../src/app/Notices';
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
});
