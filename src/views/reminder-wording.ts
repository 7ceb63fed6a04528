/**
 * What each reminder says: what the framework asks, in its section's terms, and what follows if
 * it is not done. Product choices (the T&S sign-off days, when reminders go) are said to be ours.
 */
import { addDays } from '../framework/dates';
import type { Obligation, ObligationKind } from '../framework/obligations';
import { DEFAULT_LOCAL_POLICY, type LocalPolicy } from '../framework/local-policy';
import { NO_APPLICANTS_DISCUSSION_WORKING_DAYS } from '../framework/vacancies';

export interface ReminderWording {
  title: string;
  /** What the framework asks, close to its words. */
  asks: string;
  /** What happens next, or if it is not done. */
  consequence: string;
}

/** When reminders go: a product choice, said once on every card. */
export const REMINDER_TIMING_NOTE =
  'Reminder times (14 and 3 days before, on the day, then weekly while overdue) are this product\'s choice, not the framework\'s.';

type Wording = (o: Obligation, policy: LocalPolicy) => ReminderWording;

const WORDING: Record<ObligationKind, Wording> = {
  'three-way-review': () => ({
    title: 'Three-way review due',
    asks: 'Framework 5.3: the NPS link manager maintains contact with secondees and their YOS manager, "to include three-way reviews at least quarterly".',
    consequence: 'Record the review when it is held: the next falls due 3 months later (our reading of "at least quarterly"). Until then this reminder repeats.',
  }),
  'return-plan': () => ({
    title: 'Return-plan meeting due',
    asks:
      'Framework 5.4: "Six months prior to the end of the secondment period a three-way meeting between YOS manager, NPS link manager and secondee must take place to draw up a plan for the return of the secondee and start the recruitment process for a replacement." 5.3: the link manager prepares the secondee for return, no later than 6 months before the planned end. The Head of LDU is informed too, a product choice derived from 5.3, where the link manager must "receive approval from Head of LDU to recruit to the vacancy".',
    consequence: 'Recording the meeting asks whether recruitment for the replacement has started; if not, the vacancy is recorded from the planned end and the staged process of 5.5 runs from then (product choice).',
  }),
  'secondment-end': () => ({
    title: 'Secondment ending',
    asks:
      'Framework 5.4: a secondment is for "a maximum period of three years (2+1)". The Head of LDU is kept informed too, a product choice derived from 5.3: the Head of LDU ensures "Secondment arrangements are managed in accordance with national & divisional agreements".',
    consequence: 'Record the end so reminders stop. If the post will be empty, record the vacancy: the staged process of 5.5 runs from the day it falls vacant (our reading of "unfilled").',
  }),
  'vacancy-tracker': () => ({
    title: 'Vacancy tracker due',
    asks:
      'Framework 5.5: the Vacancy Tracker "must be completed and submitted to NPS by YOT managers/LDU Heads (quarterly, at least 1 week prior to YOGB meeting)", demonstrating efforts to keep recruitment sourced; 5.3 gives the Head of LDU its "submission to NPS".',
    consequence: 'The divisional SPOC reports vacancy management to the Governance Board, and the tracker provides "evidence for reimbursement at Stage 5, where necessary" (5.5).',
  }),
  'expense-signoff': (_o, policy) => ({
    title: 'T&S claim waiting for your sign-off',
    asks:
      'Framework 5.4: secondees "must get sign off for expenses by YOS manager before submitting" through SOP, with a record of authorisation kept for both NPS and YOS finance. 5.3: the secondee gives evidence of each claim to the YOS manager and the link manager.',
    consequence: `The secondee cannot submit the claim in SOP until you decide. The ${policy.expenseSignoffWorkingDays}-working-day date on this card is ${policy.expenseSignoffWorkingDays === DEFAULT_LOCAL_POLICY.expenseSignoffWorkingDays ? 'a product default' : 'a local setting'}, not a framework deadline: the framework sets none.`,
  }),
  'dispute-escalation': (o) =>
    o.escalated
      ? {
          title: 'Dispute escalated to the Head of LDU and YOS senior manager',
          asks:
            'Framework 9.1: "Where the issues cannot be resolved within 28 days from when the dispute was raised, the issue should be escalated to Head of LDU and Senior Manager of YOS to resolve." The NPS divisional SPOC "must be made aware so that this can be raised at the YOS Governance Board".',
          consequence: 'It stays open, and reminded weekly to the Head of LDU and YOS senior manager (product choice), until one of them records it resolved, with its outcome. HMPPS policies apply.',
        }
      : {
          title: 'Dispute: 28 days to resolve locally',
          asks: 'Framework 9.1: "in the first instance the issues should be raised between the YOS manager and the NPS link manager."',
          consequence: `It is yours to resolve up to and including ${o.due} (day 28: "within 28 days" includes it). If it is still not resolved, it is escalated automatically on ${addDays(o.due, 1)} to the Head of LDU and YOS senior manager, and the divisional SPOC is told. You may escalate it sooner (a product choice).`,
        },
  'vacancy-stage-4': () => ({
    title: 'Vacancy at stage 4',
    asks:
      'Framework 5.5, stage 4: "Where there are no operational temporary staff available, and the vacancy has been unfilled for a maximum period of 3 months, then YOT manager is to be informed and where possible, YOT to secure a temporary staff member appropriate to the role and invoice NPS". The NPS SPOC provides the business hub details; the YOS vets the candidate; the cover must be temporary, not employed.',
    consequence: 'Record stage 4 when the YOT manager has been informed, with the evidence. If the post is still unfilled a further month on, stage 5 follows: the NPS reimburses in lieu, on evidence from the YOS.',
  }),
  'no-applicants-discussion': (o) => ({
    title: 'No applicants: discussion with the NPS lead',
    asks: 'Framework 5.5: "Where there are no applicants the YOT manager is to be made aware of this and a discussion held with the NPS lead." Then the staged process of 5.5 must be adhered to.',
    consequence: `Record the discussion on the vacancy record when it has been held. The due date, ${o.due}, is a product default (${NO_APPLICANTS_DISCUSSION_WORKING_DAYS} working days from when it was recorded); the framework sets none. "The NPS lead" is read as the link manager concerned, else the Head of LDU (our reading).`,
  }),
  'vacancy-stage-5': () => ({
    title: 'Vacancy at stage 5: evidence needed',
    asks:
      'Framework 5.5, stage 5: "Following a further period of 1 month, with evidence from YOS that the vacancy remains unfilled by either Probation Officer/PSO or YOT appointed appropriate temporary staff, NPS will provide reimbursement in lieu of the vacancy being filled."',
    consequence:
      'The NPS needs from the YOS: evidence that neither a PO/PSO nor a YOT-appointed temporary worker is in the post, and the efforts made at each stage (the vacancy tracker and this record are that evidence trail). Not paid for fractional PSO resource left unfilled by local arrangements.',
  }),
  'maternity-cover': () => ({
    title: 'Maternity leave: cover to be provided',
    asks:
      'Framework 5.6: "NPS has a statutory responsibility to provide a Probation resource to YOS. Therefore, if a secondment member of staff goes on maternity leave, the NPS have responsibility to ensure cover is provided." In our reading the link manager and the Head of LDU act for the NPS, and the date is the day the leave starts.',
    consequence: 'Record the cover agreed: it opens a vacancy for the cover and the staged process of 5.5 must then be followed for it (5.6).',
  }),
  'sickness-cover': (_o, policy) => ({
    title: 'Long-term sickness absence: agree a solution',
    asks: 'Framework 5.6: "Where there is an issue of long-term sickness, the YOT manager and the NPS lead will need to agree a suitable solution."',
    consequence: `Record what you agreed. Where cover is required, a vacancy is opened and the staged process of 5.5 must be followed (5.6). "Long-term" as over ${policy.longTermSicknessDays} calendar days is ${policy.longTermSicknessDays === DEFAULT_LOCAL_POLICY.longTermSicknessDays ? 'a product default (HMPPS practice)' : 'a local setting'}; the framework does not define it.`,
  }),
};

export function reminderWording(obligation: Obligation, policy: LocalPolicy = DEFAULT_LOCAL_POLICY): ReminderWording {
  return WORDING[obligation.kind](obligation, policy);
}
