/**
 * The cards of the things a person acts on, as that person sees them now: their deadlines (each
 * with its action), a dispute, and what each deadline opens. Dates on these cards are today's when
 * they are shown (a refresh renders them again), never the day a message was sent.
 */
import { dueWithin, openObligations, type Obligation } from '../framework/obligations';
import { newSubmissionId } from '../framework/ids';
import { addDays } from '../framework/dates';
import { TRACKER_DAYS_BEFORE_BOARD } from '../framework/obligations';
import { personalObligations } from '../services/calendar';
import { errorCard, noticeCard } from '../views/chat-cards';
import { disputeCard, type DisputeCardState } from '../views/dispute-cards';
import { reminderCard } from '../views/reminder-cards';
import type { CardJson } from '../views/templates';
import { deadlinesCard, reviewFormCard, trackerFormCard, withBackToDeadlines } from '../views/workflow-cards';
import type { DeadlineRef } from '../framework/workflow-inputs';
import type { WorkflowDeps } from './workflow-deps';

/** How far ahead "my deadlines" looks. */
export const DEADLINE_DAYS_AHEAD = 60;

/** The person's deadlines with an action on each they must act on; `userId` (their Teams id) refreshes it for them. */
export async function deadlinesView(deps: WorkflowDeps, actor: string, userId: string | null): Promise<CardJson> {
  const asOf = deps.ctx.today();
  const world = await deps.ctx.store.snapshot(asOf);
  const mine = personalObligations(dueWithin(openObligations(world, asOf), asOf, DEADLINE_DAYS_AHEAD), actor);
  return deadlinesCard(mine, actor, asOf, DEADLINE_DAYS_AHEAD, false, world, userId ? [userId] : []);
}

/** A dispute as `viewer` sees it, with the actions the service would accept from them now. */
export async function disputeView(deps: WorkflowDeps, disputeId: string, viewer: string, state: DisputeCardState = {}): Promise<CardJson> {
  const { disputes } = deps.services;
  const shown = await disputes.view(viewer, disputeId);
  if (!shown.ok) return errorCard('Dispute not shown', shown.error);
  const { dispute, notes } = shown.value;
  const [resolve, escalate] = await Promise.all([
    disputes.mayAct(viewer, dispute, 'resolved'),
    disputes.mayAct(viewer, dispute, 'escalated'),
  ]);
  const world = await deps.snapshot();
  const abilities = { canResolve: resolve === null, canEscalate: escalate === null, canNote: true };
  return disputeCard(dispute, notes, world, abilities, deps.ctx.today(), state);
}

/** The open obligation of `kind` about `subjectId` today, if it is still open. */
async function obligationOf(deps: WorkflowDeps, ref: DeadlineRef): Promise<Obligation | undefined> {
  const asOf = deps.ctx.today();
  return openObligations(await deps.snapshot(), asOf).find((o) => o.kind === ref.kind && o.subjectId === ref.subjectId);
}

/** A reminder card drawn again for today (Teams asks when it is shown): dates and status are today's. */
export async function reminderView(deps: WorkflowDeps, ref: DeadlineRef, viewer: string, userId: string | null): Promise<CardJson> {
  const obligation = await obligationOf(deps, ref);
  if (!obligation)
    return noticeCard(
      'Nothing left to do',
      'This is done or no longer due: it is no longer among the open deadlines. Type my deadlines to see what is.',
    );
  const audience = obligation.responsible.includes(viewer) ? 'responsible' : 'informed';
  const today = deps.ctx.today();
  return reminderCard(obligation, today, audience, await deps.snapshot(), today, viewer, userId ? [userId] : []);
}

/** What a row of "my deadlines" opens: the card where that thing is done, with the way back. */
export async function openDeadline(deps: WorkflowDeps, ref: DeadlineRef, actor: string, userId: string | null): Promise<CardJson> {
  const card = await deadlineCard(deps, ref, actor, userId);
  return withBackToDeadlines(card);
}

async function deadlineCard(deps: WorkflowDeps, ref: DeadlineRef, actor: string, userId: string | null): Promise<CardJson> {
  const today = deps.ctx.today();
  switch (ref.kind) {
    case 'expense-signoff': {
      const shown = await deps.services.claims.view(actor, ref.subjectId);
      return shown.ok ? deps.claimView(shown.value, actor) : errorCard('Claim not shown', shown.error);
    }
    case 'dispute-escalation':
      return disputeView(deps, ref.subjectId, actor, { refreshUserIds: userId ? [userId] : [] });
    case 'vacancy-stage-4':
    case 'vacancy-stage-5':
      return deps.vacancyView(ref.subjectId, actor);
    case 'three-way-review':
    case 'return-plan': {
      const secondments = await deps.services.reviews.reviewableSecondments(actor);
      if (!secondments.some((s) => s.secondmentId === ref.subjectId))
        return errorCard(
          'Not yours to record',
          'Only the link manager or YOT manager of that secondment records its meetings (framework 5.3).',
        );
      return reviewFormCard(secondments, await deps.snapshot(), today, { submissionId: newSubmissionId(today) }, ref.subjectId, ref.kind);
    }
    case 'vacancy-tracker': {
      const [yosId, meetingDate] = ref.subjectId.split('@');
      const choice = (await deps.services.trackers.choices(actor)).find((c) => c.yos.yosId === yosId);
      const world = await deps.snapshot();
      const board = world.boards.find((b) => b.meetingDate === meetingDate);
      if (!choice || !board)
        return errorCard(
          'No tracker to submit',
          'That tracker is not yours to submit, or its board meeting is no longer ahead (framework 5.5).',
        );
      return trackerFormCard([choice.yos], board.board, meetingDate, addDays(meetingDate, -TRACKER_DAYS_BEFORE_BOARD));
    }
    default:
      return reminderView(deps, ref, actor, userId);
  }
}
