/** "my claims": a secondee's own claims; for an approver, the claims waiting for them and those they decided lately (5.4). */
import { addDays } from '../../framework/dates';
import { claimsListCard } from '../../views/claims-list';
import type { CardJson } from '../../views/templates';
import type { WorkflowDeps } from '../workflow-deps';
import { command, type ChatCommand } from './command';

/** How far back "recently decided" reaches. */
const DECIDED_DAYS = 30;

export async function myClaimsCard(actor: string, deps: WorkflowDeps, note: { notice?: string; problem?: string } = {}): Promise<CardJson> {
  const since = addDays(deps.ctx.today(), -DECIDED_DAYS);
  const lists = await deps.services.claims.claimsOf(actor, since);
  return claimsListCard(lists, actor, await deps.snapshot(), note);
}

export const myClaims: ChatCommand = {
  pattern: command("my (?:t ?& ?s |expenses? )?claims|my expenses|(?:show|list) (?:my )?claims|claims (?:waiting )?for me|what claims do i have"),
  run: ({ actor, deps }) => myClaimsCard(actor, deps),
};
