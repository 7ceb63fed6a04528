/**
 * A record opened by typing its reference, alone or in a few words ("DSP-20261201-7KQ2AB",
 * "resolve dispute DSP-...", "open claim TS-...", "VAC-LS-01", "review SEC-NN-01"): the record's
 * card as the person may see it, with the actions they may take. Nothing is changed by typing.
 */
import { newSubmissionId } from '../../framework/ids';
import { errorCard } from '../../views/chat-cards';
import { reviewFormCard } from '../../views/workflow-cards';
import { disputeView } from '../item-views';
import { command, type ChatCommand } from './command';

const VERBS = '(?:open|show|view|find|see|look at|resolve|escalate|approve|reject|sign off|record|note on)';
const NOUNS = '(?:dispute|claim|t ?& ?s claim|expense claim|vacancy|review|meeting|secondment|record)';
const REFERENCE = '((?:DSP|TS|VAC|SEC)-[A-Za-z0-9._-]{1,60})';

/** The reference typed, upper-cased as the bot makes them; null when the message is not one. */
export function typedReference(text: string): string | null {
  const match = openReference.pattern.exec(text);
  return match ? match[1].toUpperCase() : null;
}

export const openReference: ChatCommand = {
  pattern: command(`(?:${VERBS}\\s+)?(?:(?:the|my|our)\\s+)?(?:${NOUNS}\\s+)?(?:(?:ref(?:erence)?|number|no\\.?)\\s*)?${REFERENCE}`),
  async run({ actor, text, userId, deps }) {
    const reference = typedReference(text) ?? '';
    const prefix = reference.split('-')[0];
    if (prefix === 'DSP') return disputeView(deps, reference, actor, { refreshUserIds: userId ? [userId] : [] });
    if (prefix === 'VAC') return deps.vacancyView(reference, actor);
    if (prefix === 'TS') {
      const shown = await deps.services.claims.view(actor, reference);
      return shown.ok ? deps.claimView(shown.value, actor) : errorCard('Claim not shown', shown.error);
    }
    // A secondment's reference opens the form for its next meeting (its reviews are recorded against it).
    const secondments = await deps.services.reviews.reviewableSecondments(actor);
    if (!secondments.some((s) => s.secondmentId === reference)) {
      return errorCard(
        'Not shown',
        `I cannot find a secondment ${reference} whose meetings you record: only its link manager or YOT manager records them (framework 5.3).`,
      );
    }
    const today = deps.ctx.today();
    return reviewFormCard(secondments, await deps.snapshot(), today, { submissionId: newSubmissionId(today) }, reference);
  },
};
