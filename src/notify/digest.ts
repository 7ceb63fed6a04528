/**
 * The SPOC's vacancy-tracker digest (pure): from each tracker deadline until the meeting, one card
 * per SPOC and meeting listing which of their YOS have and have not submitted.
 */
import { addDays, type CivilDate } from '../framework/dates';
import { isGovernanceBoard, TRACKER_DAYS_BEFORE_BOARD, yosOwingTracker } from '../framework/obligations';
import type { FrameworkSnapshot } from '../framework/records';
import type { TrackerDigestRow } from '../views/reminder-cards';

export interface TrackerDigest {
  /** Outbox partition: one digest per meeting. */
  key: string;
  spocEmail: string;
  board: string;
  meetingDate: CivilDate;
  due: CivilDate;
  rows: TrackerDigestRow[];
}

export function trackerDigests(snapshot: FrameworkSnapshot, asOf: CivilDate): TrackerDigest[] {
  const digests: TrackerDigest[] = [];
  for (const meeting of snapshot.boards) {
    const due = addDays(meeting.meetingDate, -TRACKER_DAYS_BEFORE_BOARD);
    if (asOf < due || asOf > meeting.meetingDate || !isGovernanceBoard(meeting)) continue;
    const owing = yosOwingTracker(snapshot, meeting.meetingDate);
    for (const spocEmail of [...new Set(owing.map((y) => y.spocEmail))]) {
      const rows = owing
        .filter((y) => y.spocEmail === spocEmail)
        .map((y) => {
          const submission = snapshot.trackerSubmissions.find((t) => t.yosId === y.yosId && t.meetingDate === meeting.meetingDate);
          return { yos: y.name, submitted: !!submission, submittedDate: submission?.submittedDate ?? null };
        });
      digests.push({ key: `tracker-digest:${meeting.board}:${meeting.meetingDate}`, spocEmail, board: meeting.board, meetingDate: meeting.meetingDate, due, rows });
    }
  }
  return digests;
}
