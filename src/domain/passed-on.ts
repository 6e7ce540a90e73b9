// What helped and what hindered, passed on from people's own action cards to the follow-up
// workshop, anonymously: only the statements each person picked, with nothing to say whose
// they are or when they were written (no name, no date, no card, no action). The follow-up
// takes them in and shows them grouped, the same words counted once with how many said them.
import * as v from 'valibot';
import type { ActionCard } from './action-cards';
import { deflate, fromLinkText, inflate, LinkDataError, toLinkText } from './link-encoding';

export interface PassedOn {
  helped: string[];
  hindered: string[];
}

const PASSED_ON_FORMAT = 'breathing-space/passed-on';
const PASSED_ON_VERSION = 1;
export const PASSED_ON_EXTENSION = '.bspassedon';
export const PASSED_ON_MEDIA_TYPE = 'application/vnd.breathing-space.passed-on+json';
/** Where a link of them opens: `#/run/passed-on/<data>`. */
export const PASSED_ON_ROUTE = 'passed-on';

const LIMITS = { statements: 60, length: 2_000, unpacked: 512 * 1024 };

const Statements = v.pipe(
  v.array(v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(LIMITS.length))),
  v.maxLength(LIMITS.statements),
);

const PassedOnSchema = v.object({
  format: v.literal(PASSED_ON_FORMAT),
  version: v.literal(PASSED_ON_VERSION),
  helped: Statements,
  hindered: Statements,
});

export class PassedOnError extends Error {
  override name = 'PassedOnError';
}

/** One person's statements, as they could pick them: each follow-up's, newest first. */
export function statementsOf(cards: readonly ActionCard[]): PassedOn {
  const helped: string[] = [];
  const hindered: string[] = [];
  for (const card of cards) {
    for (const action of card.actions) {
      for (const followUp of [...action.followUps].reverse()) {
        if (followUp.helped.trim()) helped.push(followUp.helped.trim());
        if (followUp.hindered.trim()) hindered.push(followUp.hindered.trim());
      }
    }
  }
  return { helped: [...new Set(helped)], hindered: [...new Set(hindered)] };
}

export function passedOnFileText(picked: PassedOn): string {
  return JSON.stringify({
    format: PASSED_ON_FORMAT,
    version: PASSED_ON_VERSION,
    helped: picked.helped,
    hindered: picked.hindered,
  });
}

export function readPassedOnFile(text: string): PassedOn {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new PassedOnError('Not JSON');
  }
  const result = v.safeParse(PassedOnSchema, json);
  if (!result.success) throw new PassedOnError('Not statements passed on');
  return { helped: result.output.helped, hindered: result.output.hindered };
}

export async function passedOnLinkData(picked: PassedOn): Promise<string> {
  return toLinkText(await deflate(passedOnFileText(picked)));
}

export async function readPassedOnLink(data: string): Promise<PassedOn> {
  try {
    return readPassedOnFile(await inflate(fromLinkText(data), LIMITS.unpacked));
  } catch (error) {
    if (error instanceof LinkDataError) throw new PassedOnError(error.message);
    throw error;
  }
}

/** Both lists, with what `more` adds; at most the file's limit of each, oldest kept. */
export function addPassedOn(to: PassedOn | undefined, more: PassedOn): PassedOn {
  const cap = (list: string[]) => list.slice(0, LIMITS.statements * 20);
  return {
    helped: cap([...(to?.helped ?? []), ...more.helped]),
    hindered: cap([...(to?.hindered ?? []), ...more.hindered]),
  };
}

export interface GroupedStatement {
  text: string;
  count: number;
}

/**
 * The same words said by several people, counted once: matched whatever their case, spacing
 * or closing full stop. Most said first, then in the order they came in.
 */
export function groupStatements(statements: readonly string[]): GroupedStatement[] {
  const groups = new Map<string, GroupedStatement>();
  for (const text of statements) {
    const key = text
      .toLowerCase()
      .replace(/\s+/g, ' ')
      .replace(/[.!]+$/, '')
      .trim();
    const group = groups.get(key);
    if (group) group.count += 1;
    else groups.set(key, { text, count: 1 });
  }
  return [...groups.values()].sort((a, b) => b.count - a.count);
}
