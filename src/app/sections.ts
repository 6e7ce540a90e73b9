import type { ComponentType } from 'preact';

export interface Section {
  id: string;
  label: string;
  /** Loaded on demand, then kept, so a later app update cannot pull a chunk from under us. */
  load: () => Promise<{ default: ComponentType }>;
  /** Shown on its own, without the app's header and navigation (the room display). */
  bare?: boolean;
}

/** The app's main sections, in navigation order. */
export const SECTIONS: readonly Section[] = [
  { id: 'plan', label: 'Plan', load: () => import('../features/plan/PlanScreen') },
  { id: 'run', label: 'Run', load: () => import('../features/run/RunScreen') },
  { id: 'journal', label: 'Journal', load: () => import('../features/journal/JournalScreen') },
  { id: 'actions', label: 'Actions', load: () => import('../features/actions/ActionsScreen') },
  { id: 'settings', label: 'Settings', load: () => import('../features/settings/SettingsScreen') },
  {
    id: 'room',
    label: 'Room display',
    bare: true,
    load: () => import('../features/run/RoomDisplay'),
  },
];

/** The sections the main navigation links to. */
export const NAV_SECTIONS = SECTIONS.filter((section) => !section.bare);

export function findSection(id: string): Section | undefined {
  return SECTIONS.find((section) => section.id === id);
}
