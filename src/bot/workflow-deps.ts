/** What the chat commands and card actions work with: the services, the claim notices, shared views. */
import { may, type Action } from '../framework/permissions';
import { personName, type ExpenseClaim, type FrameworkSnapshot, type Secondment, type Yos } from '../framework/records';
import { ClaimNotices } from '../notify/claim-notices';
import type { ConnectorSender } from '../notify/sender';
import type { Reacher } from '../notify/reach';
import { workflowServices, type WorkflowServices } from '../services/workflow-services';
import type { CardJson } from '../views/templates';
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
      return expenseFormCard(ctx.today(), personName(await snapshot(), mine.yos.yotManagerEmail), mine.secondment.grade === 'PSO', state);
    },
  };
}
