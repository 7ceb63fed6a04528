/** `yosbot export expenses [--from] [--to]`: decided T&S claims as CSV for NPS and YOS finance (5.4). */
import { stringify } from 'csv-stringify/sync';
import { todayInLondon, type CivilDate } from '../framework/dates';
import type { Store } from '../store/store';

export const EXPENSE_COLUMNS = [
  'claim_id', 'secondee_email', 'secondee_name', 'yos_id', 'yos_name', 'secondment_id', 'travel_date', 'from', 'to', 'purpose',
  'mileage', 'amount_gbp', 'saturday_court', 'submitted_date', 'decision', 'decided_by', 'decided_at', 'comment',
];

/** The London date a claim was decided on: what finance means by "decided in June" (not the UTC date). */
function decidedDay(decidedAt: string): CivilDate {
  return todayInLondon(new Date(decidedAt));
}

/** Claims decided from `from` to `to`, both London civil dates and inclusive; either may be left open. */
export async function exportExpenses(store: Store, from?: CivilDate, to?: CivilDate): Promise<string> {
  const [claims, people, yos] = await Promise.all([store.claimLedger.decidedClaims(), store.people.listPartition('person'), store.yos.listPartition('yos')]);
  const name = (email: string) => people.find((p) => p.email === email)?.name ?? '';
  const inPeriod = (day: CivilDate) => (!from || day >= from) && (!to || day <= to);
  const rows = claims
    // A withdrawn claim was never decided: finance has nothing to pay or recharge.
    .filter((c) => c.status !== 'withdrawn' && c.decidedAt && inPeriod(decidedDay(c.decidedAt)))
    .sort((a, b) => (a.decidedAt ?? '').localeCompare(b.decidedAt ?? '') || a.claimId.localeCompare(b.claimId))
    .map((c) => [
      c.claimId, c.secondeeEmail, name(c.secondeeEmail), c.yosId, yos.find((y) => y.yosId === c.yosId)?.name ?? '', c.secondmentId,
      c.travelDate, c.from, c.to, c.purpose, c.mileage, (c.amountPence / 100).toFixed(2), c.saturdayCourt ? 'yes' : 'no',
      c.submittedDate, c.status, c.decidedBy, c.decidedAt, c.comment ?? '',
    ]);
  // Cells starting with = + - @ are prefixed so spreadsheets do not run them as formulas.
  const safe = rows.map((r) => r.map((v) => (typeof v === 'string' && /^[=+\-@]/.test(v) ? `'${v}` : v)));
  return stringify([EXPENSE_COLUMNS, ...safe]);
}
