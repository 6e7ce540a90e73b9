import { useContext, useState } from 'preact/hooks';
import { useAppState } from '../../app/app-state';
import { Button } from '../../ui/Button';
import { UnsavedTextContext, type UnsavedText } from '../../ui/unsaved-text';

type Stage = 'closed' | 'confirming' | 'unsaved';

/**
 * "Finish the workshop", asked twice over: are you sure, and, if anything typed is not
 * saved (notes or themes held back by the identifying-details check, an answer not yet
 * put away), what to do with each: edit it, save it anyway, or let it go. Finishing never
 * drops typing silently; it goes ahead with some left only when the facilitator says so.
 */
export function FinishCheck({ onFinish }: { onFinish: () => void }) {
  const { flush } = useAppState();
  const registry = useContext(UnsavedTextContext);
  const [stage, setStage] = useState<Stage>('closed');
  const [isBusy, setBusy] = useState(false);
  const unsaved = stage === 'unsaved' ? (registry?.list() ?? []) : [];

  async function finishIfAllSaved() {
    setBusy(true);
    try {
      // What is safe to save is saved now; only what needs a decision is left.
      await flush.flushAll();
      if ((registry?.list() ?? []).length === 0) onFinish();
      else setStage('unsaved');
    } finally {
      setBusy(false);
    }
  }

  async function handle(action: () => Promise<void>) {
    setBusy(true);
    try {
      await action();
    } finally {
      setBusy(false);
    }
  }

  if (stage === 'closed') {
    return <Button onClick={() => setStage('confirming')}>Finish the workshop</Button>;
  }
  if (stage === 'confirming') {
    return (
      <span class="row run-confirm" role="group" aria-label="Finish the workshop?">
        <span>Finish the workshop now?</span>
        <Button variant="primary" disabled={isBusy} onClick={() => void finishIfAllSaved()}>
          Yes, finish
        </Button>
        <Button onClick={() => setStage('closed')}>Keep going</Button>
      </span>
    );
  }
  return (
    <div class="run-unsaved stack" role="group" aria-labelledby="unsaved-heading">
      <p id="unsaved-heading">
        <strong>
          {unsaved.length > 0 ? 'Some typing is not saved yet.' : 'Everything typed is saved.'}
        </strong>{' '}
        {unsaved.length > 0 && 'Keep it or let it go before the workshop finishes.'}
      </p>
      {unsaved.length > 0 && (
        <ul class="run-unsaved-list">
          {unsaved.map((item) => (
            <UnsavedItem key={item.label} item={item} isBusy={isBusy} onAction={handle} />
          ))}
        </ul>
      )}
      <div class="row">
        <Button variant={unsaved.length > 0 ? undefined : 'primary'} onClick={onFinish}>
          {unsaved.length > 0 ? 'Finish, and let these go' : 'Finish the workshop now'}
        </Button>
        <Button onClick={() => setStage('closed')}>Keep going</Button>
      </div>
    </div>
  );
}

function UnsavedItem(props: {
  item: UnsavedText;
  isBusy: boolean;
  onAction: (action: () => Promise<void>) => Promise<void>;
}) {
  const { item, isBusy, onAction } = props;
  return (
    <li>
      <span class="run-unsaved-what">
        <strong>{item.label}</strong>: {item.reason}.
      </span>
      <span class="row">
        <Button aria-label={`Edit: ${item.label}`} onClick={item.edit}>
          Edit
        </Button>
        <Button
          aria-label={`Save anyway: ${item.label}`}
          disabled={isBusy}
          onClick={() => void onAction(item.saveAnyway)}
        >
          Save anyway
        </Button>
        <Button
          aria-label={`Discard: ${item.label}`}
          disabled={isBusy}
          onClick={() => void onAction(item.discard)}
        >
          Discard
        </Button>
      </span>
    </li>
  );
}
