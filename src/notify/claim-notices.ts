/**
 * The messages a T&S claim sends (framework 5.4): the approval card to the YOT manager in their
 * own chat with the bot, and, once decided, the secondee's card updated in place plus a notice of
 * what to do next. Remembers where each card is so a decision can update it.
 */
import type { CivilDate } from '../framework/dates';
import type { ConversationRef, ExpenseClaim, FrameworkSnapshot } from '../framework/records';
import { log } from '../log';
import { ConcurrencyError } from '../store/entity-table';
import type { Store } from '../store/store';
import { noticeCard } from '../views/chat-cards';
import { cardAttachment } from '../views/templates';
import { claimCard } from '../views/workflow-cards';
import type { Reacher } from './reach';
import type { ConnectorSender, SendTarget } from './sender';

/** Where a claim's cards are, so a decision can update them in place. */
export type ClaimCardPlaces = Partial<Pick<ExpenseClaim, 'secondeeConversationId' | 'secondeeActivityId' | 'approverConversationId' | 'approverActivityId'>>;

const targetOf = (ref: ConversationRef): SendTarget => ({ serviceUrl: ref.serviceUrl, conversationId: ref.conversationId, tenantId: ref.tenantId });

export class ClaimNotices {
  constructor(
    private readonly store: Store,
    private readonly sender: ConnectorSender,
    private readonly today: () => CivilDate,
    private readonly reacher: Reacher,
  ) {}

  /** A person's chat with the bot, found through their Teams object id. */
  private async refOf(email: string, snapshot: FrameworkSnapshot): Promise<ConversationRef | null> {
    const aad = snapshot.people.find((p) => p.email === email)?.aadObjectId;
    return aad ? this.store.conversationRefs.get(aad) : null;
  }

  /** Teams user ids of the people who should see their own view of a claim card. */
  async viewerIds(claim: ExpenseClaim, snapshot: FrameworkSnapshot): Promise<string[]> {
    const yos = snapshot.yos.find((y) => y.yosId === claim.yosId);
    const emails = [claim.secondeeEmail, claim.approverEmail, yos?.deputyEmail].filter((e): e is string => !!e);
    const refs = await Promise.all(emails.map((e) => this.refOf(e, snapshot)));
    return refs.map((r) => r?.userId).filter((id): id is string => !!id);
  }

  /** Remembers where a claim's cards are, so a decision can update them in place. */
  private async attachCards(claimId: string, change: ClaimCardPlaces): Promise<void> {
    for (let attempt = 0; attempt < 3; attempt++) {
      const stored = await this.store.claims.get(claimId);
      if (!stored) return;
      try {
        await this.store.claims.update(stored, { ...stored.record, ...change }, 'bot:cards');
        return;
      } catch (err) {
        if (!(err instanceof ConcurrencyError)) throw err;
      }
    }
  }

  /**
   * A new claim: remembers where the secondee's card is, then sends the approval card. False when
   * the approver could not be reached (they still see it in "my deadlines" and in reminders).
   */
  async claimSubmitted(claim: ExpenseClaim, secondeeCard: { conversationId: string; activityId: string | null }): Promise<boolean> {
    await this.attachCards(claim.claimId, { secondeeConversationId: secondeeCard.conversationId, secondeeActivityId: secondeeCard.activityId });
    return this.sendToApprover(claim);
  }

  /**
   * Sends the approval card to the YOT manager at once, in their chat with the bot, opening it
   * from a team roster or through Graph if they have never written to it; false if it could not.
   * (A named deputy may decide too, but is not sent the card.)
   */
  private async sendToApprover(claim: ExpenseClaim): Promise<boolean> {
    const snapshot = await this.store.snapshot(this.today());
    const reach = await this.reacher.reach(snapshot.people.find((p) => p.email === claim.approverEmail) ?? { email: claim.approverEmail });
    if (!reach.ok) {
      log.info({ claimId: claim.claimId, transient: reach.transient }, 'approver not reachable in Teams yet');
      return false;
    }
    const ref = reach.ref;
    const card = claimCard(claim, { email: claim.approverEmail, refreshUserIds: await this.viewerIds(claim, snapshot) }, snapshot);
    const sent = await this.sender.send(targetOf(ref), { attachments: [cardAttachment(card)], summary: 'T&S claim to sign off' });
    if (!sent.ok) {
      log.warn({ claimId: claim.claimId, status: sent.status }, 'approval card not delivered');
      return false;
    }
    await this.attachCards(claim.claimId, { approverConversationId: ref.conversationId, approverActivityId: sent.activityId });
    return true;
  }

  /**
   * After a decision: the secondee's card changes in place and they are told what to do next (only
   * in the chat the claim came from); the link manager receives the evidence of the decision (5.3:
   * evidence of T&S claims goes to the YOS manager and the link manager).
   */
  async claimDecided(claim: ExpenseClaim): Promise<void> {
    const snapshot = await this.store.snapshot(this.today());
    await this.sendEvidence(claim, snapshot);
    if (!claim.secondeeConversationId) return;
    const ref = await this.refOf(claim.secondeeEmail, snapshot);
    if (!ref || ref.conversationId !== claim.secondeeConversationId) return;
    const target = targetOf(ref);
    const view = claimCard(claim, { email: claim.secondeeEmail, refreshUserIds: await this.viewerIds(claim, snapshot) }, snapshot);
    if (claim.secondeeActivityId) await this.sender.update(target, claim.secondeeActivityId, { attachments: [cardAttachment(view)] });
    const next = claim.status === 'approved' ? `Submit it through SOP quoting reference ${claim.claimId}.` : `Reason: ${claim.comment ?? 'none given'}.`;
    await this.sender.send(target, { attachments: [cardAttachment(noticeCard(`Claim ${claim.claimId} ${claim.status}`, next))], summary: `Claim ${claim.status}` });
  }

  /**
   * The decided claim card to the secondee's link manager, reached as the approver is (chat,
   * roster or Graph); false when they cannot be reached in Teams.
   */
  private async sendEvidence(claim: ExpenseClaim, snapshot: FrameworkSnapshot): Promise<boolean> {
    const linkManager = snapshot.secondments.find((s) => s.secondmentId === claim.secondmentId)?.linkManagerEmail;
    if (!linkManager) return false;
    const reach = await this.reacher.reach(snapshot.people.find((p) => p.email === linkManager) ?? { email: linkManager });
    if (!reach.ok) {
      log.info({ claimId: claim.claimId, transient: reach.transient }, 'link manager not reachable in Teams for the claim evidence');
      return false;
    }
    const card = claimCard(claim, { email: linkManager, refreshUserIds: [] }, snapshot);
    const sent = await this.sender.send(targetOf(reach.ref), { attachments: [cardAttachment(card)], summary: 'T&S claim decision (evidence)' });
    if (!sent.ok) log.warn({ claimId: claim.claimId, status: sent.status }, 'claim evidence not delivered to the link manager');
    return sent.ok;
  }
}
