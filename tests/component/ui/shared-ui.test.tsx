import { act, fireEvent, screen, waitFor } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { describe, expect, it, vi } from 'vitest';
import { Button } from '../../../src/ui/Button';
import { Field } from '../../../src/ui/Field';
import { Loading } from '../../../src/ui/Loading';
import { ScreenHeader } from '../../../src/ui/ScreenHeader';
import { renderWithApp } from '../../helpers/render';

describe('Button', () => {
  it('never submits its form unless it says so', () => {
    const submitted = vi.fn((event: Event) => event.preventDefault());
    renderWithApp(
      <form onSubmit={submitted}>
        <Button>Add a row</Button>
        <Button type="submit" variant="primary">
          Save
        </Button>
      </form>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Add a row' }));
    expect(submitted).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(submitted).toHaveBeenCalledOnce();
    expect(screen.getByRole('button', { name: 'Save' })).toHaveClass('btn', 'btn-primary');
  });
});

describe('a busy Button', () => {
  it('keeps the focus while it works, says it is unavailable, and ignores taps', async () => {
    const tapped = vi.fn();
    const submitted = vi.fn((event: Event) => event.preventDefault());
    function Saving() {
      const [isBusy, setBusy] = useState(false);
      return (
        <form onSubmit={submitted}>
          <Button
            type="submit"
            isBusy={isBusy}
            onClick={() => {
              tapped();
              setBusy(true);
            }}
          >
            Save
          </Button>
        </form>
      );
    }
    renderWithApp(<Saving />);
    const save = screen.getByRole('button', { name: 'Save' });
    save.focus();
    fireEvent.click(save);
    await waitFor(() => expect(save).toHaveAttribute('aria-disabled', 'true'));
    expect(document.activeElement).toBe(save);

    fireEvent.click(save);
    expect(tapped).toHaveBeenCalledTimes(1);
    expect(submitted).toHaveBeenCalledTimes(1);
  });
});

describe('Field', () => {
  it('ties its label and hint to the control, with a generated id when none is given', () => {
    renderWithApp(
      <>
        <Field label="Venue" hint="A room, not an address">
          <input type="text" />
        </Field>
        <Field label="Notes">
          <textarea />
        </Field>
      </>,
    );
    expect(screen.getByLabelText('Venue')).toHaveAccessibleDescription('A room, not an address');
    expect(screen.getByLabelText('Notes').id).not.toBe(screen.getByLabelText('Venue').id);
    expect(screen.getByLabelText('Notes')).not.toHaveAttribute('aria-describedby');
  });
});

describe('Loading', () => {
  it('is announced as a status', () => {
    renderWithApp(<Loading />);
    expect(screen.getByRole('status')).toHaveTextContent('Loading…');
  });
});

describe('ScreenHeader', () => {
  function TwoScreens() {
    const [screenShown, setScreen] = useState<'list' | 'detail'>('list');
    return screenShown === 'list' ? (
      <>
        <ScreenHeader key="list" title="Groups" />
        <Button onClick={() => setScreen('detail')}>Open the group</Button>
      </>
    ) : (
      <ScreenHeader
        key="detail"
        title="North team"
        back={{ href: '#/plan', label: 'All groups' }}
      />
    );
  }

  it('leaves focus alone on the first screen, and brings it to the next screen’s heading', async () => {
    renderWithApp(<TwoScreens />);
    await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
    expect(screen.getByRole('heading', { name: 'Groups' })).not.toHaveFocus();

    const open = screen.getByRole('button', { name: 'Open the group' });
    open.focus();
    fireEvent.click(open);

    await waitFor(() =>
      expect(screen.getByRole('heading', { level: 1, name: 'North team' })).toHaveFocus(),
    );
    expect(screen.getByRole('link', { name: '← All groups' })).toHaveAttribute('href', '#/plan');
  });

  it('does not take focus from a control the user is in', async () => {
    function WithField() {
      const [shown, setShown] = useState(false);
      return (
        <>
          <ScreenHeader title="First" />
          <Field label="Search">
            <input type="search" onInput={() => setShown(true)} />
          </Field>
          {shown && <ScreenHeader title="Results" />}
        </>
      );
    }
    renderWithApp(<WithField />);
    const search = screen.getByLabelText('Search');
    search.focus();
    fireEvent.input(search, { target: { value: 'a' } });
    await screen.findByRole('heading', { name: 'Results' });
    await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
    expect(search).toHaveFocus();
  });
});
