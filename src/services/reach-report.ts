/**
 * The reach report (`yosbot reach`, and the SPOC's card): every person holding a framework role,
 * and how the bot reaches them in Teams: through a chat they opened ('chat'), a chat opened from
 * a team roster ('roster'), the app installed for them through Graph ('installed'), or not at all
 * ('unreachable', with the reason and what to do). Reading it opens nothing.
 */
import type { CivilDate } from '../framework/dates';
import { describeRoles } from '../framework/personal';
import { personName, type FrameworkSnapshot, type Yos } from '../framework/records';
import type { Assessment, Reacher } from '../notify/reach';
import type { Store } from '../store/store';

export interface ReachRow extends Assessment {
  email: string;
  name: string;
  roles: string[];
}

/** Everyone with a role in these YOS (all YOS when none are given). */
export function peopleWithRoles(snapshot: FrameworkSnapshot, yosIds?: string[]): string[] {
  const inScope = (y: Pick<Yos, 'yosId'>) => !yosIds || yosIds.includes(y.yosId);
  const emails = new Set<string>();
  for (const y of snapshot.yos.filter(inScope)) {
    for (const e of [y.yotManagerEmail, y.yosSeniorManagerEmail, y.headOfLduEmail, y.spocEmail, y.deputyEmail]) if (e) emails.add(e);
  }
  for (const s of snapshot.secondments.filter(inScope)) {
    emails.add(s.secondeeEmail);
    emails.add(s.linkManagerEmail);
  }
  return [...emails].sort();
}

const ORDER = { unreachable: 0, roster: 1, installed: 2, chat: 3 } as const;

/** One row per person, the unreachable first (they need someone to act). */
export async function reachReport(store: Store, reacher: Reacher, asOf: CivilDate, yosIds?: string[]): Promise<ReachRow[]> {
  const snapshot = await store.snapshot(asOf);
  const notes = await store.roster.unreachableNotes();
  const people = new Map(snapshot.people.map((p) => [p.email, p]));
  const rows: ReachRow[] = [];
  const emails = peopleWithRoles(snapshot, yosIds);
  for (let i = 0; i < emails.length; i += 16) {
    rows.push(...(await Promise.all(emails.slice(i, i + 16).map(async (email) => {
      const assessment = await reacher.assess(people.get(email) ?? { email }, notes);
      return { email, name: personName(snapshot, email), roles: describeRoles(snapshot, email), ...assessment };
    }))));
  }
  return rows.sort((a, b) => ORDER[a.how] - ORDER[b.how] || a.email.localeCompare(b.email));
}

/** What each way of reaching means, in words for people. */
export function howInWords(row: Pick<ReachRow, 'how' | 'ready'>): string {
  switch (row.how) {
    case 'chat':
      return 'chat (they opened it)';
    case 'roster':
      return row.ready ? 'roster (chat opened from a team)' : 'roster (chat opens with the first message)';
    case 'installed':
      return row.ready ? 'installed (app installed through Graph)' : 'installed (app installed with the first message)';
    default:
      return 'unreachable';
  }
}

export function formatReachTable(rows: ReachRow[]): string {
  if (rows.length === 0) return 'Nobody holds a role yet: import YOS and secondments first.';
  const unreachable = rows.filter((r) => r.how === 'unreachable').length;
  const lines = [`${rows.length} people with a role; ${rows.length - unreachable} reachable in Teams, ${unreachable} not.`];
  for (const r of rows) {
    lines.push(`${r.email.padEnd(40)} ${howInWords(r)}`, `    ${r.roles.join('; ') || 'no role'}`);
    if (r.reason) lines.push(`    why: ${r.reason}`);
    if (r.action) lines.push(`    to do: ${r.action}`);
  }
  return lines.join('\n');
}
