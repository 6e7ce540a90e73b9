import { fireEvent, screen, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { GuideScreen } from '../../../src/features/plan/GuideScreen';
import { modelsFor } from '../../../src/domain/reflection-models/registry';
import { renderWithApp } from '../../helpers/render';
import { app, go } from '../../helpers/test-app';

const SECTIONS = [
  'What it is, and what it is not',
  'The four phases of every workshop',
  'Roles',
  'Taking turns',
  'Reflection models in the group',
  'Keeping case material anonymous',
  'Confidentiality and its limits',
  'Keeping time',
  'When someone becomes upset',
  'Running the follow-up',
];

describe('the guide', () => {
  it('has every section a new facilitator needs, each in the contents', () => {
    renderWithApp(<GuideScreen />, app);
    const headings = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(headings).toEqual(['Contents', ...SECTIONS]);
    const contents = screen.getByRole('navigation', { name: 'Contents' });
    expect(
      within(contents)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(SECTIONS);
  });

  it('moves the focus to a section from the contents, leaving the address as it was', () => {
    go('#/plan/guide');
    renderWithApp(<GuideScreen />, app);
    const contents = screen.getByRole('navigation', { name: 'Contents' });
    for (const title of SECTIONS) {
      fireEvent.click(within(contents).getByRole('button', { name: title }));
      expect(screen.getByRole('heading', { level: 2, name: title })).toHaveFocus();
    }
    expect(location.hash).toBe('#/plan/guide');
  });

  it('names each model an incident can be held with, and how the group holds it', () => {
    renderWithApp(<GuideScreen />, app);
    const models = screen.getByRole('region', { name: 'Reflection models in the group' });
    for (const model of modelsFor('incident')) {
      expect(models).toHaveTextContent(model.name);
    }
    expect(models).toHaveTextContent(/Questions, not advice/);
    expect(models).toHaveTextContent(/Left to the presenter: Action plan\./);
    expect(models).toHaveTextContent(/Held over two workshops/);
    expect(models).toHaveTextContent(/Left to the presenter: Now what\?(?!\.)/);
  });

  it('says what to do when someone is upset, that it is not therapy, and where to turn', () => {
    renderWithApp(<GuideScreen />, app);
    const care = screen.getByRole('region', { name: 'When someone becomes upset' });
    expect(care).toHaveTextContent(/“Pause for care” stops the clock/);
    expect(care).toHaveTextContent(/It is not therapy/);
    expect(care).toHaveTextContent(/supervision/);
    expect(care).toHaveTextContent(/employee assistance programme/);
    expect(care).toHaveTextContent(/GP/);
    expect(care).toHaveTextContent(/listening helpline/);
    // General terms only: no one country's numbers.
    expect(care.textContent).not.toMatch(/\d{3}/);
  });
});
