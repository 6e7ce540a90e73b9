import { useMemo, useState } from 'preact/hooks';
import {
  findIdentifyingDetails,
  withoutAccepted,
  type IdentifyingDetail,
} from '../domain/anonymise';
import { useCheckOptions } from './check-options';

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
 * Checks shareable text for identifying details as it is typed, with the options of the
 * group on screen (<GroupCheckOptions>) and any names this text may use besides its members'.
 * Any form can use it: save when `isClear`, otherwise show <IdentifyingDetailsWarning> and
 * wait for the writer.
 */
export function useIdentifyingDetails(
  text: string,
  extraNames: readonly string[] = [],
): IdentifyingDetailsCheck {
  const [accepted, setAccepted] = useState<ReadonlySet<string>>(() => new Set());
  const options = useCheckOptions(extraNames);
  const details = useMemo(
    () => withoutAccepted(findIdentifyingDetails(text, options), accepted),
    [text, options, accepted],
  );
  return {
    details,
    isClear: details.length === 0,
    acceptAll: () => setAccepted(new Set([...accepted, ...details.map((d) => d.text)])),
    isClearText: (other) =>
      withoutAccepted(findIdentifyingDetails(other, options), accepted).length === 0,
  };
}
