/** Vacancy trackers (framework 5.5): each YOS submits one before every YOS Governance Board meeting. */
import { formatLong, parseCivilDate, type CivilDate } from '../framework/dates';
import { isGovernanceBoard, nextBoard } from '../framework/obligations';
import { may } from '../framework/permissions';
import type { TrackerSubmission, Yos } from '../framework/records';
import type { SubmitTrackerInput } from '../framework/workflow-inputs';
import { ConcurrencyError } from '../store/entity-table';
import { fail, WorkflowService, type Outcome } from './service-base';

export interface TrackerChoice {
  yos: Yos;
  meetingDate: CivilDate;
  board: string;
}

export class TrackerService extends WorkflowService {
  /** YOS whose tracker the actor may submit, with the next meeting. */
  async choices(actor: string): Promise<TrackerChoice[]> {
    const snapshot = await this.context();
    const next = nextBoard(snapshot, this.today());
    if (!next) return [];
    return snapshot.yos.filter((y) => may('tracker.submit', actor, y, snapshot).ok).map((yos) => ({ yos, meetingDate: next.meetingDate, board: next.board }));
  }

  async submit(actor: string, input: SubmitTrackerInput): Promise<Outcome<TrackerSubmission>> {
    const snapshot = await this.context();
    const yos = this.yosOf(snapshot, input.yosId);
    if (!yos) return fail('Choose your YOS.');
    const meetingDate = parseCivilDate(input.meetingDate);
    if (!meetingDate || !snapshot.boards.some((b) => b.meetingDate === meetingDate && isGovernanceBoard(b))) {
      return fail('That YOS Governance Board meeting is not in the calendar (or has already been held); trackers go to the YOGB only (5.5).');
    }
    const denied = this.check('tracker.submit', actor, yos, snapshot);
    if (denied) return fail(denied);
    const submission: TrackerSubmission = { meetingDate, yosId: yos.yosId, submittedBy: actor, submittedDate: this.today() };
    try {
      await this.store.trackerSubmissions.insert(submission, actor);
    } catch (err) {
      if (!(err instanceof ConcurrencyError)) throw err;
      const existing = (await this.store.trackerSubmissions.listPartition(meetingDate)).find((t) => t.yosId === yos.yosId);
      return fail(`${yos.name}'s tracker for the ${formatLong(meetingDate)} board was already submitted by ${existing?.submittedBy}${existing?.submittedDate ? ` on ${formatLong(existing.submittedDate)}` : ''}.`);
    }
    return { ok: true, value: submission, message: `${yos.name}'s vacancy tracker for the ${formatLong(meetingDate)} board is recorded as submitted.` };
  }
}
