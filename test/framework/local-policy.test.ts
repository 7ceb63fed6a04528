import { expect } from 'chai';
import { DEFAULT_LOCAL_POLICY, describeLocalPolicy, localPolicyFromEnv } from '../../src/framework/local-policy';
import { validateClaimForm } from '../../src/framework/expenses';

const claim = { travelDate: '2027-01-05', from: 'Northampton', to: 'Kettering', purpose: 'Court', mileage: '2400', amount: '1500.00' };

describe('local policy: what the framework leaves to the product or the division', () => {
  it('defaults: 5 working days for T&S sign-off (product default), the SPOC cannot resolve, no claim limits', () => {
    expect(localPolicyFromEnv({})).to.deep.equal(DEFAULT_LOCAL_POLICY);
    expect(DEFAULT_LOCAL_POLICY).to.deep.include({ expenseSignoffWorkingDays: 5, spocMayResolveDisputes: false });
    expect(DEFAULT_LOCAL_POLICY.claimLimits).to.deep.equal({ maxMiles: null, maxAmountPence: null, maxAgeDays: null });
    expect(DEFAULT_LOCAL_POLICY.claimConfirmAbovePence, 'a product default, not a limit').to.equal(50_000);
  });

  it('reads each setting from the environment and refuses a bad value with a one-line message naming it', () => {
    const policy = localPolicyFromEnv({ EXPENSE_SIGNOFF_WORKING_DAYS: '10', SPOC_MAY_RESOLVE_DISPUTES: 'true', CLAIM_MAX_MILES: '500', CLAIM_MAX_AMOUNT_GBP: '250', CLAIM_MAX_AGE_DAYS: '90' });
    expect(policy).to.deep.equal({ expenseSignoffWorkingDays: 10, spocMayResolveDisputes: true, claimLimits: { maxMiles: 500, maxAmountPence: 25_000, maxAgeDays: 90 }, claimConfirmAbovePence: 50_000, longTermSicknessDays: 28 });
    expect(localPolicyFromEnv({ CLAIM_CONFIRM_ABOVE_GBP: '200' }).claimConfirmAbovePence).to.equal(20_000);
    expect(localPolicyFromEnv({ CLAIM_CONFIRM_ABOVE_GBP: 'off' }).claimConfirmAbovePence).to.equal(null);
    expect(() => localPolicyFromEnv({ CLAIM_CONFIRM_ABOVE_GBP: '3,50' })).to.throw('CLAIM_CONFIRM_ABOVE_GBP must be a whole number from 1 to 1000000');
    expect(() => localPolicyFromEnv({ EXPENSE_SIGNOFF_WORKING_DAYS: 'five' })).to.throw('EXPENSE_SIGNOFF_WORKING_DAYS must be a whole number from 1 to 60, got "five"');
    expect(() => localPolicyFromEnv({ SPOC_MAY_RESOLVE_DISPUTES: 'perhaps' })).to.throw('SPOC_MAY_RESOLVE_DISPUTES must be true or false');
  });

  it('long-term sickness (5.6 does not define it): product default 28 calendar days, LONG_TERM_SICKNESS_DAYS sets it, labelled as such', () => {
    expect(DEFAULT_LOCAL_POLICY.longTermSicknessDays).to.equal(28);
    expect(describeLocalPolicy(DEFAULT_LOCAL_POLICY).join('\n')).to.contain('over 28 calendar days (product default, HMPPS practice; the framework does not define "long-term")');
    const local = localPolicyFromEnv({ LONG_TERM_SICKNESS_DAYS: '20' });
    expect(local.longTermSicknessDays).to.equal(20);
    expect(describeLocalPolicy(local).join('\n')).to.contain('over 20 calendar days (local setting');
    expect(() => localPolicyFromEnv({ LONG_TERM_SICKNESS_DAYS: '0' })).to.throw('LONG_TERM_SICKNESS_DAYS must be a whole number from 1 to 365, got "0"');
  });

  it('says which settings are product defaults or local choices, never the framework\'s', () => {
    const lines = describeLocalPolicy(DEFAULT_LOCAL_POLICY).join('\n');
    expect(lines).to.contain('5 working days (product default; the framework sets no deadline, 5.4)');
    expect(lines).to.contain('claim limits: none (the framework states none)');
    expect(lines).to.contain('T&S amounts over £500 are asked to be confirmed before they are submitted (product default; not a limit, the framework states none).');
    const local = describeLocalPolicy(localPolicyFromEnv({ EXPENSE_SIGNOFF_WORKING_DAYS: '3', CLAIM_MAX_MILES: '500', SPOC_MAY_RESOLVE_DISPUTES: 'yes' })).join('\n');
    expect(local).to.contain('3 working days (local setting');
    expect(local).to.contain('T&S claim limits (local policy, not the framework): at most 500 miles');
    expect(local).to.contain('SPOC may mark disputes resolved (local setting');
  });
});

describe('T&S claim form (5.4 states no limits)', () => {
  it('accepts a long journey and a large amount by default (once the amount is confirmed): the framework sets no limit', () => {
    const unconfirmed = validateClaimForm(claim, '2027-01-10', 'PO');
    expect(unconfirmed.ok).to.equal(false);
    if (!unconfirmed.ok) expect(Object.keys(unconfirmed.errors)).to.deep.equal(['confirmAmount']);
    const result = validateClaimForm({ ...claim, confirmAmount: '150000' }, '2027-01-10', 'PO');
    expect(result.ok).to.equal(true);
    if (result.ok) expect(result.value.amountPence).to.equal(150_000);
    expect(validateClaimForm(claim, '2027-01-10', 'PO', undefined, null).ok, 'never asked when the check is off').to.equal(true);
    const old = validateClaimForm({ ...claim, travelDate: '2025-01-05', confirmAmount: '150000' }, '2027-01-10', 'PO');
    expect(old.ok).to.equal(true);
  });

  it('applies configured limits and says they are local policy, not the framework', () => {
    const limits = { maxMiles: 1000, maxAmountPence: 100_000, maxAgeDays: 183 };
    const result = validateClaimForm({ ...claim, travelDate: '2026-06-01' }, '2027-01-10', 'PO', limits);
    expect(result.ok).to.equal(false);
    if (result.ok) return;
    expect(result.errors.mileage).to.equal('Local policy, not the framework: more than 1000 miles on one claim is claimed outside the bot.');
    expect(result.errors.amount).to.equal('Local policy, not the framework: more than £1000 on one claim is claimed outside the bot.');
    expect(result.errors.travelDate).to.match(/^Local policy, not the framework: travel more than 183 days ago/);
  });

  it('still refuses figures that can only be typing slips, and future travel', () => {
    const result = validateClaimForm({ ...claim, mileage: '1000000', travelDate: '2027-02-01' }, '2027-01-10', 'PO');
    expect(result.ok).to.equal(false);
    if (result.ok) return;
    expect(result.errors.mileage).to.contain('typing slip');
    expect(result.errors.travelDate).to.equal('The travel date cannot be in the future.');
  });
});
