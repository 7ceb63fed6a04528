/** Card data for reminders: what is due, when, why (framework section) and who else is involved. */
import { formatLong, type CivilDate } from '../framework/dates';
import { isOverdue, type Obligation } from '../framework/obligations';
import { personName, type ExpenseClaim, type FrameworkSnapshot } from '../framework/records';
import { statusLine } from './format';
import { renderCard, type CardJson } from './templates';
import { claimFacts } from './workflow-cards';

const TITLES: Record<Obligation['kind'], string> = {
  'three-way-review': 'Three-way review due',
  'return-plan': 'Return-plan meeting due',
  'secondment-end': 'Secondment ending',
  'vacancy-tracker': 'Vacancy tracker due',
  'expense-signoff': 'T&S claim waiting for your sign-off',
  'dispute-escalation': 'Dispute: 28-day local deadline',
  'vacancy-stage-4': 'Vacancy at stage 4',
  'vacancy-stage-5': 'Vacancy at stage 5',
};

export type Audience = 'responsible' | 'escalation';

export function reminderCard(obligation: Obligation, asOf: CivilDate, audience: Audience, snapshot: FrameworkSnapshot, today: CivilDate = asOf): CardJson {
  const name = (email: string) => personName(snapshot, email);
  const yos = snapshot.yos.find((y) => y.yosId === obligation.yosId);
  const status = statusLine(obligation.due, asOf);
  const people = [
    { role: 'YOS', name: yos?.name ?? obligation.yosId },
    { role: 'Must act', name: obligation.responsible.map(name).join(', ') || '-' },
    ...(obligation.informed.length ? [{ role: 'Informed', name: obligation.informed.map(name).join(', ') }] : []),
    ...(isOverdue(obligation, asOf) && obligation.escalation.length ? [{ role: 'Escalated to', name: obligation.escalation.map(name).join(', ') }] : []),
  ];
  const claim: ExpenseClaim | undefined = snapshot.claims.find((c) => c.claimId === obligation.subjectId);
  return renderCard(`reminder-${obligation.kind}`, {
    title: TITLES[obligation.kind],
    subject: obligation.subject,
    status: status.text,
    statusColor: status.color,
    section: obligation.section,
    subjectId: obligation.subjectId,
    yosId: obligation.yosId,
    meetingDate: obligation.kind === 'vacancy-tracker' ? obligation.subjectId.split('@')[1] : '',
    today,
    people,
    audience:
      audience === 'escalation'
        ? 'Escalated to you: the 28 days for local resolution have passed (framework 9.1).'
        : 'You are asked to resolve this locally or escalate it.',
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
