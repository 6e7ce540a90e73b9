// Short messages for the user: saved, failed, storage full. Messages never contain
// anything the user typed: only what happened and what to do.
import { signal } from '@preact/signals';
import { DatabaseUnavailableError, StorageFullError } from '../db/errors';

type Tone = 'info' | 'success' | 'warning' | 'error';

export interface Notice {
  id: number;
  tone: Tone;
  message: string;
  action?: { label: string; run: () => void };
  /** The screen (its address) an offer belongs to: it goes when that screen does. */
  screen?: string;
}

const DEFAULT_DURATION_MS = 6_000;

/** `screenNow` names the screen on show (its address), for offers made without naming one. */
export function createUiStore(screenNow: () => string = () => '') {
  const notices = signal<readonly Notice[]>([]);
  /** How many screens show messages in a place of their own (NoticeDock) rather than over them. */
  const docks = signal(0);
  let nextId = 1;

  function dismiss(id: number) {
    notices.value = notices.peek().filter((notice) => notice.id !== id);
  }

  /** Shows a message; errors and messages with an action stay until dismissed. */
  function notify(message: string, options: Omit<Partial<Notice>, 'id' | 'message'> = {}) {
    const notice: Notice = { id: nextId++, tone: options.tone ?? 'info', message };
    if (options.action) {
      notice.action = options.action;
      notice.screen = options.screen ?? screenNow();
    }
    // peek(): a notice raised inside an effect must not make that effect depend on notices.
    notices.value = [...notices.peek(), notice];
    if (notice.tone !== 'error' && !notice.action) {
      setTimeout(() => dismiss(notice.id), DEFAULT_DURATION_MS);
    }
    return notice.id;
  }

  /**
   * A new screen takes other screens' offers (Undo and the like) away: they belong to the
   * screen where the change was made (or, for a change that moves on, the one it moves to),
   * and must not follow the user to another screen, nor cover its controls (a workshop's,
   * say). Undoing from elsewhere would write over whatever replaced it. Errors stay until read.
   */
  function showScreen(screen: string) {
    notices.value = notices
      .peek()
      .filter((notice) => notice.tone === 'error' || !notice.action || notice.screen === screen);
  }

  /** Explains a failed operation in plain words; the caller keeps the user's input. */
  function reportError(error: unknown, doing = 'save that change') {
    if (error instanceof StorageFullError) {
      notify(
        `This device is out of storage space, so the app could not ${doing}. Everything saved before is safe. Free some space, then try again.`,
        { tone: 'error' },
      );
    } else if (error instanceof DatabaseUnavailableError) {
      notify(`The app could not ${doing}: it lost its connection to this device’s storage.`, {
        tone: 'error',
        action: { label: 'Reload', run: () => location.reload() },
      });
    } else {
      notify(`Sorry, the app could not ${doing}. Please try again.`, { tone: 'error' });
    }
  }

  return {
    notices,
    docks,
    notify,
    dismiss,
    showScreen,
    reportError,
    /** How many screens have arrived since the app loaded: the first keeps focus where it is. */
    screensShown: 0,
  };
}

export type UiStore = ReturnType<typeof createUiStore>;
