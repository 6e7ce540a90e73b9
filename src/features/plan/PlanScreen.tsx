import { useSignal } from '@preact/signals';
import { useAppState } from '../../app/app-state';
import { systemClock } from '../../domain/clock';
import { makeGroup } from '../../domain/group';
import { saveGroup } from '../../db/groups';
import { useGroups } from './use-groups';

/** Plan: the groups on this device, and where a new one starts. */
export default function PlanScreen() {
  const { ui } = useAppState();
  const groups = useGroups();
  const name = useSignal('');

  async function createGroup(event: Event) {
    event.preventDefault();
    if (!name.value.trim()) return;
    try {
      await saveGroup(makeGroup(name.value, systemClock));
      name.value = '';
    } catch (error) {
      ui.reportError(error, 'create the group');
    }
  }

  return (
    <div class="screen stack">
      <header>
        <h1>Plan</h1>
        <p class="lede">
          Set up a reflection group, plan its series of workshops and send out the reading.
        </p>
      </header>
      <section class="card" aria-labelledby="groups-heading">
        <h2 id="groups-heading">Groups</h2>
        {groups.isLoaded && groups.value.length === 0 && (
          <p class="muted">No groups yet. Start one below.</p>
        )}
        <ul class="group-list">
          {groups.value.map((group) => (
            <li key={group.id}>{group.name}</li>
          ))}
        </ul>
        <form class="row" onSubmit={createGroup}>
          <div class="field">
            <label htmlFor="new-group-name">New group name</label>
            <input
              id="new-group-name"
              type="text"
              autocomplete="off"
              value={name.value}
              onInput={(event) => (name.value = event.currentTarget.value)}
            />
          </div>
          <button type="submit" class="btn btn-primary" disabled={!name.value.trim()}>
            Create group
          </button>
        </form>
      </section>
    </div>
  );
}
