import type { WorkshopStatus } from '../../domain/workshop-status';

const BADGES: Record<WorkshopStatus['kind'], { text: string; tone: string } | null> = {
  held: { text: 'Held', tone: 'badge-good' },
  missed: { text: 'Missed', tone: 'badge-warn' },
  today: { text: 'Today', tone: 'badge-today' },
  'under-way': { text: 'Under way', tone: 'badge-today' },
  'to-come': null,
};

/** Held, missed, today's or under way, in a word; nothing for a workshop still to come. */
export function WorkshopStatusBadge({ status }: { status: WorkshopStatus }) {
  const badge = BADGES[status.kind];
  return badge && <span class={`badge ${badge.tone}`}>{badge.text}</span>;
}
