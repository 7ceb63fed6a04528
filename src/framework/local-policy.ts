/**
 * Local policy: the settings the framework leaves to the product or to each division, kept apart
 * from the framework's own rules so nothing here is ever presented as the framework's. Pure: the
 * caller passes the environment; config and store carry the result.
 */

export interface ClaimLimits {
  /** Most miles one claim may carry; null = no limit (the framework states none). */
  maxMiles: number | null;
  /** Most pence one claim may carry; null = no limit (the framework states none). */
  maxAmountPence: number | null;
  /** Oldest travel date accepted, in days; null = no limit (the framework states none). */
  maxAgeDays: number | null;
}

export interface LocalPolicy {
  /**
   * Working days a YOS manager has to sign off a T&S claim before reminders say it is overdue.
   * Product default: 5.4 requires sign-off before the claim goes into SOP but sets no deadline.
   */
  expenseSignoffWorkingDays: number;
  /**
   * 9.1 makes the divisional SPOC aware of an escalated dispute; it does not let the SPOC decide it.
   * A division may grant the SPOC the power to mark disputes resolved: off by default.
   */
  spocMayResolveDisputes: boolean;
  claimLimits: ClaimLimits;
  /**
   * A T&S amount above this many pence is asked to be confirmed before it is submitted (null: never).
   * Product default £500: more than one journey's costs usually come to, so most likely a slip
   * (`350` for 3.50). Not a limit: a confirmed amount goes through. The framework sets none.
   */
  claimConfirmAbovePence: number | null;
  /**
   * Calendar days after which a sickness absence counts as long-term, so the YOT manager and the
   * NPS lead must agree a solution (5.6). Product default 28 (HMPPS practice: over 28 calendar
   * days is long-term); the framework does not define "long-term".
   */
  longTermSicknessDays: number;
}

export const DEFAULT_LOCAL_POLICY: LocalPolicy = Object.freeze({
  expenseSignoffWorkingDays: 5,
  spocMayResolveDisputes: false,
  claimLimits: Object.freeze({ maxMiles: null, maxAmountPence: null, maxAgeDays: null }),
  claimConfirmAbovePence: 50_000,
  longTermSicknessDays: 28,
}) as LocalPolicy;

/** The environment variables that set local policy, with what each means (README, help text). */
export const LOCAL_POLICY_VARIABLES: Record<string, string> = {
  EXPENSE_SIGNOFF_WORKING_DAYS: 'working days for T&S sign-off before reminders call it overdue (product default 5; the framework sets no deadline)',
  SPOC_MAY_RESOLVE_DISPUTES: '`true` lets the divisional SPOC mark disputes resolved (default `false`: 9.1 only makes the SPOC aware)',
  CLAIM_MAX_MILES: 'most miles on one T&S claim (default: no limit; the framework states none)',
  CLAIM_MAX_AMOUNT_GBP: 'most pounds on one T&S claim (default: no limit; the framework states none)',
  CLAIM_MAX_AGE_DAYS: 'oldest travel date accepted, in days (default: no limit; the framework states none)',
  CLAIM_CONFIRM_ABOVE_GBP: 'pounds above which a T&S amount must be confirmed on the form before it is submitted (product default 500; `off` never asks; not a limit)',
  LONG_TERM_SICKNESS_DAYS:
    'calendar days after which a sickness absence is long-term and the YOT manager and NPS lead must agree a solution (product default 28, HMPPS practice; the framework does not define "long-term", 5.6)',
};

type Env = Record<string, string | undefined>;

function whole(env: Env, name: string, min: number, max: number): number | null {
  const raw = env[name]?.trim();
  if (!raw) return null;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) throw new Error(`${name} must be a whole number from ${min} to ${max}, got "${raw}"`);
  return n;
}

function flag(env: Env, name: string): boolean | null {
  const raw = env[name]?.trim().toLowerCase();
  if (!raw) return null;
  if (['true', 'yes', '1'].includes(raw)) return true;
  if (['false', 'no', '0'].includes(raw)) return false;
  throw new Error(`${name} must be true or false, got "${env[name]}"`);
}

