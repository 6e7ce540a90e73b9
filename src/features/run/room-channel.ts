// The room display follows the run through a BroadcastChannel (same origin only). Messages
// carry the run's title, its timing and what the room view says (phase and step titles, the
// step's rule, a cue card the facilitator chose, quiet or passed round): nothing anyone
// typed, ever.
import { roomViewOf, type RoomView } from '../../domain/room-view';
import { parseTiming } from '../../domain/run-timer';
import type { Incident, RunId, RunRecord, RunTiming } from '../../domain/types';

const CHANNEL = 'breathing-space-room';
/** Longer than any phase or step title, rule or cue card: anything longer is not ours. */
const MAX_TEXT = 300;

export interface RoomMessage extends RoomView {
  runId: RunId;
  title: string;
  timing: RunTiming;
}

export function roomMessageOf(run: RunRecord, incidents: readonly Incident[]): RoomMessage {
  return { runId: run.id, title: run.title, timing: run.timing, ...roomViewOf(run, incidents) };
}

function openChannel(): BroadcastChannel | undefined {
  return typeof BroadcastChannel === 'undefined' ? undefined : new BroadcastChannel(CHANNEL);
}

/** Sends the run's state to any open room display. */
export function publishToRoom(run: RunRecord, incidents: readonly Incident[]): void {
  const channel = openChannel();
  channel?.postMessage(roomMessageOf(run, incidents));
  channel?.close();
}

function text(value: unknown): string | null {
  return typeof value === 'string' && value.length <= MAX_TEXT ? value : null;
}

/** Reads a message as the room display receives it, rejecting anything malformed. */
function parseRoomMessage(value: unknown): RoomMessage | undefined {
  const data = value as Partial<Record<keyof RoomMessage, unknown>> | null;
  const timing = parseTiming(data?.timing);
  if (!data || typeof data.runId !== 'string' || !timing) return undefined;
  const step = data.step as { title?: unknown; rule?: unknown } | null | undefined;
  const stepTitle = text(step?.title);
  const rule = text(step?.rule);
  const isPassRound = data.isPassRound === true;
  return {
    runId: data.runId as RunId,
    title: text(data.title) ?? '',
    timing,
    // While the tablet is passed round, nothing but that: whatever else came with it.
    step: !isPassRound && stepTitle !== null && rule !== null ? { title: stepTitle, rule } : null,
    card: isPassRound ? null : text(data.card),
    isQuiet: isPassRound || data.isQuiet === true,
    isPassRound,
  };
}

/** Calls back with each state the run screen sends; returns a function that stops. */
export function followRoom(onMessage: (message: RoomMessage) => void): () => void {
  const channel = openChannel();
  if (!channel) return () => undefined;
  channel.onmessage = (event: MessageEvent<unknown>) => {
    const message = parseRoomMessage(event.data);
    if (message) onMessage(message);
  };
  return () => channel.close();
}
