/** What the board agenda needs beyond the day's snapshot: resolved disputes and the last board held. */
import type { AgendaHistory } from '../framework/agenda';
import type { CivilDate } from '../framework/dates';
import type { Store } from '../store/store';

export async function agendaHistory(store: Store, asOf: CivilDate): Promise<AgendaHistory> {
  const [resolved, boards] = await Promise.all([store.disputes.listPartition('closed'), store.boards.listAll()]);
  const held = boards
    .map((b) => b.meetingDate)
    .filter((d) => d < asOf)
    .sort();
  return { resolved, lastBoardDate: held.at(-1) ?? null };
}
