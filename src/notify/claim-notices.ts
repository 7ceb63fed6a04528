/**
 * The messages a T&S claim owes (framework 5.4): the approval card to the YOT manager in their own
 * chat with the bot; once decided, the secondee's card updated in place and a notice of what to do
 * next, the approver's card updated, and the evidence of the decision to the link manager (5.3).
 *
 * Recipients are reached through the Reacher: their chat with the bot, or one opened from a team
 * roster or by installing the app through Graph (so the approval card reaches a YOT manager who has
 * never written to the bot). Each send goes through the outbox (key `claim:<claimId>`, stage, recipient), so it happens once
 * however often a claim's intent is run; card updates replace a card in place and may repeat.
 * Each effect says whether it is finished ('done', including given up for good) or should be
 * tried again ('retry').
 */
import os from 'node:os';
import { randomUUID } from 'node:crypto';
import type { CivilDate } from '../framework/dates';
import type { ConversationRef, ExpenseClaim, FrameworkSnapshot } from '../framework/records';
import { log } from '../log';
import type { Store } from '../store/store';
import { noticeCard } from '../views/chat-cards';
import { cardAttachment, type CardJson } from '../views/templates';
import { claimCard } from '../views/workflow-cards';
import type { Reacher } from './reach';
import type { ConnectorSender, SendResult, SendTarget } from './sender';

export type EffectResult = 'done' | 'retry';

export const APPROVAL_CARD = 'approval-card';
const outboxKey = (claimId: string) => `claim:${claimId}`;
const targetOf = (ref: ConversationRef): SendTarget => ({ serviceUrl: ref.serviceUrl, conversationId: ref.conversationId, tenantId: ref.tenantId });
/** An update that Teams answered for good (sent, or the message/chat is gone) needs no retry. */
const settled = (r: SendResult): EffectResult => (r.ok || r.unreachable || (r.status >= 400 && r.status < 500 && r.status !== 412 && r.status !== 429) ? 'done' : 'retry');

export interface ClaimNoticeOptions {
  instanceId?: string;
  /** A send claimed by an instance that then went quiet is taken over after this long. */
  staleAfterMs?: number;
  /** Attempts per message before it is given up. */
  maxAttempts?: number;
}

export class ClaimNotices {
  private readonly instanceId: string;

  constructor(
    private readonly store: Store,
    private readonly sender: ConnectorSender,
    private readonly today: () => CivilDate,
    private readonly reacher: Reacher,
    private readonly options: ClaimNoticeOptions = {},
  ) {
    this.instanceId = options.instanceId ?? `${os.hostname()}-${process.pid}-${randomUUID().slice(0, 8)}`;
  }

  /** A person's chat with the bot, found through their Teams object id. */
  private async refOf(email: string, snapshot: FrameworkSnapshot): Promise<ConversationRef | null> {
    const aad = snapshot.people.find((p) => p.email === email)?.aadObjectId;
    return aad ? this.store.conversationRefs.get(aad) : null;
  }

  /** False when `email` cannot be reached in Teams by any way (no chat, roster or installation); nothing is opened. */
  async canReach(email: string): Promise<boolean> {
    const snapshot = await this.store.snapshot(this.today());
    return (await this.reacher.assess(snapshot.people.find((p) => p.email === email) ?? { email })).how !== 'unreachable';
  }

  /** Teams user ids of the people who should see their own view of a claim card. */
  async viewerIds(claim: ExpenseClaim, snapshot: FrameworkSnapshot): Promise<string[]> {
    const yos = snapshot.yos.find((y) => y.yosId === claim.yosId);
    const emails = [claim.secondeeEmail, claim.approverEmail, yos?.deputyEmail].filter((e): e is string => !!e);
    const refs = await Promise.all(emails.map((e) => this.refOf(e, snapshot)));
    return refs.map((r) => r?.userId).filter((id): id is string => !!id);
  }

  private async viewFor(claim: ExpenseClaim, email: string, snapshot: FrameworkSnapshot): Promise<CardJson> {
    return claimCard(claim, { email, refreshUserIds: await this.viewerIds(claim, snapshot) }, snapshot);
  }

