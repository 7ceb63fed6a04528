/**
 * What the sweep sends about the YOS Governance Board (see src/framework/governance-board.ts):
 * - the board pack to each portfolio lead, once per YOGB meeting (outbox key
 *   `board-pack:<board>:<date>`, stage `board-pack`), from 7 days before the meeting until it;
 * - a warning to the portfolio lead(s) and every SPOC when no YOGB is scheduled within the next 3
 *   months, once per calendar quarter (outbox key `no-yogb:<year>-Q<n>`, stage `warning`).
 * Both go through the outbox like reminders, so exactly once across restarts and instances.
 */
import type { CivilDate } from '../framework/dates';
import { boardGap, boardPacksDue } from '../framework/governance-board';
import { portfolioLeads, type FrameworkSnapshot } from '../framework/records';
import type { Store } from '../store/store';
import { boardPackCard, noBoardScheduledCard } from '../views/board-cards';
import { BOARD_PACK_STAGE, NO_BOARD_STAGE } from './policy';
import type { PlannedReminder } from './sweep';

async function unsent(store: Store, key: string, stage: string, recipients: string[]): Promise<string[]> {
  const history = await store.outbox.history(key);
  return recipients.filter((r) => !history.some((h) => h.recipient === r && h.stage === stage && h.status === 'sent'));
}

export async function planBoardMail(store: Store, snapshot: FrameworkSnapshot, asOf: CivilDate): Promise<PlannedReminder[]> {
  const planned: PlannedReminder[] = [];
  const leads = portfolioLeads(snapshot);
  for (const meeting of leads.length ? boardPacksDue(snapshot, asOf) : []) {
    const key = `board-pack:${meeting.board}:${meeting.meetingDate}`;
    for (const recipient of await unsent(store, key, BOARD_PACK_STAGE, leads)) {
      planned.push({ key, stage: BOARD_PACK_STAGE, recipient, kind: 'board-pack', card: () => boardPackCard(snapshot, asOf, meeting) });
    }
  }
  const gap = boardGap(snapshot, asOf);
  if (gap) {
    const key = `no-yogb:${gap.quarter}`;
    const spocs = [...new Set(snapshot.yos.map((y) => y.spocEmail))].filter((e) => !leads.includes(e));
    for (const recipient of await unsent(store, key, NO_BOARD_STAGE, [...leads, ...spocs])) {
      const audience = leads.includes(recipient) ? 'portfolio-lead' : 'spoc';
      planned.push({ key, stage: NO_BOARD_STAGE, recipient, kind: 'no-board-scheduled', card: () => noBoardScheduledCard(gap, audience) });
    }
  }
  return planned;
}
