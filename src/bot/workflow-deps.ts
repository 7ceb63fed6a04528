/** What the chat commands and card actions work with: the services, the claim notices, shared views. */
import { newSubmissionId } from '../framework/ids';
import { claimApprover, claimApproverRule, may, rolesFor, type Action } from '../framework/permissions';
import { personName, type ExpenseClaim, type FrameworkSnapshot, type Secondment, type Yos } from '../framework/records';
import type { BackgroundWork } from '../notify/background';
import type { ClaimEffects } from '../notify/claim-effects';
import type { ClaimNotices } from '../notify/claim-notices';
import type { Reacher } from '../notify/reach';
import type { ConnectorSender } from '../notify/sender';
import { workflowServices, type WorkflowServices } from '../services/workflow-services';
import { sweep, type SweepResult } from '../notify/sweep';
import { errorCard } from '../views/chat-cards';
import type { CardJson } from '../views/templates';
import { vacancyCard, type VacancyCardState } from '../views/vacancy-cards';
import { claimCard, expenseFormCard, type FormState } from '../views/workflow-cards';
import type { BotContext } from './bot';

/** What the app wiring gives the workflow feature: claim messages and the background runner. */
export interface WorkflowParts {
  notices: ClaimNotices;
  claimEffects: ClaimEffects;
  background: BackgroundWork;
  /** How people are reached in Teams (the reach report, reminders sent at once). */
  reacher: Reacher;
  sender: ConnectorSender;
}

export interface WorkflowDeps extends WorkflowParts {
  ctx: BotContext;
  services: WorkflowServices;
  /** Sends what a claim change owes, after the answer (see src/notify/claim-effects.ts). */
  settleClaim(claimId: string): void;
  snapshot(): Promise<FrameworkSnapshot>;
  /** The YOS where `email` may do `action` (the choices on a form). */
  yosWhere(snapshot: FrameworkSnapshot, action: Action, email: string): Yos[];
  /** A claim card as `viewer` sees it. */
  claimView(claim: ExpenseClaim, viewer: string, problem?: string | null): Promise<CardJson>;
  /** The claim form for a secondee, naming the YOT manager who will sign it off (a new submission id unless kept from `state`). */
  claimForm(mine: { secondment: Secondment; yos: Yos }, state?: FormState): Promise<CardJson>;
  /**
   * Sends now the reminders and notices due today about one record (a dispute escalated by hand:
   * 9.1's SPOC "must be made aware"), through the outbox so the daily sweep does not repeat them.
   */
  remindNow(subjectId: string): Promise<SweepResult>;
  /** A vacancy's card (facts, trail, the forms `viewer` may use), or an error card. */
  vacancyView(vacancyId: string, viewer: string, state?: VacancyCardState): Promise<CardJson>;
}

export function workflowDeps(ctx: BotContext, parts: WorkflowParts): WorkflowDeps {
  const { notices, claimEffects, background, sender, reacher } = parts;
  const snapshot = () => ctx.store.snapshot(ctx.today());
  return {
    ctx,
    services: workflowServices(ctx.store, ctx.today),
    ...parts,
    // The approval card and notices go only once the claim change itself is saved.
    settleClaim: (claimId) =>
      background.run(`claim:${claimId}`, async () => {
        await ctx.store.durable();
        return (await claimEffects.settle(claimId)).open === 0;
      }),
    snapshot,
    yosWhere: (world, action, email) => world.yos.filter((y) => may(action, email, y, world).ok),
    async claimView(claim, viewer, problem = null) {
      const world = await snapshot();
      return claimCard(claim, { email: viewer, refreshUserIds: await notices.viewerIds(claim, world) }, world, problem);
    },
    async claimForm(mine, state) {
      const world = await snapshot();
      const form = { ...state, submissionId: state?.submissionId ?? newSubmissionId(ctx.today()) };
      const approver = claimApprover(mine.yos, mine.secondment.secondeeEmail);
      const rule = approver.productRule ? claimApproverRule(approver) : null;
      return expenseFormCard(ctx.today(), personName(world, approver.email), mine.secondment.grade === 'PSO', form, world.policy, rule);
    },
    remindNow: (subjectId) => sweep({ store: ctx.store, sender, reacher }, { asOf: ctx.today(), subjectId, evenOnHolidays: true }),
    vacancyView: (vacancyId, viewer, state) => vacancyView(ctx, vacancyId, viewer, state),
  };
}

async function vacancyView(ctx: BotContext, vacancyId: string, viewer: string, state: VacancyCardState = {}): Promise<CardJson> {
  const stored = await ctx.store.vacancies.get(vacancyId);
  const world = await ctx.store.snapshot(ctx.today());
  const yos = stored && world.yos.find((y) => y.yosId === stored.record.yosId);
  if (!stored || !yos) return errorCard('Vacancy not found', 'I cannot find that vacancy.');
  const scope = { linkManagerEmail: stored.record.linkManagerEmail };
  if (!rolesFor(viewer, yos, world, scope).length) return errorCard('Not your YOS', `Only people working with ${yos.name} can see its vacancies.`);
  const can = (action: Action) => may(action, viewer, yos, world, scope).ok;
  const abilities = {
    // Stages 1-4 and stage 5 are different people's (5.5): the form shows only when the next stage is theirs.
    canStage: (can('vacancy.stage') && stored.record.stage <= 4) || (can('vacancy.stage-5') && stored.record.stage >= 4),
    canUpdate: can('vacancy.update'),
    canFill: can('vacancy.fill'),
    canNoApplicants: can('vacancy.no-applicants'),
    canDiscuss: can('vacancy.discussion'),
  };
  const trail = await ctx.store.vacancyTrail.listPartition(vacancyId);
  trail.sort((a, b) => a.date.localeCompare(b.date) || a.eventId.localeCompare(b.eventId));
  // Whoever recorded the current stage may correct its date (the latest stage record).
  const current = trail.filter((e) => e.kind === 'stage' && e.stage === stored.record.stage).sort((a, b) => a.eventId.localeCompare(b.eventId)).at(-1);
  return vacancyCard(stored.record, trail, world, { ...abilities, canCorrect: current?.recordedBy === viewer }, ctx.today(), state);
}
