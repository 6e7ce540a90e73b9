import { act, configure, fireEvent, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { addLiteratureToWorkshop } from '../../../src/db/literature';
import { saveRun } from '../../../src/db/runs';
import { setSetting } from '../../../src/db/settings';
import { newRunRecord } from '../../../src/domain/run-record';
import type { LiteratureId, LiteratureItem } from '../../../src/domain/types';
import { playTone, vibrate } from '../../../src/features/run/cues';
import { RunLive } from '../../../src/features/run/RunLive';
import { renderWithApp } from '../../helpers/render';
import { seedPlan } from '../plan/seed';

// These screens read the database before they show: allow for a busy machine.
configure({ asyncUtilTimeout: 10_000 });
vi.setConfig({ testTimeout: 30_000 });

vi.mock('../../../src/features/run/cues', () => ({
  playTone: vi.fn(),
  vibrate: vi.fn(),
  unlockAudio: vi.fn(),
}));

const T0 = Date.UTC(2026, 3, 14, 8, 30);
const MIN = 60_000;

function advance(ms: number) {
  act(() => {
    vi.setSystemTime(Date.now() + ms);
    window.dispatchEvent(new Event('focus'));
  });
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(T0);
  vi.mocked(playTone).mockClear();
  vi.mocked(vibrate).mockClear();
});

afterEach(() => vi.useRealTimers());

async function startedRun() {
  const { workshops, group } = await seedPlan();
  const run = newRunRecord({ workshop: workshops[0]!, title: 'Workshop 1 of 5' }, T0);
  await saveRun(run);
  renderWithApp(<RunLive id={run.id} />);
  fireEvent.click(await screen.findByRole('button', { name: 'Start the workshop' }));
  await screen.findByRole('button', { name: 'Pause' });
  return { run, workshops, group };
}

describe('phase cues', () => {
  it('sound and vibrate once at two minutes left and once at the end, when sound is on', async () => {
    await setSetting('run.sound', true);
    await startedRun();
    expect(await screen.findByRole('checkbox', { name: /Sound at two minutes/ })).toBeChecked();
    advance(27 * MIN);
    expect(playTone).not.toHaveBeenCalled();
    advance(1 * MIN);
    expect(playTone).toHaveBeenCalledWith('soon');
    advance(30_000);
    advance(30_000);
    expect(playTone).toHaveBeenCalledTimes(1);
    advance(1 * MIN);
    expect(playTone).toHaveBeenLastCalledWith('over');
    advance(10 * MIN);
    expect(playTone).toHaveBeenCalledTimes(2);
    expect(vibrate).toHaveBeenCalledTimes(2);
  });

  it('stay silent but still vibrate when sound is off', async () => {
    await startedRun();
    advance(28 * MIN);
    expect(vibrate).toHaveBeenCalledTimes(1);
    expect(playTone).not.toHaveBeenCalled();
  });
});

describe('the literature phase', () => {
  it('shows the pre-reading one item at a time, with its questions large', async () => {
    const { workshops, group } = await seedPlan();
    const item = (n: number): LiteratureItem => ({
      id: `reading-${n}` as LiteratureId,
      groupId: group.id,
      authors: 'Fook, J.',
      year: '2007',
      title: `Reading ${n}`,
      source: '',
      link: '',
      summary: '',
      questions: [`Question about reading ${n}?`],
      createdAt: n,
      updatedAt: n,
    });
    await addLiteratureToWorkshop(item(1), workshops[0]!.id);
    await addLiteratureToWorkshop(item(2), workshops[0]!.id);
    const run = newRunRecord({ workshop: workshops[0]!, title: 'Workshop 1 of 5' }, T0);
    await saveRun(run);
    renderWithApp(<RunLive id={run.id} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Start the workshop' }));
    fireEvent.click(await screen.findByRole('button', { name: 'End phase now, go to next' }));
    expect(await screen.findByRole('heading', { name: 'Reading 1' })).toBeVisible();
    expect(screen.getByText('Question about reading 1?')).toBeVisible();
    fireEvent.click(screen.getByRole('button', { name: 'Next reading' }));
    expect(await screen.findByRole('heading', { name: 'Reading 2' })).toBeVisible();
    expect(screen.getByText('Reading 2 of 2')).toBeVisible();
  });
});
