/**
 * Travel and subsistence claim form rules (pure). A claim needs a journey, a purpose and a
 * mileage and/or an amount that are positive; the travel date must be a real day, not in the
 * future. The framework (5.4) states no limit on miles, amounts or age: any such limit is local
 * policy (`ClaimLimits`), off by default and labelled as local policy when it refuses a claim.
 */
import { addDays, parseCivilDate, type CivilDate } from './dates';
import { DEFAULT_LOCAL_POLICY, type ClaimLimits } from './local-policy';
import { formatPence, parseFigure, parsePounds } from './money';
import type { ExpenseClaim, Grade } from './records';

/** Input sanity, not policy: beyond these a figure is a typing slip, whatever the local rules. */
export const FORM_BOUNDS = { maxMileage: 100_000, maxAmountPence: 100_000_000, maxText: 200 };

/** The fields of a claim the secondee fills in. */
export type ClaimForm = Pick<ExpenseClaim, 'travelDate' | 'from' | 'to' | 'purpose' | 'mileage' | 'amountPence' | 'saturdayCourt'>;

export type FormResult<T> = { ok: true; value: T } | { ok: false; errors: Record<string, string>; values: Record<string, string> };

function text(raw: unknown): string {
  return typeof raw === 'string' ? raw.trim() : typeof raw === 'number' ? String(raw) : '';
}

const LOCAL = 'Local policy, not the framework:';

/**
 * An amount above `confirmAbovePence` (a product check, not a limit) needs the form's
 * `confirmAmount` to name that very amount in pence: ticking the box once cannot confirm a different
 * figure typed later. `values.confirmFor` tells the form which amount to offer to confirm.
 */
function checkLargeAmount(pence: number, confirmAbovePence: number | null, values: Record<string, string>, errors: Record<string, string>): void {
  if (confirmAbovePence === null || pence <= confirmAbovePence) return;
  values.confirmFor = String(pence);
  if (values.confirmAmount === values.confirmFor) return;
  values.confirmAmount = ''; // a tick for another amount: shown unticked
  errors.confirmAmount =
    `Please confirm ${formatPence(pence)}: it is more than ${formatPence(confirmAbovePence)}, more than one claim usually carries ` +
    '(a product check, not a framework limit). Tick "This amount is right" and submit again, or correct the amount.';
}

export function validateClaimForm(
  raw: Record<string, unknown>,
  today: CivilDate,
  grade: Grade,
  limits: ClaimLimits = DEFAULT_LOCAL_POLICY.claimLimits,
  confirmAbovePence: number | null = DEFAULT_LOCAL_POLICY.claimConfirmAbovePence,
): FormResult<ClaimForm> {
  const values: Record<string, string> = {};
  for (const key of ['travelDate', 'from', 'to', 'purpose', 'mileage', 'amount', 'saturdayCourt', 'confirmAmount']) values[key] = text(raw[key]).slice(0, 300);
  const errors: Record<string, string> = {};

  const travelDate = parseCivilDate(values.travelDate);
  if (!values.travelDate) errors.travelDate = 'Enter the date of travel.';
  else if (!travelDate) errors.travelDate = 'Enter a real date (YYYY-MM-DD).';
  else if (travelDate > today) errors.travelDate = 'The travel date cannot be in the future.';
  else if (limits.maxAgeDays !== null && travelDate < addDays(today, -limits.maxAgeDays)) {
    errors.travelDate = `${LOCAL} travel more than ${limits.maxAgeDays} days ago is claimed outside the bot.`;
  }

  for (const field of ['from', 'to', 'purpose'] as const) {
    if (!values[field]) errors[field] = `Enter ${field === 'purpose' ? 'the purpose of the journey' : `where you travelled ${field}`}.`;
    else if (values[field].length > FORM_BOUNDS.maxText) errors[field] = `Keep it under ${FORM_BOUNDS.maxText} characters.`;
  }

  const miles = parseFigure(values.mileage);
  const money = parsePounds(values.amount);
  const mileage = miles.ok ? miles.value : Number.NaN;
  const pence = money.ok ? money.value : Number.NaN;
  if (!miles.ok) errors.mileage = miles.error || 'Mileage must be a positive number of miles.';
  else if (mileage > FORM_BOUNDS.maxMileage) errors.mileage = 'That mileage looks like a typing slip; check the figure.';
  else if (limits.maxMiles !== null && mileage > limits.maxMiles) errors.mileage = `${LOCAL} more than ${limits.maxMiles} miles on one claim is claimed outside the bot.`;
  if (!money.ok) errors.amount = money.error;
  else if (pence > FORM_BOUNDS.maxAmountPence) errors.amount = 'That amount looks like a typing slip; check the figure.';
  else if (limits.maxAmountPence !== null && pence > limits.maxAmountPence) {
    errors.amount = `${LOCAL} more than £${limits.maxAmountPence / 100} on one claim is claimed outside the bot.`;
  } else checkLargeAmount(pence, confirmAbovePence, values, errors);
  if (!errors.mileage && !errors.amount && mileage === 0 && pence === 0) errors.amount = 'Enter a mileage, an amount, or both.';

  const saturdayCourt = values.saturdayCourt === 'true';
  if (saturdayCourt && grade !== 'PSO') errors.saturdayCourt = 'Saturday court work by agreement applies to PSOs.';

  if (Object.keys(errors).length) return { ok: false, errors, values };
  return {
    ok: true,
    value: { travelDate: travelDate as CivilDate, from: values.from, to: values.to, purpose: values.purpose, mileage, amountPence: pence, saturdayCourt },
  };
}
