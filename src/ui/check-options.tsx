// What the identifying-details check needs to know about the group whose material is on
// screen (its members' names, its jurisdiction, its local words), given once by the screen
// and read by every checked field inside it.
import { createContext, type ComponentChildren } from 'preact';
import { useContext, useMemo } from 'preact/hooks';
import type { CheckOptions } from '../domain/anonymise';
import { jurisdictionFromLocale, type Jurisdiction } from '../domain/jurisdiction';
import type { Group, Member } from '../domain/types';

const CheckOptionsContext = createContext<CheckOptions | undefined>(undefined);

/** The jurisdiction of the device's locale: a group's until it chooses its own. */
export function deviceJurisdiction(): Jurisdiction {
  return jurisdictionFromLocale(globalThis.navigator?.language);
}

/** The device's own options, for material that belongs to no group (the CPD draft). */
export function deviceCheckOptions(): CheckOptions {
  return { jurisdiction: deviceJurisdiction() };
}

/** The options for a group's material: its members, its chosen jurisdiction, its words. */
export function groupCheckOptions(
  group: Pick<Group, 'jurisdiction' | 'localWords'> | undefined,
  members: readonly Pick<Member, 'displayName'>[],
): CheckOptions {
  return {
    knownNames: members.map((member) => member.displayName),
    jurisdiction: group?.jurisdiction ?? deviceJurisdiction(),
    localWords: group?.localWords ?? [],
  };
}

/** Gives every checked field inside it the group's options. */
export function GroupCheckOptions(props: {
  group: Pick<Group, 'jurisdiction' | 'localWords'> | undefined;
  members: readonly Pick<Member, 'displayName'>[];
  children: ComponentChildren;
}) {
  const options = groupCheckOptions(props.group, props.members);
  const stable = useStable(options);
  return (
    <CheckOptionsContext.Provider value={stable}>{props.children}</CheckOptionsContext.Provider>
  );
}

/**
 * The options in force here (the group's, else the device's), with any names this field
 * adds (a reading's authors). The same object while its content is the same, so checks that
 * depend on it run again only when something in it changed.
 */
export function useCheckOptions(extraNames: readonly string[] = []): CheckOptions {
  const given = useContext(CheckOptionsContext) ?? deviceCheckOptions();
  const knownNames = [...(given.knownNames ?? []), ...extraNames];
  return useStable({ ...given, knownNames });
}

const keyOf = (options: CheckOptions) =>
  JSON.stringify([options.jurisdiction, options.knownNames, options.localWords]);

function useStable(options: CheckOptions): CheckOptions {
  const key = keyOf(options);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- compared by content, through key
  return useMemo(() => options, [key]);
}
