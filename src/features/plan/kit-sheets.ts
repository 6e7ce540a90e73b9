// Which A4 sheets the paper kit prints, in order, and what goes on each. Every sheet is
// planned to fit one page: lists longer than a page (signatures, cards, slips, a long series)
// go on as many sheets as they need, so nothing is cut off at a page's foot.
import { modelsFor } from '../../domain/reflection-models/registry';
import type { WorkshopId } from '../../domain/types';
import {
  cueCardsOf,
  modelsOfSeries,
  perSheet,
  runSheet,
  timetable,
  type CueCard,
  type KitIncident,
  type KitInput,
  type RunSheet,
  type TimetableRow,
} from './paper-kit';

export const KIT_PARTS = [
  'agreement',
  'run-sheets',
  'cue-cards',
  'slips',
  'preparation',
  'timetable',
] as const;
export type KitPart = (typeof KIT_PARTS)[number];

export interface KitChoices {
  parts: ReadonlySet<KitPart>;
  /** One workshop's run sheet, or every workshop's (null). */
  workshopId: WorkshopId | null;
  /** Cards for every model that can hold an incident, not only the series' own. */
  isEveryModel: boolean;
  slipCount: number;
}

/** How much of each list one sheet holds, at the sizes kit.css gives them. */
export const PER_SHEET = {
  signatures: 15,
  cueCards: 8,
  slips: 2,
  /** Incidents on a run sheet's first page; more go on a page of their own. */
  incidents: 2,
  timetableRows: 6,
} as const;

/** Blank lines to sign, after the members' own, for whoever joins. */
const BLANK_SIGNATURES = 3;

export type KitSheet =
  | { kind: 'agreement' }
  | { kind: 'signatures'; names: string[] }
  | { kind: 'run'; sheet: RunSheet; incidents: KitIncident[]; isContinued: boolean }
  | { kind: 'run-rules'; title: string }
  | { kind: 'cue-cards'; cards: CueCard[] }
  | { kind: 'slips'; count: number }
  | { kind: 'preparation' }
  | { kind: 'account' }
  | { kind: 'timetable'; rows: TimetableRow[] };

export function kitSheets(input: KitInput, choices: KitChoices): KitSheet[] {
  const sheetsOf: Record<KitPart, () => KitSheet[]> = {
    agreement: () => [
      { kind: 'agreement' },
      ...perSheet(
        [...input.members.map((m) => m.displayName), ...Array<string>(BLANK_SIGNATURES).fill('')],
        PER_SHEET.signatures,
      ).map((names) => ({ kind: 'signatures' as const, names })),
    ],
    'run-sheets': () =>
      input.workshops
        .filter((w) => choices.workshopId === null || w.id === choices.workshopId)
        .flatMap((workshop) => runSheets(runSheet(input, workshop))),
    'cue-cards': () =>
      perSheet(
        (choices.isEveryModel ? modelsFor('incident') : modelsOfSeries(input)).flatMap(cueCardsOf),
        PER_SHEET.cueCards,
      ).map((cards) => ({ kind: 'cue-cards' as const, cards })),
    slips: () =>
      perSheet(Array<null>(Math.max(0, choices.slipCount)).fill(null), PER_SHEET.slips).map(
        (slips) => ({ kind: 'slips' as const, count: slips.length }),
      ),
    preparation: () => [{ kind: 'preparation' }, { kind: 'account' }],
    timetable: () =>
      perSheet(timetable(input), PER_SHEET.timetableRows).map((rows) => ({
        kind: 'timetable' as const,
        rows,
      })),
  };
  return KIT_PARTS.filter((part) => choices.parts.has(part)).flatMap((part) => sheetsOf[part]());
}

/** A workshop's run sheet: its first page, any incidents that did not fit, then the rules. */
function runSheets(sheet: RunSheet): KitSheet[] {
  const first = sheet.incidents.slice(0, PER_SHEET.incidents);
  const rest = perSheet(sheet.incidents.slice(PER_SHEET.incidents), PER_SHEET.incidents);
  return [
    { kind: 'run', sheet, incidents: first, isContinued: false },
    ...rest.map((incidents) => ({ kind: 'run' as const, sheet, incidents, isContinued: true })),
    { kind: 'run-rules', title: sheet.title },
  ];
}
