import { describe, expect, it } from 'vitest';
import { createBusyStore } from '../../../src/app/busy';
import { createFakeLockManager } from '../../helpers/fake-locks';

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('busy tabs', () => {
  it('lets one tab see that another is running a workshop, until it stops', async () => {
    const locks = createFakeLockManager();
    const facilitatorTab = createBusyStore(locks);
    const otherTab = createBusyStore(locks);

    const release = facilitatorTab.hold('workshop');
    await tick();
    expect(facilitatorTab.isBusy.value).toBe(true);
    expect(await otherTab.othersBusy()).toEqual(['workshop']);

    release();
    await tick();
    expect(facilitatorTab.isBusy.value).toBe(false);
    expect(await otherTab.othersBusy()).toEqual([]);
  });

  it('does not count a tab’s own reasons as another tab’s', async () => {
    const locks = createFakeLockManager();
    const tab = createBusyStore(locks);
    tab.hold('draft');
    await tick();
    expect(tab.reasons.value.has('draft')).toBe(true);
  });
});
