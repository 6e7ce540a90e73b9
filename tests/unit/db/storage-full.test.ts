import { describe, expect, it, vi } from 'vitest';
import { db } from '../../../src/db/db';
import { StorageFullError, isQuotaError } from '../../../src/db/errors';
import { listGroups, saveGroup } from '../../../src/db/groups';
import { makeGroup } from '../../../src/domain/group';
import { createFakeClock } from '../../helpers/fake-clock';

const clock = createFakeClock();

function quotaError() {
  return new DOMException('The quota has been exceeded.', 'QuotaExceededError');
}

describe('a write that fails for lack of space', () => {
  it.each([
    ['a QuotaExceededError', () => quotaError()],
    [
      'an AbortError wrapping one',
      () => Object.assign(new Error('aborted'), { name: 'AbortError', inner: quotaError() }),
    ],
  ])('reports StorageFullError for %s and keeps what was saved', async (_, makeError) => {
    await saveGroup(makeGroup('Tuesday group', clock));
    const put = vi.spyOn(db.groups, 'put').mockRejectedValueOnce(makeError());

    await expect(saveGroup(makeGroup('Thursday group', clock))).rejects.toBeInstanceOf(
      StorageFullError,
    );
    put.mockRestore();
    expect((await listGroups()).map((g) => g.name)).toEqual(['Tuesday group']);
  });

  it('does not mistake other failures for a full disk', () => {
    expect(isQuotaError(new Error('boom'))).toBe(false);
    expect(isQuotaError(null)).toBe(false);
  });
});
