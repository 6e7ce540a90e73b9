import { fireEvent, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import PlanScreen from '../../../src/features/plan/PlanScreen';
import { listGroups } from '../../../src/db/groups';
import { renderWithApp } from '../../helpers/render';

describe('Plan', () => {
  it('creates a group and lists it', async () => {
    renderWithApp(<PlanScreen />);
    expect(await screen.findByText(/no groups yet/i)).toBeVisible();

    fireEvent.input(screen.getByLabelText('New group name'), {
      target: { value: 'Children and families, north' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Create group' }));

    expect(await screen.findByText('Children and families, north')).toBeVisible();
    expect((await listGroups()).map((g) => g.name)).toEqual(['Children and families, north']);
  });
});
