/**
 * The notice card an informed person gets once per obligation (src/notify/notices.ts): what is
 * happening, who must act, the due date and the section, and that no action is asked of them.
 */
import { formatLong, type CivilDate } from '../framework/dates';
import type { Obligation } from '../framework/obligations';
import { personName, type FrameworkSnapshot } from '../framework/records';
import { statusLine } from './format';
import { reminderWording } from './reminder-wording';
import { renderCard, type CardJson } from './templates';

/** When notices go: a product choice, said on every notice. */
export const NOTICE_TIMING_NOTE =
  'Sent once, when the item first comes up for reminders (this product\'s choice, not the framework\'s); you are not reminded again. It stays under "For your information" in my deadlines until it is closed.';

export function informedNoticeCard(obligation: Obligation, asOf: CivilDate, snapshot: FrameworkSnapshot): CardJson {
  const name = (email: string) => personName(snapshot, email);
  const mustAct = obligation.responsible.map(name).join(', ') || 'no one is named in the records';
  const status = statusLine(obligation.due, asOf);
  const wording = reminderWording(obligation, snapshot.policy);
  const yos = snapshot.yos.find((y) => y.yosId === obligation.yosId);
  return renderCard('informed-notice', {
    title: wording.title,
    subject: obligation.subject,
    status: status.text,
    statusColor: status.color,
    audience: `You are informed: no action is asked of you. ${mustAct} must act on it.`,
    asks: wording.asks,
    mustAct,
    section: obligation.section,
    facts: [
      { title: 'Must act', value: mustAct },
      { title: 'Due', value: formatLong(obligation.due) },
      { title: 'YOS', value: yos?.name ?? obligation.yosId },
      { title: 'Framework section', value: obligation.section },
    ],
    timingNote: NOTICE_TIMING_NOTE,
  });
}
