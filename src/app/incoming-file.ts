// A group file the installed app was opened with (the file's "Open with", through the
// manifest's file_handlers and the Launch Queue): held here until Plan's open screen reads it.
import { navigate } from './router';

let waiting: File | null = null;

interface LaunchParams {
  files: readonly FileSystemFileHandle[];
}
interface LaunchQueue {
  setConsumer(consumer: (params: LaunchParams) => void): void;
}

/** Listens for files the app is launched with; nothing where the platform has no queue. */
export function receiveLaunchedFiles(): void {
  const queue = (globalThis as { launchQueue?: LaunchQueue }).launchQueue;
  queue?.setConsumer((params) => {
    const [handle] = params.files;
    if (!handle) return;
    void handle.getFile().then((file) => {
      waiting = file;
      navigate('plan', 'open');
    });
  });
}

/** The file the app was opened with, once: a second look finds nothing. */
export function takeLaunchedFile(): File | null {
  const file = waiting;
  waiting = null;
  return file;
}
