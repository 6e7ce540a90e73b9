import { useState } from 'preact/hooks';
import { DEFAULT_CONFIDENTIALITY, DEFAULT_GROUND_RULES } from '../../../domain/group-defaults';
import type { Group } from '../../../domain/types';
import { Button } from '../../../ui/Button';

interface Props {
  id: string;
  group: Group | undefined;
  /** Open from the start: at the first workshop of a series. */
  isShownAtFirst: boolean;
}

/** The group's ground rules and confidentiality agreement, shown on request in any phase. */
export function Agreements({ id, group, isShownAtFirst }: Props) {
  const [isShown, setShown] = useState(isShownAtFirst);
  return (
    <section class="card stack" aria-labelledby={id}>
      <div class="row run-section-head">
        <h2 id={id}>Ground rules and confidentiality</h2>
        <Button aria-expanded={isShown} onClick={() => setShown(!isShown)}>
          {isShown ? 'Hide the ground rules' : 'Show the ground rules'}
        </Button>
      </div>
      {isShown && (
        <div class="run-agreement">
          <h3>Ground rules</h3>
          <p>{group?.groundRules || DEFAULT_GROUND_RULES}</p>
          <h3>Confidentiality</h3>
          <p>{group?.confidentiality || DEFAULT_CONFIDENTIALITY}</p>
        </div>
      )}
    </section>
  );
}
