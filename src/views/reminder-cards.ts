/** Card data for reminders: what is due, when, why (framework section) and who else is involved. */
import { formatLong, type CivilDate } from '../framework/dates';
import type { Obligation } from '../framework/obligations';
import { may } from '../framework/permissions';
import { personName, type ExpenseClaim, type FrameworkSnapshot } from '../framework/records';
import { statusLine } from './format';
import { renderCard, type CardJson } from './templates';
import { claimFacts } from './workflow-cards';
import { REMINDER_TIMING_NOTE, reminderWording } from './reminder-wording';

export type Audience = 'responsible' | 'informed';

function audienceLine(obligation: Obligation, audience: Audience): string {
  if (audience === 'informed') {
    return obligation.escalated
      ? 'For your information (framework 9.1): this dispute has been escalated. You are told so it can be raised at the next YOS Governance Board; you are not asked to decide it.'
      : 'For your information: you are not asked to act.';
  }
  if (obligation.kind !== 'dispute-escalation') return 'You are asked to act on this.';
  return obligation.escalated
    ? 'Escalated to you and the other named person to resolve (framework 9.1).'
    : 'You and the other named person are asked to resolve this locally (framework 9.1).';
}

/**
 * `viewer`: who the card is for, so it offers only what they may use (the board agenda).
 * `refreshUserIds`: the recipient's Teams id, so Teams asks for the card again whenever it is shown
 * (reminder.refresh): the status, and the default and latest dates on its forms, are then those of
 * the day it is read, not the day it was sent.
 */
export function reminderCard(
  obligation: Obligation,
  asOf: CivilDate,
  audience: Audience,
  snapshot: FrameworkSnapshot,
  today: CivilDate = asOf,
  viewer?: string,
  refreshUserIds: string[] = [],
): CardJson {
  const name = (email: string) => personName(snapshot, email);
  const yos = snapshot.yos.find((y) => y.yosId === obligation.yosId);
  const status = statusLine(obligation.due, asOf);
  const wording = reminderWording(obligation, snapshot.policy);
  const people = [
    { role: 'YOS', name: yos?.name ?? obligation.yosId },
    { role: 'Must act', name: obligation.responsible.map(name).join(', ') || '-' },
    ...(obligation.informed.length ? [{ role: 'Informed', name: obligation.informed.map(name).join(', ') }] : []),
  ];
  const claim: ExpenseClaim | undefined = snapshot.claims.find((c) => c.claimId === obligation.subjectId);
  const canAct = audience === 'responsible';
  return renderCard(`reminder-${obligation.kind}`, {
    ...wording,
    timingNote: REMINDER_TIMING_NOTE,
    subject: obligation.subject,
    status: status.text,
    statusColor: status.color,
    section: obligation.section,
    subjectId: obligation.subjectId,
    kind: obligation.kind,
    refreshUserIds,
    yosId: obligation.yosId,
    meetingDate: obligation.kind === 'vacancy-tracker' ? obligation.subjectId.split('@')[1] : '',
    today,
    people,
    audience: audienceLine(obligation, audience),
    canAct,
    canEscalate: canAct && !obligation.escalated,
    informedOnly: !canAct,
    canSeeAgenda: !canAct && !!viewer && !!yos && may('agenda.view', viewer, yos, snapshot).ok,
    claimFacts: claim ? claimFacts(claim) : [],
  });
}

export interface TrackerDigestRow {
  yos: string;
  submitted: boolean;
  submittedDate: CivilDate | null;
}

export function trackerDigestCard(board: string, meetingDate: CivilDate, due: CivilDate, rows: TrackerDigestRow[]): CardJson {
  return renderCard('tracker-digest', {
    board,
    meeting: formatLong(meetingDate),
    due: formatLong(due),
    submittedCount: rows.filter((r) => r.submitted).length,
    total: rows.length,
    rows: rows.map((r) => ({ yos: r.yos, state: r.submitted ? `Submitted ${formatLong(r.submittedDate!)}` : 'Not submitted' })),
  });
}
