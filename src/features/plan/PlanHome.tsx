import { useEffect } from 'preact/hooks';
import { hrefFor } from '../../app/router';
import { useGroups } from './use-groups';
import { NewGroupForm } from './NewGroupForm';
import { ScreenHeader } from '../../ui/ScreenHeader';
import { preloadOnIntent, preloadPlanPagesWhenSettled } from './plan-pages';

/** The Plan section's start: the groups on this device, and a quick way to start one. */
export function PlanHome() {
  const groups = useGroups();
  const hasGroups = groups.value.length > 0;
  // Once the first screen is complete, its groups shown, the screens behind it come next.
  useEffect(() => (groups.isLoaded ? preloadPlanPagesWhenSettled() : undefined), [groups.isLoaded]);
  return (
    // The screens behind its links load apart: fetched as soon as a link is reached for.
    <div
      class="screen stack"
      onPointerOver={preloadOnIntent}
      onPointerDown={preloadOnIntent}
      onFocusIn={preloadOnIntent}
    >
      <ScreenHeader title="Plan">
        <p class="lede">
          Set up a reflection group, plan its series of workshops and send out the reading.
        </p>
      </ScreenHeader>
      <section class="card" aria-labelledby="groups-heading">
        <h2 id="groups-heading">Groups</h2>
        {/* A line held for the answer, so nothing below moves when it arrives. */}
        {!groups.isLoaded && <p aria-hidden="true">&nbsp;</p>}
        {groups.isLoaded && !hasGroups && (
          <p class="muted">No groups yet. Start one below: it takes a minute.</p>
        )}
        {hasGroups && (
          <ul class="link-list">
            {groups.value.map((group) => (
              <li key={group.id}>
                <a class="link-card" href={hrefFor('plan', 'group', group.id)}>
                  {group.name || 'Untitled group'}
                </a>
              </li>
            ))}
          </ul>
        )}
        <a class="btn" href={hrefFor('plan', 'open')}>
          Open a group file or link
        </a>
      </section>
      <section class="card" aria-labelledby="setup-heading">
        <h2 id="setup-heading">Starting a group for the first time?</h2>
        <p>Six short steps with sound defaults: name, members, dates, turns and ground rules.</p>
        <a class="btn btn-primary" href={hrefFor('plan', 'setup')}>
          Set up a group step by step
        </a>
      </section>
      <NewGroupForm />
      <section class="card" aria-labelledby="guide-heading">
        <h2 id="guide-heading">New to running a reflection group?</h2>
        <p>
          Four phases every time: a catch-up, a reading discussed together, one or two critical
          incidents from practice, and quiet time to reflect. The guide explains each phase, the
          roles, taking turns, and confidentiality.
        </p>
        <a class="btn" href={hrefFor('plan', 'guide')}>
          Read the guide to running the group
        </a>
      </section>
    </div>
  );
}
