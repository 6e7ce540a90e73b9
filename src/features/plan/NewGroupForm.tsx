import { useRef, useState } from 'preact/hooks';
import { useAppState } from '../../app/app-state';
import { navigate } from '../../app/router';
import { addDays } from '../../domain/calendar';
import { systemClock } from '../../domain/clock';
import { deviceTimeZone, zonedDateAt } from '../../domain/time-zone';
import { useIdentifyingDetailsOnDemand } from '../../ui/use-identifying-details-on-demand';
import { parseMemberNames } from './members-input';
import { preloadPlanPages } from './plan-pages';
import { SeriesFields, defaultSeriesChoice } from './SeriesFields';
import { TimeZoneChoice } from './TimeZoneChoice';
import { Button } from '../../ui/Button';
import { Field } from '../../ui/Field';

/** Saving a new group is needed only once the form is used: its code loads then. */
const loadStartGroup = () => import('./start-group');

/**
 * Starting a group in one go: its name, who is in it, and its first series from the
 * template, with sensible defaults everywhere so a team can begin in a minute.
 */
export function NewGroupForm() {
  const { ui } = useAppState();
  const [name, setName] = useState('');
  const [me, setMe] = useState('');
  const [others, setOthers] = useState('');
  const [isPeerLed, setPeerLed] = useState(false);
  const [timeZone, setTimeZone] = useState(deviceTimeZone);
  const [series, setSeries] = useState(() =>
    defaultSeriesChoice(addDays(zonedDateAt(systemClock.now(), timeZone), 14)),
  );
  const [isBusy, setBusy] = useState(false);
  const [isChecking, setChecking] = useState(false);
  const shared = `${name}\n${series.venue}`;
  const check = useIdentifyingDetailsOnDemand(shared, parseMemberNames(`${me}\n${others}`));
  const isPrepared = useRef(false);

  /** Fetches what creating needs while the form is filled in: the check, saving, the next screen. */
  function prepare() {
    if (isPrepared.current) return;
    isPrepared.current = true;
    check.prepare();
    void loadStartGroup().catch(() => undefined);
    preloadPlanPages();
  }

  async function create() {
    setBusy(true);
    try {
      const { startGroup } = await loadStartGroup();
      const seriesId = await startGroup(
        { name, me, others, isPeerLed, timeZone, series },
        systemClock,
      );
      setName('');
      setChecking(false);
      ui.notify('Group and series created.', { tone: 'success' });
      navigate('plan', 'series', seriesId);
    } catch (error) {
      ui.reportError(error, 'create the group');
    } finally {
      setBusy(false);
    }
  }

  function submit(event: Event) {
    event.preventDefault();
    if (!name.trim() || isBusy) return;
    void checkThenCreate();
  }

  /** Nothing is saved until the check has run: it loads first if need be. */
  async function checkThenCreate() {
    setBusy(true);
    try {
      const isClear = await check.isClear();
      setChecking(true);
      if (isClear) await create();
    } catch (error) {
      ui.reportError(error, 'create the group');
    } finally {
      setBusy(false);
    }
  }

  return (
    <section class="card render-when-near" aria-labelledby="new-group-heading">
      <h2 id="new-group-heading">Start a group</h2>
      <form class="stack" onSubmit={submit} onFocusIn={prepare} onInput={prepare}>
        <Field id="new-group-name" label="New group name">
          <input
            type="text"
            autocomplete="off"
            value={name}
            onInput={(event) => setName(event.currentTarget.value)}
          />
        </Field>
        <fieldset class="stack">
          <legend>Members</legend>
          <p class="hint">
            Display names or initials only. Group material may be shared, so the app never needs
            anyone’s full name. You can add and change members later.
          </p>
          <div class="form-grid">
            <Field id="new-group-me" label="You (facilitator)">
              <input
                type="text"
                autocomplete="off"
                value={me}
                onInput={(event) => setMe(event.currentTarget.value)}
              />
            </Field>
            <Field id="new-group-others" label="Other members, one per line">
              <textarea
                rows={4}
                autocomplete="off"
                value={others}
                onInput={(event) => setOthers(event.currentTarget.value)}
              />
            </Field>
          </div>
          <label class="check" htmlFor="new-group-peer">
            <input
              id="new-group-peer"
              type="checkbox"
              checked={isPeerLed}
              onChange={(event) => setPeerLed(event.currentTarget.checked)}
            />
            We take turns to facilitate (a peer-led group)
          </label>
        </fieldset>
        <SeriesFields idPrefix="new-group" value={series} onChange={setSeries} />
        <TimeZoneChoice id="new-group-time-zone" value={timeZone} onChange={setTimeZone} />
        {isChecking && check.Warning && (
          <check.Warning
            text={shared}
            details={check.details}
            onEdit={() => document.getElementById('new-group-name')?.focus()}
            onSaveAnyway={() => {
              check.acceptAll();
              void create();
            }}
          />
        )}
        <div class="row">
          <Button variant="primary" type="submit" disabled={!name.trim()} isBusy={isBusy}>
            Create group
          </Button>
        </div>
      </form>
    </section>
  );
}
