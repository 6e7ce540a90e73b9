import { afterEach, describe, expect, it } from 'vitest';
import { receiveLaunchedFiles, takeLaunchedFile } from '../../../src/app/incoming-file';

type Consumer = (params: { files: { getFile(): Promise<File> }[] }) => void;

afterEach(() => {
  delete (globalThis as { launchQueue?: unknown }).launchQueue;
});

describe('a group file the installed app is opened with', () => {
  it('is held for Plan’s open screen, which it is sent to, and taken once', async () => {
    let consumer: Consumer | undefined;
    (globalThis as { launchQueue?: unknown }).launchQueue = {
      setConsumer: (given: Consumer) => (consumer = given),
    };
    const location = { hash: '' };
    Object.assign(globalThis, { location });
    receiveLaunchedFiles();
    const file = new File(['{}'], 'North team.bsgroup');
    consumer!({ files: [{ getFile: async () => file }] });
    await Promise.resolve();
    await Promise.resolve();
    expect(location.hash).toBe('#/plan/open');
    expect(takeLaunchedFile()).toBe(file);
    expect(takeLaunchedFile()).toBeNull();
  });

  it('does nothing where the platform has no launch queue, or the launch brought no file', () => {
    expect(() => receiveLaunchedFiles()).not.toThrow();
    let consumer: Consumer | undefined;
    (globalThis as { launchQueue?: unknown }).launchQueue = {
      setConsumer: (given: Consumer) => (consumer = given),
    };
    receiveLaunchedFiles();
    consumer!({ files: [] });
    expect(takeLaunchedFile()).toBeNull();
  });
});
