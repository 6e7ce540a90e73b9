import { useMemo, useState } from 'preact/hooks';
import {
  findIdentifyingDetails,
  withoutAccepted,
  type IdentifyingDetail,
} from '../domain/anonymise';

export interface IdentifyingDetailsCheck {
  /** What still looks identifying: the writer has not yet said it is fine. */
  details: IdentifyingDetail[];
  isClear: boolean;
  /** The writer has looked and says these are fine ("Save anyway"): stop warning about them. */
  acceptAll(): void;
  /** Checks other text at once (say, before saving on close), minding what was accepted. */
  isClearText(text: string): boolean;
}

/**
 * Checks shareable text for identifying details as it is typed. Any form can use it: save
 * when `isClear`, otherwise show <IdentifyingDetailsWarning> and wait for the writer.
 */
export function useIdentifyingDetails(
  text: string,
  knownNames: readonly string[] = [],
): IdentifyingDetailsCheck {
  const [accepted, setAccepted] = useState<ReadonlySet<string>>(() => new Set());
  const namesKey = knownNames.join('\n');
  const details = useMemo(
    () => withoutAccepted(findIdentifyingDetails(text, { knownNames }), accepted),
    // knownNames is compared by content: callers often build a fresh array each render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [text, namesKey, accepted],
  );
  return {
    details,
    isClear: details.length === 0,
    acceptAll: () => setAccepted(new Set([...accepted, ...details.map((d) => d.text)])),
    isClearText: (other) =>
      withoutAccepted(findIdentifyingDetails(other, { knownNames }), accepted).length === 0,
  };
}
