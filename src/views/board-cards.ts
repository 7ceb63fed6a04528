/**
 * Cards for the YOS Governance Board's chair and SPOCs (src/framework/governance-board.ts): the
 * portfolio lead's board pack (the board agenda for every division) and the warning that no
 * YOGB is scheduled within the next 3 months.
 */
import { boardAgenda } from '../framework/agenda';
import { formatLong, type CivilDate } from '../framework/dates';
import type { BoardGap } from '../framework/governance-board';
import type { BoardMeeting, FrameworkSnapshot } from '../framework/records';
import { renderCard, type CardJson } from './templates';
import { boardAgendaCard } from './vacancy-cards';

export const BOARD_PACK_INTRO =
  'Board pack for the chair (framework 9.1: the Governance Board "is chaired by the NPS Portfolio lead"): every division\'s escalated disputes, vacancy management and vacancy trackers, as the SPOCs bring them (5.5, 9.1). Sent 7 days before the meeting, when the trackers are due (5.5: "at least 1 week prior"); this timing is this product\'s choice.';

/** "Midlands: Leicester City YOS, Northamptonshire YOS; North East: Leeds YOS" (sorted). */
function yosByDivision(snapshot: Pick<FrameworkSnapshot, 'yos'>): string {
  const divisions = new Map<string, string[]>();
  for (const y of snapshot.yos) divisions.set(y.division, [...(divisions.get(y.division) ?? []), y.name]);
  return (
    [...divisions.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([division, names]) => `${division}: ${names.sort().join(', ')}`)
      .join('; ') || 'none'
  );
}

/** The board agenda for `meeting`, every division, for the portfolio lead. */
export function boardPackCard(snapshot: FrameworkSnapshot, asOf: CivilDate, meeting: BoardMeeting): CardJson {
  return boardAgendaCard(boardAgenda(snapshot, asOf, undefined, undefined, meeting), snapshot, {
    intro: BOARD_PACK_INTRO,
    yosByDivision: yosByDivision(snapshot),
  });
}

export function noBoardScheduledCard(gap: BoardGap, audience: 'portfolio-lead' | 'spoc'): CardJson {
  return renderCard('no-board-scheduled', {
    from: formatLong(gap.from),
    to: formatLong(gap.to),
    audience:
      audience === 'portfolio-lead'
        ? 'You chair the Governance Board (9.1): please set the next meeting and have its date recorded.'
        : 'As divisional SPOC you report on vacancy management to the Governance Board (5.5): please ask for the next meeting date to be set and recorded.',
  });
}
