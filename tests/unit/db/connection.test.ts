import Dexie from 'dexie';
import { describe, expect, it, vi } from 'vitest';
import { connect, reopenWhenVisible, type ConnectionState } from '../../../src/db/connection';
import { BreathingSpaceDb, SCHEMA_HISTORY } from '../../../src/db/schema';

/** A later app version: the current schema plus one more table. */
class NextVersionDb extends BreathingSpaceDb {
  constructor(name: string) {
    super(name);
    this.version(SCHEMA_HISTORY.length + 1).stores({ later: 'id' });
  }
}

function recorder() {
  const states: ConnectionState[] = [];
  return { states, onState: (state: ConnectionState) => states.push(state) };
}

const until = (check: () => boolean) => vi.waitFor(() => expect(check()).toBe(true));

describe('two tabs on different versions', () => {
  it('saves the old tab’s work, closes it, and lets the new tab upgrade', async () => {
    const name = `tabs-${Math.random()}`;
    const oldTab = new BreathingSpaceDb(name);
    const oldEvents = recorder();
    let pendingDraft = 'unsaved words';
    await connect(oldTab, {
      onState: oldEvents.onState,
      flushBeforeClose: async () => {
        await oldTab.settings.put({ key: 'draft', value: pendingDraft });
        pendingDraft = '';
      },
    });
    expect(oldEvents.states).toEqual(['opening', 'open']);

    const newTab = new NextVersionDb(name);
    const newEvents = recorder();
    const outcome = await connect(newTab, { ...newEvents, flushBeforeClose: async () => {} });

    expect(outcome).toBe('open');
    await until(() => oldEvents.states.includes('outdated'));
    expect(oldTab.isOpen()).toBe(false);
    expect(await newTab.settings.get('draft')).toEqual({ key: 'draft', value: 'unsaved words' });
    newTab.close();
    await Dexie.delete(name);
  });

  it('tells the new tab it is blocked, then carries on once the old tab closes', async () => {
    const name = `blocked-${Math.random()}`;
    // An old tab that ignores versionchange, as a tab of an older build might.
    const stubborn = new Dexie(name);
    for (const step of SCHEMA_HISTORY) stubborn.version(step.version).stores(step.stores);
    stubborn.on('versionchange', () => false);
    await stubborn.open();

    const newTab = new NextVersionDb(name);
    const events = recorder();
    const outcome = connect(newTab, { ...events, flushBeforeClose: async () => {} }, 200);
    await until(() => events.states.includes('blocked'));

    stubborn.close();
    expect(await outcome).toBe('open');
    expect(events.states.at(-1)).toBe('open');
    newTab.close();
    await Dexie.delete(name);
  });
});

describe('a connection the system closed while the page was hidden', () => {
  function fakeDocument() {
    const listeners = new Set<() => void>();
    return {
      visibilityState: 'hidden' as DocumentVisibilityState,
      addEventListener: (_: string, listener: () => void) => listeners.add(listener),
      removeEventListener: (_: string, listener: () => void) => listeners.delete(listener),
      show() {
        this.visibilityState = 'visible';
        for (const listener of listeners) listener();
      },
    };
  }

  it('is reopened when the page is visible again', async () => {
    const name = `reopen-${Math.random()}`;
    const database = new BreathingSpaceDb(name);
    await database.open();
    const page = fakeDocument();
    const events = recorder();
    const stop = reopenWhenVisible(database, events.onState, page as never);

    database.close({ disableAutoOpen: true });
    page.show();
    await until(() => events.states.at(-1) === 'open');
    expect(database.isOpen()).toBe(true);
    expect(events.states).toEqual(['opening', 'open']);
    stop();
    database.close();
    await Dexie.delete(name);
  });
});
