// The room display follows the run through a BroadcastChannel (same origin only). Messages
// carry the timing and the run's title only: phase titles and times, nothing private.
import { parseTiming } from '../../domain/run-timer';
import type { RunId, RunRecord, RunTiming } from '../../domain/types';

const CHANNEL = 'breathing-space-room';

export interface RoomMessage {
  runId: RunId;
  title: string;
  timing: RunTiming;
}

export function roomMessageOf(run: RunRecord): RoomMessage {
  return { runId: run.id, title: run.title, timing: run.timing };
}

function openChannel(): BroadcastChannel | undefined {
  return typeof BroadcastChannel === 'undefined' ? undefined : new BroadcastChannel(CHANNEL);
}

/** Sends the run's state to any open room display. */
export function publishToRoom(run: RunRecord): void {
  const channel = openChannel();
  channel?.postMessage(roomMessageOf(run));
  channel?.close();
}

/** Calls back with each state the run screen sends; returns a function that stops. */
export function followRoom(onMessage: (message: RoomMessage) => void): () => void {
  const channel = openChannel();
  if (!channel) return () => undefined;
  channel.onmessage = (event: MessageEvent<unknown>) => {
    const data = event.data as Partial<RoomMessage> | null;
    const timing = parseTiming(data?.timing);
    if (data?.runId && timing) {
      onMessage({ runId: data.runId, title: String(data.title ?? ''), timing });
    }
  };
  return () => channel.close();
}
