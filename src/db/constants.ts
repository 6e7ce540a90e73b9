/** The one IndexedDB database of the app. */
export const DB_NAME = 'breathing-space';

/** How long opening the database may take before we tell the user instead of hanging. */
export const OPEN_TIMEOUT_MS = 10_000;

export const SETTING_KEYS = {
  persistenceAsked: 'storage.persistenceAsked',
  theme: 'ui.theme',
} as const;
