/**
 * Who gets the one notice card of an obligation (pure). Every person an obligation lists as
 * informed is told once, through the outbox (key: obligation id, stage `notice`, recipient), when
 * the obligation first comes within the reminder window: with its first reminder stage to those
 * who must act (14 days before the due date under the default policy, or at once when it is
 * already due or overdue). It is not repeated with later reminder stages.
 *
 * Nobody gets the same news twice, so these informed people are left out:
 * - those who must act on the same obligation: their reminders say it all;
 * - those in `notify`: they already get the one "informed" card of that obligation (9.1: the SPOC
 *   "must be made aware" of an escalated dispute, and the local parties are told it has left them);
 * - the claimant of a T&S claim: the claim card in their own chat already says whose sign-off it
 *   waits for (the link manager, also informed, does get the notice).
 * The SPOC's tracker digest is not an obligation's informed list, so it is unaffected.
 */
import type { Obligation } from '../framework/obligations';
import type { FrameworkSnapshot } from '../framework/records';

export function noticeRecipients(obligation: Obligation, snapshot: Pick<FrameworkSnapshot, 'claims'>): string[] {
  const claimant =
    obligation.kind === 'expense-signoff' ? snapshot.claims.find((c) => c.claimId === obligation.subjectId)?.secondeeEmail : undefined;
  return obligation.informed.filter(
    (email) => !obligation.responsible.includes(email) && !obligation.notify.includes(email) && email !== claimant,
  );
}
