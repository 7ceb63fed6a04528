/** The "my claims" card: a person's own T&S claims, and those waiting for or recently decided by them (5.4). */
import { formatLong } from '../framework/dates';
import { personName, type ExpenseClaim, type FrameworkSnapshot } from '../framework/records';
import { formatPounds } from './format';
import { renderCard, type CardJson } from './templates';
import { CLAIM_STATUS_WORD } from './workflow-cards';

export interface ClaimLists {
  own: ExpenseClaim[];
  toDecide: ExpenseClaim[];
  decided: ExpenseClaim[];
}

/** A card stays readable (and under Teams' size limit) with this many claims per section. */
export const CLAIMS_PER_SECTION = 15;

function summary(claim: ExpenseClaim, snapshot: FrameworkSnapshot, withClaimant: boolean): string {
  const costs = [claim.mileage ? `${claim.mileage} miles` : '', claim.amountPence ? formatPounds(claim.amountPence) : ''].filter(Boolean).join(' and ');
  const who = withClaimant ? `${personName(snapshot, claim.secondeeEmail)}, ` : '';
  return `${who}${formatLong(claim.travelDate)}, ${claim.from} to ${claim.to}${costs ? `, ${costs}` : ''}`;
}

function status(claim: ExpenseClaim, snapshot: FrameworkSnapshot): string {
  if (claim.status === 'pending') return `Waiting for sign-off by ${personName(snapshot, claim.approverEmail)} (sent ${formatLong(claim.submittedDate)})`;
  const on = claim.decidedAt ? ` on ${formatLong(claim.decidedAt.slice(0, 10))}` : '';
  return `${CLAIM_STATUS_WORD[claim.status]}${on}`;
}

export function claimsListCard(lists: ClaimLists, viewer: string, snapshot: FrameworkSnapshot, note: { notice?: string; problem?: string } = {}): CardJson {
  const rows = (claims: ExpenseClaim[], withClaimant: boolean) =>
    claims.slice(0, CLAIMS_PER_SECTION).map((c) => ({
      claimId: c.claimId,
      summary: summary(c, snapshot, withClaimant),
      status: status(c, snapshot),
      // Only the claimant takes a claim back, and only before it is decided.
      canWithdraw: c.status === 'pending' && c.secondeeEmail === viewer,
    }));
  const sections = [
    { heading: 'Waiting for your sign-off', items: rows(lists.toDecide, true) },
    { heading: 'Your claims', items: rows(lists.own, false) },
    { heading: 'Recently decided by you', items: rows(lists.decided, true) },
  ].filter((s) => s.items.length);
  return renderCard('claims-list', { sections, notice: note.notice ?? null, problem: note.problem ?? null });
}