  /**
   * Sends one message of a claim once (through the outbox). People no way reaches are skipped (they
   * see it in "my deadlines" and in reminders); when Teams or Graph failed for now, it is retried.
   */
  private async sendOnce(claimId: string, stage: string, recipient: string, snapshot: FrameworkSnapshot, activity: () => Promise<object>): Promise<EffectResult> {
    const claim = await this.store.outbox.claim(outboxKey(claimId), stage, recipient, {
      instanceId: this.instanceId,
      now: new Date(),
      staleAfterMs: this.options.staleAfterMs ?? 10 * 60_000,
      maxAttempts: this.options.maxAttempts ?? 10,
    });
    if (!claim) {
      // Sent, given up, or being sent by another instance right now (then look again later).
      const row = (await this.store.outbox.history(outboxKey(claimId))).find((r) => r.stage === stage && r.recipient === recipient);
      return row?.status === 'claimed' ? 'retry' : 'done';
    }
    const reach = await this.reacher.reach(snapshot.people.find((p) => p.email === recipient) ?? { email: recipient });
    if (!reach.ok) {
      await this.store.outbox.markFailed(claim, reach.transient ? 'failed' : 'unreachable', reach.reason);
      return reach.transient ? 'retry' : 'done';
    }
    const sent = await this.sender.send(reach.target, await activity());
    if (sent.ok) {
      await this.store.outbox.markSent(claim, this.today(), sent.activityId, reach.ref.conversationId);
      return 'done';
    }
    log.warn({ claimId, stage, status: sent.status }, 'claim message not delivered');
    await this.store.outbox.markFailed(claim, sent.unreachable ? 'unreachable' : 'failed', sent.reason);
    if (sent.unreachable) await this.store.conversationRefs.markUnreachable(reach.ref.aadObjectId, sent.reason);
    return sent.unreachable ? 'done' : 'retry';
  }


  /** A new claim: the approval card to the YOT manager in their own chat with the bot. */
  async claimSubmitted(claim: ExpenseClaim): Promise<EffectResult> {
    const snapshot = await this.store.snapshot(this.today());
    return this.sendOnce(claim.claimId, APPROVAL_CARD, claim.approverEmail, snapshot, async () => ({
      attachments: [cardAttachment(await this.viewFor(claim, claim.approverEmail, snapshot))],
      summary: 'T&S claim to sign off',
    }));
  }

  /** A decision: both cards change in place, the secondee is told what next, the link manager gets the evidence. */
  async claimDecided(claim: ExpenseClaim): Promise<EffectResult[]> {
    const snapshot = await this.store.snapshot(this.today());
    const next = claim.status === 'approved' ? `Submit it through SOP quoting reference ${claim.claimId}.` : `Reason: ${claim.comment ?? 'none given'}.`;
    const linkManager = await this.linkManagerOf(claim, snapshot);
    return Promise.all([
      this.updateSecondeeCard(claim, snapshot),
      this.updateApproverCards(claim, snapshot),
      this.sendOnce(claim.claimId, 'decision-notice', claim.secondeeEmail, snapshot, async () => ({
        attachments: [cardAttachment(noticeCard(`Claim ${claim.claimId} ${claim.status}`, next))],
        summary: `Claim ${claim.status}`,
      })),
      linkManager
        ? this.sendOnce(claim.claimId, 'decision-evidence', linkManager, snapshot, async () => ({
            // 5.3: evidence of T&S claims goes to the YOS manager and the link manager.
            attachments: [cardAttachment(claimCard(claim, { email: linkManager, refreshUserIds: [] }, snapshot))],
            summary: 'T&S claim decision (evidence)',
          }))
        : Promise.resolve<EffectResult>('done'),
    ]);
  }

  /** Withdrawn by the secondee: the cards that went out show it in place; nobody is asked to act any more. */
  async claimWithdrawn(claim: ExpenseClaim): Promise<EffectResult[]> {
    const snapshot = await this.store.snapshot(this.today());
    return Promise.all([this.updateSecondeeCard(claim, snapshot), this.updateApproverCards(claim, snapshot)]);
  }

  private async linkManagerOf(claim: ExpenseClaim, snapshot: FrameworkSnapshot): Promise<string | null> {
    const secondment = snapshot.secondments.find((s) => s.secondmentId === claim.secondmentId) ?? (await this.store.secondments.get(claim.secondmentId))?.record;
    return secondment?.linkManagerEmail ?? null;
  }

  /** The form the secondee pressed became the claim card; it changes in place (only in that chat). */
  private async updateSecondeeCard(claim: ExpenseClaim, snapshot: FrameworkSnapshot): Promise<EffectResult> {
    if (!claim.secondeeConversationId || !claim.secondeeActivityId) return 'done';
    const ref = await this.refOf(claim.secondeeEmail, snapshot);
    if (!ref || ref.conversationId !== claim.secondeeConversationId) return 'done';
    const view = await this.viewFor(claim, claim.secondeeEmail, snapshot);
    return settled(await this.sender.update(targetOf(ref), claim.secondeeActivityId, { attachments: [cardAttachment(view)] }));
  }

  /** Approval cards that went out show the decision (the deputy's decision shows on the manager's card too). */
  private async updateApproverCards(claim: ExpenseClaim, snapshot: FrameworkSnapshot): Promise<EffectResult> {
    const sent = (await this.store.outbox.history(outboxKey(claim.claimId))).filter((r) => r.stage === APPROVAL_CARD && r.status === 'sent' && r.activityId);
    const results = await Promise.all(
      sent.map(async (row) => {
        const ref = await this.refOf(row.recipient, snapshot);
        if (!ref || ref.conversationId !== row.conversationId) return 'done';
        const view = await this.viewFor(claim, row.recipient, snapshot);
        return settled(await this.sender.update(targetOf(ref), row.activityId as string, { attachments: [cardAttachment(view)] }));
      }),
    );
    return results.includes('retry') ? 'retry' : 'done';
  }
}
