// What the guided set-up has been told so far, kept in memory only: nothing typed here is
// stored anywhere until "Create the group", so leaving the set-up leaves no trace of it.
// From it come the members, the planned workshops and their proposed turns, as they will
// be saved.
import { useMemo, useRef, useState } from 'preact/hooks';
import { isIsoDate } from '../../../domain/calendar';
import { systemClock } from '../../../domain/clock';
import { proposeFirstTurns, turnsBasis, type WorkshopTurns } from '../../../domain/first-turns';
import { DEFAULT_CONFIDENTIALITY, DEFAULT_GROUND_RULES } from '../../../domain/group-defaults';
import { keepMemberIds, proposedFirstDate, type SetupEntries } from '../../../domain/guided-setup';
import { newId } from '../../../domain/ids';
import { planSeries } from '../../../domain/series-plan';
import { deviceTimeZone, zonedDateAt } from '../../../domain/time-zone';
import type { GroupId, Member, MemberId, Workshop } from '../../../domain/types';
import { makeMembers } from '../members-input';
import { defaultSeriesChoice, seriesPlanInput, type SeriesChoice } from '../SeriesFields';

export interface SetupDraft {
  name: string;
  timeZone: string;
  me: string;
  others: string;
  isPeerLed: boolean;
  series: SeriesChoice;
  /** Who facilitates the first workshop; undefined until chosen (then the facilitator). */
  firstFacilitatorId?: MemberId | null;
  /** The turns as changed by hand, with what they were proposed from. */
  editedTurns?: { basis: string; rows: WorkshopTurns[] };
  groundRules: string;
  confidentiality: string;
}

function initialDraft(): SetupDraft {
  const timeZone = deviceTimeZone();
  const start = proposedFirstDate(zonedDateAt(systemClock.now(), timeZone));
  return {
    name: '',
    timeZone,
    me: '',
    others: '',
    isPeerLed: false,
    // The template's numbers, shown as choices the group can change.
    series: { ...defaultSeriesChoice(start), useTemplate: false },
    groundRules: DEFAULT_GROUND_RULES,
    confidentiality: DEFAULT_CONFIDENTIALITY,
  };
}

export function setupEntries(draft: SetupDraft): SetupEntries {
  return {
    name: draft.name,
    facilitator: draft.me,
    startDate: draft.series.startDate,
    startTime: draft.series.startTime,
    groundRules: draft.groundRules,
    confidentiality: draft.confidentiality,
  };
}

export function useSetupDraft() {
  const [groupId] = useState(() => newId<GroupId>());
  const [draft, setDraft] = useState(initialDraft);
  // The draft as of the last change, for code that runs before the next render (Next, after
  // the fields have handed over what they hold).
  const latest = useRef(draft);
  const update = (changes: Partial<SetupDraft>) => {
    latest.current = { ...latest.current, ...changes };
    setDraft(latest.current);
  };

  // Everyone ever named here keeps one id, so their turns survive edits to the list.
  const named = useRef(new Map<string, Member>());
  const members = useMemo(() => {
    const made = makeMembers(groupId, draft.me, draft.others, draft.isPeerLed, systemClock);
    const kept = keepMemberIds(made, [...named.current.values()]);
    for (const member of kept) named.current.set(member.displayName, member);
    return kept;
  }, [groupId, draft.me, draft.others, draft.isPeerLed]);

  const workshops = useMemo<Workshop[]>(
    () =>
      isIsoDate(draft.series.startDate)
        ? planSeries(seriesPlanInput(groupId, draft.series), systemClock).workshops
        : [],
    [groupId, draft.series],
  );

  const isMember = (id: MemberId | null | undefined) => members.some((m) => m.id === id);
  const firstFacilitatorId =
    draft.firstFacilitatorId === null || isMember(draft.firstFacilitatorId)
      ? (draft.firstFacilitatorId ?? null)
      : (members[0]?.id ?? null);
  const basis = turnsBasis(members, workshops, firstFacilitatorId);
  const proposed = useMemo(
    () => proposeFirstTurns(members, workshops, firstFacilitatorId),
    // The basis says everything the proposal is made from.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [basis],
  );
  const edited = draft.editedTurns;
  const turns = edited?.basis === basis ? edited.rows : proposed;

  return {
    groupId,
    draft,
    latest,
    update,
    members,
    workshops,
    firstFacilitatorId,
    turns,
    /** Turns changed by hand had to be proposed again: the members or workshops changed. */
    areTurnsRedone: Boolean(edited && edited.basis !== basis),
    /** Changes one workshop's turns, keeping the rest as they are on screen. */
    changeTurns(index: number, turn: WorkshopTurns) {
      update({ editedTurns: { basis, rows: turns.map((row, at) => (at === index ? turn : row)) } });
    },
    /** Someone else goes first: the rest of the series is proposed again around them. */
    chooseFirstFacilitator(id: MemberId | null) {
      update({ firstFacilitatorId: id, editedTurns: undefined });
    },
    proposeAgain() {
      update({ editedTurns: undefined });
    },
  };
}

export type SetupState = ReturnType<typeof useSetupDraft>;
