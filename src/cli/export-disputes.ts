/**
 * `yosbot export disputes`: every dispute (open, escalated, resolved) as CSV, with when it was
 * raised, escalated and resolved, by whom, and its outcome: 9.1's "issues and outcome" for the
 * Governance Board and for audit.
 */
import { stringify } from 'csv-stringify/sync';
import { todayInLondon, type CivilDate } from '../framework/dates';
import { AUTOMATIC, escalationDate, isEscalated, localDeadline } from '../framework/disputes';
import type { Store } from '../store/store';

export const DISPUTE_COLUMNS = [
  'dispute_id',
  'yos_id',
  'yos_name',
  'status',
  'summary',
  'raised_date',
  'raised_by',
  'raised_by_name',
  'link_manager_email',
  'resolve_locally_by',
  'escalated_date',
  'escalated_by',
  'escalated_by_name',
  'resolved_date',
  'resolved_by',
  'resolved_by_name',
  'outcome',
  'notes',
];

export interface DisputeExportOptions {
  yosId?: string;
  /** Raised on or after / on or before. */
  from?: CivilDate;
  to?: CivilDate;
  /** The day "escalated after 28 days" is judged on (default: today). */
  asOf?: CivilDate;
}

export async function exportDisputes(store: Store, options: DisputeExportOptions = {}): Promise<string> {
  const asOf = options.asOf ?? todayInLondon();
  const [disputes, people, yos] = await Promise.all([
    store.disputes.listAll(),
    store.people.listPartition('person'),
    store.yos.listPartition('yos'),
  ]);
  const name = (email: string | null) => (email && email !== AUTOMATIC ? (people.find((p) => p.email === email)?.name ?? '') : '');
  const chosen = disputes
    .filter(
      (d) =>
        (!options.yosId || d.yosId === options.yosId) &&
        (!options.from || d.raisedDate >= options.from) &&
        (!options.to || d.raisedDate <= options.to),
    )
    .sort((a, b) => a.raisedDate.localeCompare(b.raisedDate) || a.disputeId.localeCompare(b.disputeId));
  const rows: (string | number)[][] = [];
  for (const d of chosen) {
    const notes = (await store.disputeNotes.listPartition(d.disputeId)).sort((a, b) => a.noteId.localeCompare(b.noteId));
    // Escalated at day 28 by the framework itself, even before a sweep stamped the record.
    const escalated = d.escalatedDate ?? (isEscalated(d, asOf) ? escalationDate(d) : null);
    const escalatedBy = d.escalatedBy ?? (escalated ? AUTOMATIC : '');
    const status = d.status === 'open' && escalated ? 'escalated' : d.status;
    rows.push([
      d.disputeId,
      d.yosId,
      yos.find((y) => y.yosId === d.yosId)?.name ?? '',
      status,
      d.summary,
      d.raisedDate,
      d.raisedByEmail,
      name(d.raisedByEmail),
      d.linkManagerEmail ?? '',
      localDeadline(d),
      escalated ?? '',
      escalatedBy === AUTOMATIC ? 'automatic (after day 28)' : escalatedBy,
      name(escalatedBy),
      d.resolvedDate ?? '',
      d.resolvedBy ?? '',
      name(d.resolvedBy),
      d.outcome ?? '',
      notes.map((n) => `${n.at.slice(0, 10)} ${name(n.by) || n.by}: ${n.text}`).join(' | '),
    ]);
  }
  // Cells starting with = + - @ are prefixed so spreadsheets do not run them as formulas.
  const safe = rows.map((r) => r.map((c) => (typeof c === 'string' && /^[=+\-@]/.test(c) ? `'${c}` : c)));
  return stringify([DISPUTE_COLUMNS, ...safe]);
}
