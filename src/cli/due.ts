/** `yosbot due`: the open obligations in a window, as JSON rows or a table for people. */
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

export function formatDueTable(rows: DueRow[], asOf: CivilDate, days: number): string {
  if (rows.length === 0) return `Nothing due by ${asOf} + ${days} days.`;
  const lines = [`${rows.length} open obligation(s) due by ${asOf} + ${days} days:`];
  for (const r of rows) {
    lines.push(
      `${r.due}  ${r.overdue ? 'OVERDUE ' : '        '}${r.kind.padEnd(18)} ${r.yos.padEnd(12)} ${r.subject}`,
      `            act: ${r.responsible.join(', ') || '-'}; informed: ${r.informed.join(', ') || '-'}`,
    );
  }
  return lines.join('\n');
}
