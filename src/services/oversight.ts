/** The oversight tab's data: the viewer's scope and the picture of those YOS (src/framework/oversight.ts). */
import { stringify } from 'csv-stringify/sync';
import { addMonths, type CivilDate } from '../framework/dates';
import { lastMeetings, oversightScope, oversightView, type OversightView } from '../framework/oversight';
import { normaliseEmail } from '../framework/records';
import type { Store } from '../store/store';

/** Four quarterly meetings fit in 15 months; boards are few, so one range query. */
const HISTORY_MONTHS = 15;

export type OversightResult = { ok: true; viewer: string; basis: string; view: OversightView } | { ok: false; reason: string };

export async function oversightFor(store: Store, viewerEmail: string, asOf: CivilDate): Promise<OversightResult> {
  const snapshot = await store.snapshot(asOf);
  const viewer = normaliseEmail(viewerEmail);
  const scope = oversightScope(viewer, snapshot);
  if (!scope.ok) return scope;
  const pastBoards = (await store.boardsFrom(addMonths(asOf, -HISTORY_MONTHS))).filter((b) => b.meetingDate < asOf);
  const pastSubmissions = await store.trackerSubmissionsFor(lastMeetings(pastBoards, asOf));
  return { ok: true, viewer, basis: scope.basis, view: oversightView(snapshot, { pastBoards, pastSubmissions }, scope.yosIds, asOf) };
}

const CSV_COLUMNS = [
  'yos_id',
  'yos',
  'division',
  'open_vacancies',
  'stage_4_or_5',
  'trackers_missing_or_late',
  'disputes_open',
  'disputes_escalated',
  'ending_within_6_months',
  'past_3_year_maximum',
  'reviews_overdue',
  'claims_waiting',
  'po_fte',
  'po_below_0_5_minimum',
];

/** One row per YOS, as the tab's table shows it (for the board pack). */
export function oversightCsv(view: OversightView): string {
  const rows = view.yos.map((y) => [
    y.yosId,
    y.name,
    y.division,
    y.vacancies.length,
    y.vacancies.filter((v) => v.stage >= 4).length,
    y.trackers.filter((t) => t.status !== 'on time').length,
    y.disputes.filter((d) => !d.escalated).length,
    y.disputes.filter((d) => d.escalated).length,
    y.endingWithin6Months.count,
    y.pastMaximum.count,
    y.reviewsOverdue.count,
    y.claimsWaiting.count,
    y.poFte,
    y.poBelowMinimum ? 'yes' : 'no',
  ]);
  // Cells starting with = + - @ are defused by csv-stringify's quoting plus a leading quote mark.
  const safe = rows.map((r) => r.map((cell) => (typeof cell === 'string' && /^[=+\-@]/.test(cell) ? `'${cell}` : cell)));
  return stringify([CSV_COLUMNS, ...safe]);
}
