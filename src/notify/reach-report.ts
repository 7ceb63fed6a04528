/**
 * The reach report (`yosbot reach`, and the SPOC's card): every person holding a framework role,
 * and how the bot reaches them in Teams: through a chat they opened ('chat'), a chat opened from
 * a team roster ('roster'), the app installed for them through Graph ('installed'), or not at all
 * ('unreachable', with the reason and what to do). Reading it opens nothing.
 */
import type { CivilDate } from '../framework/dates';
import { describeRoles } from '../framework/personal';
import { personName, portfolioLeads, type FrameworkSnapshot, type Yos } from '../framework/records';
import type { Reacher } from './reach';
import type { Store } from '../store/store';
import type { ReachRow } from '../views/reach-card';

export type { ReachRow } from '../views/reach-card';

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
  // The portfolio lead's role is national (the board pack, 9.1): in the whole report only.
  if (!yosIds) for (const e of portfolioLeads(snapshot)) emails.add(e);
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
