import { describe, expect, it } from 'vitest';
import {
  SETUP_STEPS,
  firstStepToFinish,
  keepMemberIds,
  neighbourStep,
  proposedFirstDate,
  setupStepOf,
  stepProblems,
  type SetupEntries,
} from '../../../src/domain/guided-setup';
import type { MemberId } from '../../../src/domain/types';

const complete: SetupEntries = {
  name: 'Riverside team',
  facilitator: 'Sam',
  startDate: '2026-04-14',
  startTime: '09:30',
  groundRules: 'We come to learn together.',
  confidentiality: 'What is said in the group stays in the group.',
};

describe('the guided set-up’s steps', () => {
  it('are six, in the order a group is made', () => {
    expect(SETUP_STEPS).toEqual(['name', 'members', 'workshops', 'turns', 'agreements', 'review']);
    expect(neighbourStep('name', 1)).toBe('members');
    expect(neighbourStep('members', -1)).toBe('name');
    expect(neighbourStep('name', -1)).toBeUndefined();
    expect(neighbourStep('review', 1)).toBeUndefined();
  });

  it('need a name for the group, spaces alone not counting', () => {
    expect(stepProblems('name', { ...complete, name: '   ' })).toEqual(['no-name']);
    expect(stepProblems('name', complete)).toEqual([]);
  });

  it('need the facilitator’s own display name', () => {
    expect(stepProblems('members', { ...complete, facilitator: '' })).toEqual(['no-facilitator']);
    expect(stepProblems('members', complete)).toEqual([]);
  });

  it('need a real first date and a start time', () => {
    expect(
      stepProblems('workshops', { ...complete, startDate: '2026-02-30', startTime: '' }),
    ).toEqual(['no-start-date', 'no-start-time']);
    expect(stepProblems('workshops', complete)).toEqual([]);
  });

  it('keep some ground rules and a confidentiality agreement', () => {
    expect(
      stepProblems('agreements', { ...complete, groundRules: '\n', confidentiality: ' ' }),
    ).toEqual(['no-ground-rules', 'no-confidentiality']);
  });

  it('let turns be left undecided', () => {
    expect(stepProblems('turns', { ...complete, name: '' })).toEqual([]);
  });
});

describe('arriving part-way through', () => {
  it('reads the step from the address, the first for anything unknown', () => {
    expect(setupStepOf('turns')).toBe('turns');
    expect(setupStepOf(undefined)).toBe('name');
    expect(setupStepOf('somewhere')).toBe('name');
  });

  it('begins at the first earlier step still to be done', () => {
    const empty = { ...complete, name: '', facilitator: '' };
    expect(firstStepToFinish('review', empty)).toBe('name');
    expect(firstStepToFinish('review', { ...complete, facilitator: '' })).toBe('members');
    expect(firstStepToFinish('review', complete)).toBe('review');
    // The step asked for may itself be unfinished: that is where the user is going.
    expect(firstStepToFinish('members', { ...complete, facilitator: '' })).toBe('members');
  });
});

describe('members made again from edited names', () => {
  it('keep the ids they had, matched by display name', () => {
    const earlier = [
      { id: 'a' as MemberId, displayName: 'Sam' },
      { id: 'b' as MemberId, displayName: 'JK' },
    ];
    const again = [
      { id: 'x' as MemberId, displayName: 'Sam' },
      { id: 'y' as MemberId, displayName: 'AB' },
      { id: 'z' as MemberId, displayName: 'JK' },
    ];
    expect(keepMemberIds(again, earlier).map((m) => m.id)).toEqual(['a', 'y', 'b']);
  });
});

describe('the first workshop’s proposed date', () => {
  it('is two weeks from today, on a weekday', () => {
    // Tuesday 14 April 2026 → Tuesday 28 April.
    expect(proposedFirstDate('2026-04-14')).toBe('2026-04-28');
    // Saturday 5 December → not Saturday 19 December but Monday 21 December.
    expect(proposedFirstDate('2026-12-05')).toBe('2026-12-21');
    expect(proposedFirstDate('2026-12-06')).toBe('2026-12-21');
    expect(proposedFirstDate('2026-12-04')).toBe('2026-12-18');
  });
});
