/** What the chat commands and card actions work with: the services, the claim notices, shared views. */
import { may, rolesFor, type Action } from '../framework/permissions';
import { personName, type ExpenseClaim, type FrameworkSnapshot, type Secondment, type Yos } from '../framework/records';
import { ClaimNotices } from '../notify/claim-notices';
import type { ConnectorSender } from '../notify/sender';
import type { Reacher } from '../notify/reach';
import { workflowServices, type WorkflowServices } from '../services/workflow-services';
import { sweep, type SweepResult } from '../notify/sweep';
import { errorCard } from '../views/chat-cards';
import type { CardJson } from '../views/templates';
import { vacancyCard, type VacancyCardState } from '../views/vacancy-cards';
import { claimCard, expenseFormCard, type FormState } from '../views/workflow-cards';
import type { BotContext } from './bot';

export interface WorkflowDeps {
  ctx: BotContext;
  services: WorkflowServices;
  notices: ClaimNotices;
  /** How people are reached in Teams (the reach report). */
  reacher: Reacher;
  snapshot(): Promise<FrameworkSnapshot>;
  /** The YOS where `email` may do `action` (the choices on a form). */
  yosWhere(snapshot: FrameworkSnapshot, action: Action, email: string): Yos[];
  /** A claim card as `viewer` sees it. */
  claimView(claim: ExpenseClaim, viewer: string, problem?: string | null): Promise<CardJson>;
  /** The claim form for a secondee, naming the YOT manager who will sign it off. */
  claimForm(mine: { secondment: Secondment; yos: Yos }, state?: FormState): Promise<CardJson>;
  /**
   * Sends now the reminders and notices due today about one record (a dispute escalated by hand:
   * 9.1's SPOC "must be made aware"), through the outbox so the daily sweep does not repeat them.
   */
  remindNow(subjectId: string): Promise<SweepResult>;
  /** A vacancy's card (facts, trail, the forms `viewer` may use), or an error card. */
  vacancyView(vacancyId: string, viewer: string, state?: VacancyCardState): Promise<CardJson>;
}

export function workflowDeps(ctx: BotContext, sender: ConnectorSender, reacher: Reacher): WorkflowDeps {
  const notices = new ClaimNotices(ctx.store, sender, ctx.today, reacher);
  const snapshot = () => ctx.store.snapshot(ctx.today());
  return {
    ctx,
    services: workflowServices(ctx.store, ctx.today),
    notices,
    reacher,
    snapshot,
    yosWhere: (world, action, email) => world.yos.filter((y) => may(action, email, y, world).ok),
    async claimView(claim, viewer, problem = null) {
      const world = await snapshot();
      return claimCard(claim, { email: viewer, refreshUserIds: await notices.viewerIds(claim, world) }, world, problem);
    },
    async claimForm(mine, state) {
      const world = await snapshot();
      return expenseFormCard(ctx.today(), personName(world, mine.yos.yotManagerEmail), mine.secondment.grade === 'PSO', state, world.policy);
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
  const abilities = { canStage: can('vacancy.stage') || can('vacancy.stage-5'), canUpdate: can('vacancy.update'), canFill: can('vacancy.fill') };
  const trail = await ctx.store.vacancyTrail.listPartition(vacancyId);
  trail.sort((a, b) => a.date.localeCompare(b.date) || a.eventId.localeCompare(b.eventId));
  return vacancyCard(stored.record, trail, world, abilities, ctx.today(), state);
}
