import { fireEvent, render, screen } from '@testing-library/preact';
import { useRef, useState } from 'preact/hooks';
import { describe, expect, it, vi } from 'vitest';
import { IdentifyingDetailsWarning } from '../../../src/ui/IdentifyingDetailsWarning';
import { useIdentifyingDetails } from '../../../src/ui/use-identifying-details';

/** A minimal form, as any feature would use the check. */
function SummaryForm({ onSave }: { onSave: (text: string) => void }) {
  const [text, setText] = useState('');
  const input = useRef<HTMLTextAreaElement>(null);
  const check = useIdentifyingDetails(text, ['Sam']);
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        if (check.isClear) onSave(text);
      }}
    >
      <label htmlFor="summary">Summary</label>
      <textarea
        id="summary"
        ref={input}
        value={text}
        onInput={(e) => setText(e.currentTarget.value)}
      />
      <IdentifyingDetailsWarning
        text={text}
        details={check.details}
        onEdit={() => input.current?.focus()}
        onSaveAnyway={() => {
          check.acceptAll();
          onSave(text);
        }}
      />
      <button type="submit">Save</button>
    </form>
  );
}

describe('the identifying details warning', () => {
  it('lists and highlights what looks identifying, in plain words', () => {
    const onSave = vi.fn();
    render(<SummaryForm onSave={onSave} />);
    const field = screen.getByLabelText('Summary');
    fireEvent.input(field, { target: { value: 'Sam met Kayleigh at EH6 7QT.' } });

    const warning = screen.getByRole('alert');
    expect(warning).toHaveTextContent('“Kayleigh” looks like a personal name');
    expect(warning).toHaveTextContent('“EH6 7QT” looks like a postcode');
    expect(warning).not.toHaveTextContent('“Sam”');
    const marks = [...warning.querySelectorAll('.identifying-excerpt mark')];
    expect(marks.map((m) => m.textContent)).toEqual(['Kayleigh', 'EH6 7QT']);

    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(onSave).not.toHaveBeenCalled();
  });

  it('goes back to the field on Edit, and clears once the text is anonymised', () => {
    render(<SummaryForm onSave={vi.fn()} />);
    const field = screen.getByLabelText('Summary');
    fireEvent.input(field, { target: { value: 'Call 07700 900123' } });
    fireEvent.click(screen.getByRole('button', { name: 'Edit' }));
    expect(field).toHaveFocus();

    fireEvent.input(field, { target: { value: 'Call the duty team' } });
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('saves anyway when asked, and stops warning about what was accepted', () => {
    const onSave = vi.fn();
    render(<SummaryForm onSave={onSave} />);
    const field = screen.getByLabelText('Summary');
    fireEvent.input(field, { target: { value: 'Gorgie Road project' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save anyway' }));
    expect(onSave).toHaveBeenCalledWith('Gorgie Road project');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();

    fireEvent.input(field, { target: { value: 'Gorgie Road project with Mrs Begum' } });
    expect(screen.getByRole('alert')).toHaveTextContent('“Mrs Begum” looks like a personal name');
    expect(screen.getByRole('alert')).not.toHaveTextContent('looks like an address');
  });
});
