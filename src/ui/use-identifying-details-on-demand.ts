import { useCallback, useMemo, useState } from 'preact/hooks';
import type { IdentifyingDetail } from '../domain/anonymise';
import type * as CheckModule from './identifying-details-check';

type Check = typeof CheckModule;

let loaded: Check | undefined;
let loading: Promise<Check> | undefined;

function loadCheck(): Promise<Check> {
  loading ??= import('./identifying-details-check').then(
    (check) => (loaded = check),
    (error: unknown) => {
      loading = undefined; // a later try may succeed (the network is back, say)
      throw error;
    },
  );
  return loading;
}

/**
 * useIdentifyingDetails for a form on the app's first screen, whose check (the patterns, the
 * names, the warning) would otherwise double what that screen loads: its code is fetched
 * when the form is first used (`prepare`), and `isClear()` waits for it, so nothing is ever
 * saved unchecked. Until then `details` is empty and `Warning` undefined.
 */
export function useIdentifyingDetailsOnDemand(text: string, knownNames: readonly string[] = []) {
  const [check, setCheck] = useState<Check | undefined>(() => loaded);
  const [accepted, setAccepted] = useState<ReadonlySet<string>>(() => new Set());
  const namesKey = knownNames.join('\n');
  // Its form makes a group, so belongs to none yet: the device's country's formats.
  const find = (c: Check, subject: string) =>
    c.withoutAccepted(
      c.findIdentifyingDetails(subject, { ...c.deviceCheckOptions(), knownNames }),
      accepted,
    );
  const details: IdentifyingDetail[] = useMemo(
    () => (check ? find(check, text) : []),
    // knownNames is compared by content: callers often build a fresh array each render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [check, text, namesKey, accepted],
  );
  const load = useCallback(
    () =>
      loadCheck().then((c) => {
        setCheck(() => c);
        return c;
      }),
    [],
  );
  return {
    /** What still looks identifying: the writer has not yet said it is fine. */
    details,
    /** The warning to show for `details`, once the check has loaded. */
    Warning: check?.IdentifyingDetailsWarning,
    /** The writer has looked and says these are fine ("Save anyway"). */
    acceptAll: () => setAccepted(new Set([...accepted, ...details.map((d) => d.text)])),
    /** Starts fetching the check's code, so it is there by the time it is needed. */
    prepare: () => void load().catch(() => undefined),
    /** Whether the text is clear, loading the check first if need be (rejects if it cannot). */
    isClear: async () => find(await load(), text).length === 0,
  };
}
