import { useState } from 'preact/hooks';
import { useAppState } from '../../app/app-state';
import { navigate } from '../../app/router';
import { addDays, londonDateAt } from '../../domain/calendar';
import { systemClock } from '../../domain/clock';
import { makeGroup } from '../../domain/group';
import { IdentifyingDetailsWarning } from '../../ui/IdentifyingDetailsWarning';
import { useIdentifyingDetails } from '../../ui/use-identifying-details';
import { makeMembers, parseMemberNames } from './members-input';
import { SeriesFields, defaultSeriesChoice, seriesPlanInput } from './SeriesFields';
import { planSeries } from '../../domain/series-plan';
import { createGroup } from './plan-changes';
import { Button } from '../../ui/Button';
import { Field } from '../../ui/Field';

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
  const [series, setSeries] = useState(() =>
    defaultSeriesChoice(addDays(londonDateAt(systemClock.now()), 14)),
  );
  const [isBusy, setBusy] = useState(false);
  const [isChecking, setChecking] = useState(false);
  const shared = `${name}\n${series.venue}`;
  const check = useIdentifyingDetails(shared, parseMemberNames(`${me}\n${others}`));

  async function create() {
    setBusy(true);
    try {
      const group = makeGroup(name, systemClock);
      const members = makeMembers(group.id, me, others, isPeerLed, systemClock);
      const plan = planSeries(seriesPlanInput(group.id, series), systemClock);
      await createGroup({ group, members, series: plan.series, workshops: plan.workshops });
      setName('');
      setChecking(false);
      ui.notify('Group and series created.', { tone: 'success' });
      navigate('plan', 'series', plan.series.id);
    } catch (error) {
      ui.reportError(error, 'create the group');
    } finally {
      setBusy(false);
    }
  }

  function submit(event: Event) {
    event.preventDefault();
    if (!name.trim() || isBusy) return;
    setChecking(true);
    if (check.isClear) void create();
  }

  return (
    <section class="card render-when-near" aria-labelledby="new-group-heading">
      <h2 id="new-group-heading">Start a group</h2>
      <form class="stack" onSubmit={submit}>
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
        {isChecking && (
          <IdentifyingDetailsWarning
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
          <Button variant="primary" type="submit" disabled={!name.trim() || isBusy}>
            Create group
          </Button>
        </div>
      </form>
    </section>
  );
}
