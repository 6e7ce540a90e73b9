import { progressSummaryText } from '../../../src/features/actions/card-labels';
import { describe, expect, it } from 'vitest';
import {
  addAction,
  canAddAction,
  dueStatus,
  isBlankCard,
  isCardDone,
  lastFollowedUpOn,
  makeCard,
  moveFollowUp,
  MAX_ACTIONS,
  progressSummary,
  recordFollowUp,
  removeAction,
  restoreAction,
  sortCards,
  TooManyActionsError,
  updateAction,
  workshopDatesFor,
  type ActionCard,
  type Progress,
} from '../../../src/domain/action-cards';
import type { RecordId, WorkshopId } from '../../../src/domain/types';

let nextId = 0;
const newActionId = () => `a${(nextId += 1)}`;

function card(id: string, date: string, actions: string[], over: Partial<ActionCard> = {}) {
  let made = makeCard({ id: id as RecordId, date, now: Date.parse(date), newActionId });
  made = { ...made, heading: `Heading ${id}` };
  actions.forEach((text, i) => {
    if (i > 0) made = addAction(made, newActionId());
    made = updateAction(made, made.actions[i]!.id, { text });
  });
  return { ...made, ...over };
}

function followUp(c: ActionCard, index: number, progress: Progress, on: string) {
  return recordFollowUp(c, c.actions[index]!.id, { on, progress, helped: '', hindered: '' });
}

describe('an action card', () => {
  it('holds up to three actions and refuses a fourth', () => {
    let c = card('c', '2026-04-01', ['One', 'Two', 'Three']);
    expect(c.actions).toHaveLength(MAX_ACTIONS);
    expect(canAddAction(c)).toBe(false);
    expect(() => addAction(c, 'a-fourth')).toThrow(TooManyActionsError);
    c = { ...c, actions: c.actions.slice(0, 2) };
    expect(canAddAction(c)).toBe(true);
  });

  it('is blank until it has a heading or a written action', () => {
    const blank = makeCard({ id: 'x' as RecordId, date: '2026-04-01', now: 0, newActionId });
    expect(isBlankCard(blank)).toBe(true);
    expect(isBlankCard({ ...blank, heading: 'Slow down at visits' })).toBe(false);
    expect(isBlankCard(updateAction(blank, blank.actions[0]!.id, { text: '  ' }))).toBe(true);
  });

  it('keeps one follow-up per day per action, oldest first', () => {
    let c = card('c', '2026-04-01', ['One']);
    c = followUp(c, 0, 'some-way', '2026-05-01');
    c = followUp(c, 0, 'mostly', '2026-04-20');
    c = followUp(c, 0, 'done', '2026-05-01');
    expect(c.actions[0]!.followUps.map((f) => [f.on, f.progress])).toEqual([
      ['2026-04-20', 'mostly'],
      ['2026-05-01', 'done'],
    ]);
    expect(lastFollowedUpOn(c)).toBe('2026-05-01');
  });

  it('moves a follow-up to another day, replacing one already there', () => {
    let c = card('c', '2026-04-01', ['One']);
    c = followUp(c, 0, 'some-way', '2026-05-01');
    c = followUp(c, 0, 'mostly', '2026-05-10');
    const moved = moveFollowUp(c, c.actions[0]!.id, '2026-05-10', '2026-05-01');
    expect(moved.actions[0]!.followUps).toEqual([
      { on: '2026-05-01', progress: 'mostly', helped: '', hindered: '' },
    ]);
    expect(moveFollowUp(c, c.actions[0]!.id, '2026-06-01', '2026-05-01')).toBe(c);
  });

  it('puts a removed action back where it was, follow-ups and all', () => {
    let c = card('c', '2026-04-01', ['One', 'Two', 'Three']);
    c = followUp(c, 1, 'mostly', '2026-05-01');
    const removed = c.actions[1]!;
    const without = removeAction(c, removed.id);
    expect(without.actions.map((a) => a.text)).toEqual(['One', 'Three']);
    const back = restoreAction(without, removed, 1);
    expect(back.actions).toEqual(c.actions);
    // Already back: unchanged. Fewer left than before: it goes at the end.
    expect(restoreAction(back, removed, 1)).toBe(back);
    const fewer = removeAction(without, c.actions[2]!.id);
    expect(restoreAction(fewer, removed, 5).actions.map((a) => a.text)).toEqual(['One', 'Two']);
    // Three written since: it is refused rather than become a fourth.
    const full = addAction(without, 'a-new');
    expect(() => restoreAction(full, removed, 1)).toThrow(TooManyActionsError);
  });

  it('is done only when every written action is done', () => {
    let c = card('c', '2026-04-01', ['One', 'Two']);
    c = addAction(c, 'blank');
    expect(isCardDone(c)).toBe(false);
    c = followUp(c, 0, 'done', '2026-05-01');
    expect(isCardDone(c)).toBe(false);
    c = followUp(c, 1, 'done', '2026-05-01');
    expect(isCardDone(c)).toBe(true);
  });
});

