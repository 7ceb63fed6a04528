/** "claim expenses" (or "expenses", "submit expenses", "new claim"): the T&S claim form for a secondee (5.4). */
import { errorCard } from '../../views/chat-cards';
import { command, type ChatCommand } from './command';
import { myClaimsCard } from './my-claims';

const FORM_WORDS = [
  'claim (?:my )?(?:t ?& ?s|travel|expenses?|mileage)',
  '(?:submit|make|start|file|send|do|new|enter)(?: an?| my| new| a new)? (?:t ?& ?s |travel |mileage )?(?:expenses?(?: claim)?|claim)',
  'expenses?(?: claim)?',
  't ?& ?s(?: claim)?',
  'claim',
];

export const claimExpenses: ChatCommand = {
  pattern: command(FORM_WORDS.join('|')),
  async run({ actor, deps }) {
    const mine = await deps.services.claims.secondmentOf(actor);
    if (mine) return deps.claimForm(mine);
    // Not seconded: an approver asking about expenses wants the claims waiting for them.
    const world = await deps.snapshot();
    if (deps.yosWhere(world, 'claim.decide', actor).length) return myClaimsCard(actor, deps);
    return errorCard('No active secondment', 'Only seconded officers claim T&S here. Your YOT manager signs claims off (framework 5.4).');
  },
};
