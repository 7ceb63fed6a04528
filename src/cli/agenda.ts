/** `yosbot agenda`: the Governance Board agenda (9.1 escalated disputes, 5.5 vacancy management) as text. */
import { formatLong } from '../framework/dates';
import type { BoardAgenda } from '../framework/agenda';
import type { Names } from './due';

export function formatAgenda(agenda: BoardAgenda, names: Names): string {
  const lines: string[] = [
    agenda.meetingDate
      ? `Agenda for the ${agenda.board} on ${formatLong(agenda.meetingDate)} (as of ${formatLong(agenda.asOf)})`
      : `Agenda for the next Governance Board (none scheduled after ${formatLong(agenda.asOf)}; import boards)`,
    `YOS: ${agenda.yos.join(', ') || 'none'}`,
    '',
    `1. Escalated disputes (framework 9.1: raised at the YOS Governance Board so the issues and outcome are managed and resolved): ${agenda.disputes.length || 'none'}`,
  ];
  for (const d of agenda.disputes) {
    lines.push(
      `   ${d.disputeId}  ${d.yos}: raised ${d.raisedDate}, escalated ${d.how} on ${d.escalatedDate}`,
      `      ${d.summary}`,
      `      to resolve: ${d.toResolve.map(names.person).join(', ') || '-'}`,
    );
  }
  lines.push(`   Resolved since ${agenda.resolvedSince} (the last board, or the last 90 days): ${agenda.resolved.length || 'none'}`);
  for (const d of agenda.resolved) {
    lines.push(
      `   ${d.disputeId}  ${d.yos}: raised ${d.raisedDate}, ${d.escalatedDate ? `escalated ${d.escalatedDate}, ` : ''}resolved ${d.resolvedDate}${d.resolvedBy ? ` by ${names.person(d.resolvedBy)}` : ''}`,
      `      ${d.summary}`,
      `      outcome: ${d.outcome}`,
    );
  }
  lines.push('', `2. Vacancy management (framework 5.5: the SPOC reports efforts to keep recruitment sourced): ${agenda.vacancies.length || 'no open vacancies'}`);
  for (const v of agenda.vacancies) {
    lines.push(
      `   ${v.vacancyId}  ${v.yos}: ${v.grade} ${v.fte} FTE, vacant since ${v.openedDate} (${v.daysVacant} days); ` +
        (v.stage ? `stage ${v.stage} (${v.stageName}) on ${v.stageDate}` : 'no stage recorded yet') +
        `; ${v.cover}`,
      `      next: ${v.next}`,
    );
  }
  if (agenda.meetingDate) {
    lines.push('', `3. Vacancy trackers for this meeting (5.5: at least 1 week before): ${agenda.trackers.length ? '' : 'none owed'}`);
    for (const t of agenda.trackers) lines.push(`   ${t.yos}: ${t.submitted ? `submitted ${t.submittedDate}` : 'NOT SUBMITTED'}`);
  }
  lines.push('', 'Evidence trail per vacancy: yosbot export vacancies');
  return lines.join('\n');
}