describe('the progress summary', () => {
  it('counts each level and weighs them into a percentage', () => {
    let c = card('c', '2026-04-01', ['One', 'Two', 'Three']);
    expect(progressSummary(c)).toMatchObject({ total: 3, percent: 0 });
    expect(progressSummaryText(progressSummary(c))).toBe('0 of 3 done · 3 not started');
    c = followUp(c, 0, 'done', '2026-05-01');
    c = followUp(c, 1, 'mostly', '2026-05-01');
    const summary = progressSummary(c);
    expect(summary.counts).toEqual({ 'not-started': 1, 'some-way': 0, mostly: 1, done: 1 });
    expect(summary.percent).toBe(56);
    expect(progressSummaryText(summary)).toBe('1 of 3 done · 1 mostly · 1 not started');
  });

  it('says so when there is nothing to count', () => {
    expect(progressSummaryText(progressSummary(card('c', '2026-04-01', [])))).toBe(
      'No actions yet',
    );
  });
});

describe('when a card is due', () => {
  const today = '2026-05-10';

  it('is overdue when an unfinished action is past its "by when"', () => {
    let c = card('c', '2026-04-01', ['One', 'Two']);
    c = updateAction(c, c.actions[0]!.id, { byWhen: '2026-05-01' });
    expect(dueStatus(c, today, [])).toEqual({
      level: 'overdue',
      date: '2026-05-01',
      reason: 'by-when',
    });
    // Done actions are never overdue.
    c = followUp(c, 0, 'done', '2026-05-02');
    expect(dueStatus(c, today, []).level).toBe('none');
  });

  it('is due at the next workshop after the card, until it is followed up', () => {
    let c = card('c', '2026-04-01', ['One']);
    const workshops = ['2026-03-01', '2026-04-01', '2026-05-06', '2026-06-03'];
    expect(dueStatus(c, today, workshops)).toEqual({
      level: 'due',
      date: '2026-05-06',
      reason: 'workshop',
    });
    c = followUp(c, 0, 'some-way', '2026-05-06');
    expect(dueStatus(c, today, workshops)).toEqual({
      level: 'upcoming',
      date: '2026-06-03',
      reason: 'workshop',
    });
  });

  it("counts the linked workshop's group only, or every workshop when not linked", () => {
    const workshops = [
      { id: 'n1', groupId: 'north', date: '2026-04-01' },
      { id: 'n2', groupId: 'north', date: '2026-05-06' },
      { id: 's1', groupId: 'south', date: '2026-04-08' },
    ];
    const linked = card('c', '2026-04-02', ['One'], { workshopId: 'n1' as WorkshopId });
    expect(workshopDatesFor(linked, workshops)).toEqual(['2026-04-01', '2026-05-06']);
    expect(dueStatus(linked, '2026-04-20', workshopDatesFor(linked, workshops)).level).toBe(
      'upcoming',
    );
    const unlinked = card('u', '2026-04-02', ['One']);
    expect(workshopDatesFor(unlinked, workshops)).toHaveLength(3);
    expect(dueStatus(unlinked, '2026-04-20', workshopDatesFor(unlinked, workshops)).level).toBe(
      'due',
    );
  });

  it('is due on the follow-up date its owner chose', () => {
    const c = card('c', '2026-04-01', ['One'], { nextFollowUpOn: '2026-05-10' });
    expect(dueStatus(c, today, [])).toMatchObject({ level: 'due', reason: 'follow-up-date' });
    expect(dueStatus(c, '2026-05-09', [])).toMatchObject({ level: 'upcoming' });
    const followed = followUp(c, 0, 'some-way', '2026-05-10');
    expect(dueStatus(followed, today, []).level).toBe('none');
  });

  it('lists overdue, then due, then upcoming, then the rest newest first; done apart', () => {
    const none = card('none', '2026-04-20', ['One']);
    const older = card('older', '2026-03-01', ['One']);
    const upcoming = card('upcoming', '2026-04-01', ['One'], { nextFollowUpOn: '2026-06-01' });
    let overdue = card('overdue', '2026-04-02', ['One']);
    overdue = updateAction(overdue, overdue.actions[0]!.id, { byWhen: '2026-05-01' });
    const due = card('due', '2026-04-03', ['One'], { nextFollowUpOn: '2026-05-09' });
    const done = followUp(card('done', '2026-04-04', ['One']), 0, 'done', '2026-05-01');
    const sorted = sortCards([none, done, upcoming, older, due, overdue], today, []);
    expect(sorted.open.map((o) => o.card.id)).toEqual([
      'overdue',
      'due',
      'upcoming',
      'none',
      'older',
    ]);
    expect(sorted.done.map((c) => c.id)).toEqual(['done']);
  });
});
