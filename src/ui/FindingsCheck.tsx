import type { IdentifyingDetail } from '../domain/anonymise';
import { Button } from './Button';
import { describeDetailKind } from './identifying-detail-words';

export interface Finding {
  /** Where it is, in the app's words: "Workshop 2 of 5 · venue". */
  where: string;
  detail: IdentifyingDetail;
}

interface Props {
  findings: readonly Finding[];
  /** What going ahead does: "Save the file anyway". */
  proceedLabel: string;
  onProceed: () => void;
  onCancel: () => void;
}

/**
 * What the identifying-details check found in material about to be shared, each with where it
 * is, before anything leaves the tablet. Going ahead is a deliberate second tap.
 */
export function FindingsCheck({ findings, proceedLabel, onProceed, onCancel }: Props) {
  return (
    <div class="identifying-warning stack" role="alert">
      <p>
        <strong>
          Before it is shared: {findings.length === 1 ? 'one thing' : `${findings.length} things`}{' '}
          may identify someone.
        </strong>{' '}
        Put them right where they are (use initials or roles), or, if you have checked and they
        identify nobody, go ahead.
      </p>
      <ul class="findings-list">
        {findings.slice(0, 20).map(({ where, detail }, index) => (
          <li key={index}>
            {where}: “{detail.text}” looks like {describeDetailKind(detail.kind)}
          </li>
        ))}
        {findings.length > 20 && <li>and {findings.length - 20} more</li>}
      </ul>
      <div class="row">
        <Button onClick={onCancel}>Not now</Button>
        <Button variant="danger" onClick={onProceed}>
          {proceedLabel}
        </Button>
      </div>
    </div>
  );
}
