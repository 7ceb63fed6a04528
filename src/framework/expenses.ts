/**
 * Travel and subsistence claim form rules (pure). A claim needs a journey, a purpose and a
 * mileage and/or an amount that are positive; the travel date must be a real day, not in the
 * future. The framework (5.4) states no limit on miles, amounts or age: any such limit is local
 * policy (`ClaimLimits`), off by default and labelled as local policy when it refuses a claim.
 */
import { addDays, parseCivilDate, type CivilDate } from './dates';
import { DEFAULT_LOCAL_POLICY, type ClaimLimits } from './local-policy';
import type { ExpenseClaim, Grade } from './records';

/** Input sanity, not policy: beyond these a figure is a typing slip, whatever the local rules. */
export const FORM_BOUNDS = { maxMileage: 100_000, maxAmountPence: 100_000_000, maxText: 200 };

/** The fields of a claim the secondee fills in. */
export type ClaimForm = Pick<ExpenseClaim, 'travelDate' | 'from' | 'to' | 'purpose' | 'mileage' | 'amountPence' | 'saturdayCourt'>;

export type FormResult<T> = { ok: true; value: T } | { ok: false; errors: Record<string, string>; values: Record<string, string> };

function text(raw: unknown): string {
  return typeof raw === 'string' ? raw.trim() : typeof raw === 'number' ? String(raw) : '';
}

/** A non-negative number from a form field; '' is 0. NaN for anything else. */
function number(raw: unknown): number {
  const s = text(raw).replace(/^£/, '').replace(/,/g, '');
  if (s === '') return 0;
  return /^\d+(\.\d+)?$/.test(s) ? Number(s) : Number.NaN;
}

const LOCAL = 'Local policy, not the framework:';

export function validateClaimForm(raw: Record<string, unknown>, today: CivilDate, grade: Grade, limits: ClaimLimits = DEFAULT_LOCAL_POLICY.claimLimits): FormResult<ClaimForm> {
  const values: Record<string, string> = {};
  for (const key of ['travelDate', 'from', 'to', 'purpose', 'mileage', 'amount', 'saturdayCourt']) values[key] = text(raw[key]).slice(0, 300);
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

  const mileage = number(raw.mileage);
  const amount = number(raw.amount);
  if (Number.isNaN(mileage)) errors.mileage = 'Mileage must be a positive number of miles.';
  else if (mileage > FORM_BOUNDS.maxMileage) errors.mileage = 'That mileage looks like a typing slip; check the figure.';
  else if (limits.maxMiles !== null && mileage > limits.maxMiles) errors.mileage = `${LOCAL} more than ${limits.maxMiles} miles on one claim is claimed outside the bot.`;
  if (Number.isNaN(amount)) errors.amount = 'The amount must be a positive sum in pounds, e.g. 12.50.';
  else if (Math.round(amount * 100) > FORM_BOUNDS.maxAmountPence) errors.amount = 'That amount looks like a typing slip; check the figure.';
  else if (limits.maxAmountPence !== null && Math.round(amount * 100) > limits.maxAmountPence) {
    errors.amount = `${LOCAL} more than £${limits.maxAmountPence / 100} on one claim is claimed outside the bot.`;
  } else if (Math.round(amount * 100) !== Math.round(amount * 1000) / 10) errors.amount = 'Use pounds and pence, e.g. 12.50.';
  if (!errors.mileage && !errors.amount && mileage === 0 && amount === 0) errors.amount = 'Enter a mileage, an amount, or both.';

  const saturdayCourt = values.saturdayCourt === 'true';
  if (saturdayCourt && grade !== 'PSO') errors.saturdayCourt = 'Saturday court work by agreement applies to PSOs.';

  if (Object.keys(errors).length) return { ok: false, errors, values };
  return {
    ok: true,
    value: { travelDate: travelDate as CivilDate, from: values.from, to: values.to, purpose: values.purpose, mileage, amountPence: Math.round(amount * 100), saturdayCourt },
  };
}
