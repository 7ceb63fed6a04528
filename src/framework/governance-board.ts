/**
 * The YOS Governance Board (YOGB) and its chair, the portfolio lead (pure). 9.1: "The Governance
 * Board is chaired by the NPS Portfolio lead ... The Board meets on quarterly basis"; 5.3 NPS
 * Portfolio Lead: "Recruitment Vacancy Tracker to be reviewed at each Board meeting".
 *
 * Product choices, labelled as such where the bot says them:
 * - the board pack (the agenda the SPOCs bring, for every division) goes to the portfolio lead
 *   7 days before each YOGB, the day the vacancy trackers are due (5.5: "at least 1 week prior to
 *   YOGB meeting"), so it shows which trackers are in;
 * - "quarterly" is read as: a YOGB should be scheduled within the next 3 months; when none is,
 *   the portfolio lead and the SPOCs are warned once per calendar quarter.
 */
import { addDays, addMonths, type CivilDate } from './dates';
import { TRACKER_DAYS_BEFORE_BOARD } from './obligations';
import type { BoardMeeting, FrameworkSnapshot } from './records';

/** The board pack goes when the trackers are due: 7 days before the meeting. */
export const BOARD_PACK_DAYS_BEFORE = TRACKER_DAYS_BEFORE_BOARD;
/** Derived from 9.1 "meets on quarterly basis": the next YOGB should be within 3 months. */
export const YOGB_LOOKAHEAD_MONTHS = 3;

const GOVERNANCE_BOARD_NAMES = new Set(['yogb', 'yos governance board', 'governance board']);

/** A YOS Governance Board meeting (the boards file's default), not a local YOS management board. */
export function isGovernanceBoard(meeting: Pick<BoardMeeting, 'board'>): boolean {
  return GOVERNANCE_BOARD_NAMES.has(meeting.board.trim().toLowerCase());
}

/** YOGB meetings whose pack is due on `asOf`: from 7 days before until the meeting day. */
export function boardPacksDue(snapshot: Pick<FrameworkSnapshot, 'boards'>, asOf: CivilDate): BoardMeeting[] {
  return snapshot.boards.filter(
    (m) => isGovernanceBoard(m) && addDays(m.meetingDate, -BOARD_PACK_DAYS_BEFORE) <= asOf && asOf <= m.meetingDate,
  );
}

export interface BoardGap {
  /** The window with no YOGB in it: asOf to asOf + 3 months. */
  from: CivilDate;
  to: CivilDate;
  /** Calendar quarter of asOf (`2027-Q1`): the warning goes once per quarter. */
  quarter: string;
}

/** Null when a YOGB is scheduled between asOf and 3 months on; else the empty window. */
export function boardGap(snapshot: Pick<FrameworkSnapshot, 'boards'>, asOf: CivilDate): BoardGap | null {
  const to = addMonths(asOf, YOGB_LOOKAHEAD_MONTHS);
  if (snapshot.boards.some((m) => isGovernanceBoard(m) && asOf <= m.meetingDate && m.meetingDate <= to)) return null;
  const [year, month] = asOf.split('-').map(Number);
  return { from: asOf, to, quarter: `${year}-Q${Math.floor((month - 1) / 3) + 1}` };
}
