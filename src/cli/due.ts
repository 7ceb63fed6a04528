/**
 * `yosbot due`: the open obligations in a window. `--json` gives the SPEC's rows with email arrays
 * for scripts; the table for people gives dates, YOS names and people's names.
 */
import type { Reacher } from '../notify/reach';
import type { Store } from '../store/store';
import { dueWithin, isOverdue, openObligations, type ObligationKind } from '../framework/obligations';
import { addDays, daysBetween, formatLong, type CivilDate } from '../framework/dates';
import type { FrameworkSnapshot } from '../framework/records';

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
    informed: o.informed,
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

export interface Names {
  person(email: string): string;
  yos(yosId: string): string;
}

/** Names from a snapshot; anyone not in the records shows as their email. */
export function namesFrom(snapshot: Pick<FrameworkSnapshot, 'people' | 'yos'>): Names {
  const people = new Map(snapshot.people.map((p) => [p.email, p.name]));
  const yos = new Map(snapshot.yos.map((y) => [y.yosId, y.name]));
  return { person: (e) => people.get(e) ?? e, yos: (id) => yos.get(id) ?? id };
}

function lateness(row: DueRow, asOf: CivilDate): string {
  const days = daysBetween(asOf, row.due);
  if (days > 0) return `in ${days} day${days === 1 ? '' : 's'}`;
  if (days === 0) return 'due today';
  return `OVERDUE by ${-days} day${days === -1 ? '' : 's'}`;
}

export function formatDueTable(rows: DueRow[], asOf: CivilDate, days: number, names: Names, unreachable: string[] = []): string {
  const horizon = `${formatLong(addDays(asOf, days))} (${days} day${days === 1 ? '' : 's'} from ${formatLong(asOf)})`;
  if (rows.length === 0) return `Nothing due on or before ${horizon}.`;
  const people = (emails: string[]) => emails.map(names.person).join(', ') || '-';
  const lines = [`${rows.length} open obligation${rows.length === 1 ? '' : 's'} due on or before ${horizon}, overdue ones included:`];
  for (const r of rows) {
    lines.push(
      '',
      `${r.due}  ${lateness(r, asOf).padEnd(18)} ${r.kind.padEnd(18)} ${names.yos(r.yos)}`,
      `    ${r.subject}`,
      `    must act: ${people(r.responsible)}`,
      `    informed: ${people(r.informed)}`,
    );
  }
  if (unreachable.length) {
    const who = unreachable.map((e) => (names.person(e) === e ? e : `${names.person(e)} <${e}>`));
    lines.push('', `Cannot be reminded in Teams (yosbot reach says why and what to do): ${who.join(', ')}`);
  }
  return lines.join('\n');
}
