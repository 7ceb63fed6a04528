/** `yosbot due`: the open obligations in a window, as JSON rows or a table for people. */
import type { Reacher } from '../notify/reach';
import type { Store } from '../store/store';
import { dueWithin, informedOn, isOverdue, openObligations, type ObligationKind } from '../framework/obligations';
import type { CivilDate } from '../framework/dates';

export interface DueRow {
  kind: ObligationKind;
  due: CivilDate;
  yos: string;
  subject: string;
  responsible: string[];
  informed: string[];
  overdue: boolean;
}

export async function dueReport(store: Store, asOf: CivilDate, days: number): Promise<DueRow[]> {
  const obligations = dueWithin(openObligations(await store.snapshot(asOf), asOf), asOf, days);
  return obligations.map((o) => ({
    kind: o.kind,
    due: o.due,
    yos: o.yosId,
    subject: o.subject,
    responsible: o.responsible,
    informed: informedOn(o, asOf),
    overdue: isOverdue(o, asOf),
  }));
}

/** Must-act people in the rows whom the bot cannot reach in Teams (no chat, roster or installation). */
export async function withoutConversation(store: Store, rows: DueRow[], reacher: Reacher): Promise<string[]> {
  const [people, notes] = await Promise.all([store.people.listPartition('person'), store.roster.unreachableNotes()]);
  const byEmail = new Map(people.map((p) => [p.email, p]));
  const responsible = [...new Set(rows.flatMap((r) => r.responsible))];
  const how = await Promise.all(responsible.map((email) => reacher.assess(byEmail.get(email) ?? { email }, notes)));
  return responsible.filter((_, i) => how[i].how === 'unreachable').sort();
}

export function formatDueTable(rows: DueRow[], asOf: CivilDate, days: number, unreachable: string[] = []): string {
  if (rows.length === 0) return `Nothing due by ${asOf} + ${days} days.`;
  const lines = [`${rows.length} open obligation(s) due by ${asOf} + ${days} days:`];
  for (const r of rows) {
    lines.push(
      `${r.due}  ${r.overdue ? 'OVERDUE ' : '        '}${r.kind.padEnd(18)} ${r.yos.padEnd(12)} ${r.subject}`,
      `            act: ${r.responsible.join(', ') || '-'}; informed: ${r.informed.join(', ') || '-'}`,
    );
  }
  if (unreachable.length) lines.push('', `Cannot be reminded in Teams (yosbot reach says why and what to do): ${unreachable.join(', ')}`);
  return lines.join('\n');
}