function confirmAbove(env: Env): number | null {
  if (env.CLAIM_CONFIRM_ABOVE_GBP?.trim().toLowerCase() === 'off') return null;
  const pounds = whole(env, 'CLAIM_CONFIRM_ABOVE_GBP', 1, 1_000_000);
  return pounds === null ? DEFAULT_LOCAL_POLICY.claimConfirmAbovePence : pounds * 100;
}

/** Reads local policy from environment variables; a bad value throws a one-line message. */
export function localPolicyFromEnv(env: Env): LocalPolicy {
  const pounds = whole(env, 'CLAIM_MAX_AMOUNT_GBP', 1, 1_000_000);
  return {
    expenseSignoffWorkingDays: whole(env, 'EXPENSE_SIGNOFF_WORKING_DAYS', 1, 60) ?? DEFAULT_LOCAL_POLICY.expenseSignoffWorkingDays,
    spocMayResolveDisputes: flag(env, 'SPOC_MAY_RESOLVE_DISPUTES') ?? DEFAULT_LOCAL_POLICY.spocMayResolveDisputes,
    claimLimits: {
      maxMiles: whole(env, 'CLAIM_MAX_MILES', 1, 100_000),
      maxAmountPence: pounds === null ? null : pounds * 100,
      maxAgeDays: whole(env, 'CLAIM_MAX_AGE_DAYS', 1, 3650),
    },
    claimConfirmAbovePence: confirmAbove(env),
    longTermSicknessDays: whole(env, 'LONG_TERM_SICKNESS_DAYS', 1, 365) ?? DEFAULT_LOCAL_POLICY.longTermSicknessDays,
  };
}

/** One line per setting, labelled as local policy, for the CLI and the bot to show. */
export function describeLocalPolicy(policy: LocalPolicy): string[] {
  const limits = policy.claimLimits;
  const isDefault = policy.expenseSignoffWorkingDays === DEFAULT_LOCAL_POLICY.expenseSignoffWorkingDays;
  const confirm = policy.claimConfirmAbovePence;
  const confirmSource = confirm === DEFAULT_LOCAL_POLICY.claimConfirmAbovePence ? 'product default' : 'local setting';
  return [
    `T&S sign-off: reminders treat a claim as overdue after ${policy.expenseSignoffWorkingDays} working days (${isDefault ? 'product default' : 'local setting'}; the framework sets no deadline, 5.4).`,
    policy.spocMayResolveDisputes
      ? 'Disputes: the divisional SPOC may mark disputes resolved (local setting; 9.1 only makes the SPOC aware).'
      : 'Disputes: the divisional SPOC is kept informed and cannot resolve disputes (9.1).',
    limits.maxMiles === null && limits.maxAmountPence === null && limits.maxAgeDays === null
      ? 'T&S claim limits: none (the framework states none).'
      : `T&S claim limits (local policy, not the framework): ${[
          limits.maxMiles !== null ? `at most ${limits.maxMiles} miles` : '',
          limits.maxAmountPence !== null ? `at most £${limits.maxAmountPence / 100}` : '',
          limits.maxAgeDays !== null ? `travel within the last ${limits.maxAgeDays} days` : '',
        ]
          .filter(Boolean)
          .join(', ')}.`,
    confirm === null
      ? 'T&S amounts: no amount is asked to be confirmed (local setting).'
      : `T&S amounts over £${confirm / 100} are asked to be confirmed before they are submitted (${confirmSource}; not a limit, the framework states none).`,
    `Long-term sickness (5.6): over ${policy.longTermSicknessDays} calendar days (${policy.longTermSicknessDays === DEFAULT_LOCAL_POLICY.longTermSicknessDays ? 'product default, HMPPS practice' : 'local setting'}; the framework does not define "long-term").`,
  ];
}
