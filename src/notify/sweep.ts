/**
 * One reminder pass: compute open obligations, decide which reminder stage each recipient is due,
 * claim each reminder in the outbox, send it, and record the outcome. Safe to run on several
 * instances at once and to re-run: the outbox lets each reminder through once.
 */
import os from 'node:os';
import { randomUUID } from 'node:crypto';
import { isWorkingDay, type CivilDate } from '../framework/dates';
import { openObligations, type Obligation } from '../framework/obligations';
import type { ConversationRef, FrameworkSnapshot } from '../framework/records';
import { log } from '../log';
import type { Store } from '../store/store';
import { cardAttachment, type CardJson } from '../views/templates';
import { trackerDigests } from './digest';
import { recordAutomaticEscalations } from './escalate';
import { DEFAULT_POLICY, DIGEST_STAGE, INFORMED_STAGE, NOTICE_STAGE, describeStage, latestStage, shouldSend, type ReminderPolicy } from './policy';
import { reminderCard, trackerDigestCard } from '../views/reminder-cards';
import { informedNoticeCard } from '../views/notice-card';
import { noticeRecipients } from './notices';
import { planBoardMail } from './board-mail';
import { ADVICE, Reacher } from './reach';
import type { ConnectorSender } from './sender';
import { ClaimEffects } from './claim-effects';
import { ClaimNotices } from './claim-notices';

export interface PlannedReminder {
  /** Outbox partition: the obligation id, or a digest key. */
  key: string;
  stage: string;
  recipient: string;
  kind: Obligation['kind'] | 'tracker-digest' | 'board-pack' | 'no-board-scheduled';
  /** The card for its recipient; their Teams user id (when known) lets the card refresh itself when shown. */
  card: (recipientUserId?: string) => CardJson;
}

export interface SweepOptions {
  asOf: CivilDate;
  dryRun?: boolean;
  /** Send even when asOf is a weekend or bank holiday (the scheduler never asks to). */
  evenOnHolidays?: boolean;
  /**
   * Only the obligations about this record (e.g. a dispute escalated by hand, whose people are
   * told at once); no digests and no automatic-escalation recording. The outbox keeps it from repeating later.
   */
  subjectId?: string;
}

export interface SweepDeps {
  store: Store;
  sender: ConnectorSender;
  policy?: ReminderPolicy;
  now?: () => Date;
  instanceId?: string;
  staleAfterMs?: number;
  maxAttempts?: number;
  concurrency?: number;
  /** How people are reached (chat, roster, Graph); default: chats and rosters, no Graph. */
  reacher?: Reacher;
}

export interface HeldReminder {
  key: string;
  kind: string;
  recipient: string;
  heldBy: string;
  /** ISO instants: when the other sweep claimed it, and from when it may be taken over. */
  since: string;
  retryAfter: string;
}

export interface SweepResult {
  asOf: CivilDate;
  dryRun: boolean;
  skipped: string | null;
  obligations: number;
  planned: number;
  sent: number;
  /** Already settled by an earlier sweep (sent, unreachable, or given up after repeated failures). */
  claimedElsewhere: number;
  /**
   * Claimed by another sweep that has not finished it: a running one, or one that stopped (crashed,
   * killed). Not sent by this sweep; taken over by the first sweep after `retryAfter`.
   */
  held: HeldReminder[];
  failed: number;
  /** Why each failure failed (tried again at the next sweep). */
  failures: { email: string; reason: string }[];
  /** Reminders held because their recipient cannot be reached in Teams: the people are in notReached. */
  unreachable: number;
  /** Recipients the bot could not reach (no chat, roster or installation); see notReached. */
  noReference: string[];
  /** Why each of them could not be reached, and what to do. */
  notReached: { email: string; reason: string; action: string }[];
  /** Chats the bot opened this sweep (from a team roster or by installing the app). */
  opened: number;
  /** Claim changes whose messages were still owed: finished now, and still open. */
  claimIntents?: { closed: number; open: number };
  /** Disputes recorded as escalated on this sweep because day 28 had passed (9.1). */
  escalated: string[];
  /** Dry run only: each reminder; `stage` keys the outbox, `when` says it for people. */
  reminders?: { key: string; stage: string; when: string; recipient: string; kind: string }[];
}

export const DEFAULT_INSTANCE_ID = `${os.hostname()}-${process.pid}-${randomUUID().slice(0, 8)}`;

/** Which reminders are due now for each open obligation and digest (reads the outbox history). */
export async function planReminders(
  store: Store,
  snapshot: FrameworkSnapshot,
  obligations: Obligation[],
  asOf: CivilDate,
  policy: ReminderPolicy,
  digests = true,
): Promise<PlannedReminder[]> {
  const planned: PlannedReminder[] = [];
  const withStage = obligations.map((o) => ({ obligation: o, stage: latestStage(o, asOf, policy) })).filter((x) => x.stage !== null);
  // One small partition read per obligation that has a stage due, a few at a time.
  await pool(withStage, 16, async ({ obligation, stage }) => {
    if (!stage) return;
    const history = await store.outbox.history(obligation.id);
    const sentTo = (recipient: string) =>
      history.filter((h) => h.recipient === recipient && h.status === 'sent' && h.sentOn).map((h) => ({ stage: h.stage, sentOn: h.sentOn as string }));
    const reminded = new Set<string>();
    for (const recipient of obligation.responsible) {
      if (sentTo(recipient).length) reminded.add(recipient);
      if (shouldSend(stage, sentTo(recipient), asOf, policy)) {
        reminded.add(recipient);
        planned.push({ key: obligation.id, stage: stage.name, recipient, kind: obligation.kind, card: (userId) => reminderCard(obligation, asOf, 'responsible', snapshot, asOf, recipient, userId ? [userId] : []) });
      }
    }
    // Told once when the obligation begins (9.1: the SPOC "must be made aware" of an escalation).
    // A must-act person who has, or now gets, a reminder of it needs no second card (5.5: the YOT
    // manager "made aware" of no applicants is also asked to hold the discussion).
    for (const recipient of obligation.notify) {
      if (reminded.has(recipient)) continue;
      if (!history.some((h) => h.recipient === recipient && h.stage === INFORMED_STAGE && h.status === 'sent')) {
        planned.push({ key: obligation.id, stage: INFORMED_STAGE, recipient, kind: obligation.kind, card: (userId) => reminderCard(obligation, asOf, 'informed', snapshot, asOf, recipient, userId ? [userId] : []) });
      }
    }
    // Each informed person: one notice, with the first reminder stage (see notices.ts).
    for (const recipient of noticeRecipients(obligation, snapshot)) {
      if (!history.some((h) => h.recipient === recipient && h.stage === NOTICE_STAGE && h.status === 'sent')) {
        planned.push({ key: obligation.id, stage: NOTICE_STAGE, recipient, kind: obligation.kind, card: () => informedNoticeCard(obligation, asOf, snapshot) });
      }
    }
  });
  for (const digest of digests ? trackerDigests(snapshot, asOf) : []) {
    const history = await store.outbox.history(digest.key);
    if (history.some((h) => h.recipient === digest.spocEmail && h.status === 'sent')) continue;
    planned.push({
      key: digest.key,
      stage: DIGEST_STAGE,
      recipient: digest.spocEmail,
      kind: 'tracker-digest',
      card: () => trackerDigestCard(digest.board, digest.meetingDate, digest.due, digest.rows),
    });
  }
  // The portfolio lead's board pack and the no-YOGB warning (board-mail.ts).
  if (digests) planned.push(...(await planBoardMail(store, snapshot, asOf)));
  return planned;
}

async function pool<T>(items: T[], concurrency: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const workers = Array.from({ length: Math.min(concurrency, items.length) }, async () => {
    while (next < items.length) await work(items[next++]);
  });
  await Promise.all(workers);
}

export async function sweep(deps: SweepDeps, options: SweepOptions): Promise<SweepResult> {
  const { store } = deps;
  const { asOf } = options;
  const result: SweepResult = {
    asOf, dryRun: !!options.dryRun, skipped: null, obligations: 0, planned: 0, sent: 0,
    claimedElsewhere: 0, held: [], failed: 0, failures: [], unreachable: 0, noReference: [], notReached: [], opened: 0, escalated: [],
  };
  if (!options.evenOnHolidays && !isWorkingDay(asOf)) {
    result.skipped = `${asOf} is not a working day; reminders wait for the next one`;
    return result;
  }
  const whole = options.subjectId === undefined;
  const reacher = deps.reacher ?? new Reacher({ store, sender: deps.sender, botId: '', defaultServiceUrl: '' });
  if (!options.dryRun && whole) result.claimIntents = await settleClaims(deps, reacher, asOf);
  const snapshot = await store.snapshot(asOf);
  const obligations = openObligations(snapshot, asOf).filter((o) => whole || o.subjectId === options.subjectId);
  result.obligations = obligations.length;
  const policy = deps.policy ?? DEFAULT_POLICY;
  const planned = await planReminders(store, snapshot, obligations, asOf, policy, whole);
  result.planned = planned.length;
  const people = new Map(snapshot.people.map((p) => [p.email, p]));
  const personOf = (email: string) => people.get(email) ?? { email };
  const notReached = new Map<string, { email: string; reason: string; action: string }>();
  const opened = new Set<string>();

  if (options.dryRun) {
    result.reminders = planned.map((p) => ({ key: p.key, stage: p.stage, when: describeStage(p.stage, policy), recipient: p.recipient, kind: p.kind }));
    const notes = await store.roster.unreachableNotes();
    await pool([...new Set(planned.map((p) => p.recipient))], 16, async (email) => {
      const how = await reacher.assess(personOf(email), notes);
      if (how.how === 'unreachable') notReached.set(email, { email, reason: how.reason ?? '', action: how.action ?? '' });
    });
    result.unreachable = planned.filter((p) => notReached.has(p.recipient)).length;
  } else {
    await pool(planned, deps.concurrency ?? 16, (reminder) => reachAndDeliver(deps, reacher, reminder, personOf(reminder.recipient), asOf, result, { notReached, opened }));
  }
  // The obligations already treat a dispute past day 28 as escalated (9.1); writing it down comes last so that
  // concurrent sweeps plan from the same moment.
  if (!options.dryRun && whole) result.escalated = await recordAutomaticEscalations(store, asOf);
  result.notReached = [...notReached.values()].sort((a, b) => a.email.localeCompare(b.email));
  result.noReference = result.notReached.map((n) => n.email);
  result.opened = opened.size;
  if (!options.dryRun) {
    log.info(
      { asOf, obligations: result.obligations, planned: result.planned, sent: result.sent, held: result.held.length, opened: result.opened, failed: result.failed, unreachable: result.unreachable, noReference: result.noReference.length },
      'reminder sweep done',
    );
  }
  return result;
}

/** The notification preview Teams shows; notices say they ask nothing. */
function summaryOf(reminder: PlannedReminder): string {
  return reminder.stage === NOTICE_STAGE ? `For your information: ${reminder.kind}` : reminder.kind;
}

/** Finds the way to one reminder's recipient and delivers it; unreachable people are counted per reminder and listed once. */
async function reachAndDeliver(
  deps: SweepDeps, reacher: Reacher, reminder: PlannedReminder, person: { email: string }, asOf: CivilDate, result: SweepResult,
  seen: { notReached: Map<string, { email: string; reason: string; action: string }>; opened: Set<string> },
): Promise<void> {
  const reach = await reacher.reach(person);
  if (!reach.ok) {
    if (reach.transient) {
      result.failed++;
      result.failures.push({ email: reminder.recipient, reason: reach.reason });
    } else {
      // Counted per reminder, listed per person: the summary's count and its list agree.
      result.unreachable++;
      seen.notReached.set(reminder.recipient, { email: reminder.recipient, reason: reach.reason, action: reach.action });
    }
    return; // not claimed: it goes out on the first sweep after they can be reached
  }
  if (reach.opened) seen.opened.add(reminder.recipient); // several reminders may share one opening
  const refused = await deliver(deps, reminder, reach.ref, asOf, result);
  if (refused) seen.notReached.set(reminder.recipient, { email: reminder.recipient, reason: `Teams refused the message (${refused})`, action: ADVICE.blocked });
}

/** Claims one reminder in the outbox, sends it into the person's chat and records the outcome; returns why Teams refused it, if it did. */
async function deliver(deps: SweepDeps, reminder: PlannedReminder, ref: ConversationRef, asOf: CivilDate, result: SweepResult): Promise<string | null> {
  const { store, sender } = deps;
  const claim = await store.outbox.take(reminder.key, reminder.stage, reminder.recipient, {
    instanceId: deps.instanceId ?? DEFAULT_INSTANCE_ID,
    now: (deps.now ?? (() => new Date()))(),
    staleAfterMs: deps.staleAfterMs ?? 10 * 60_000,
    maxAttempts: deps.maxAttempts ?? 10,
  });
  if ('why' in claim) {
    if (claim.why === 'settled') result.claimedElsewhere++;
    else result.held.push({ key: reminder.key, kind: reminder.kind, recipient: reminder.recipient, heldBy: claim.heldBy, since: claim.since, retryAfter: claim.retryAfter });
    return null;
  }
  const target = { serviceUrl: ref.serviceUrl, conversationId: ref.conversationId, tenantId: ref.tenantId };
  const sent = await sender.send(target, { attachments: [cardAttachment(reminder.card(ref.userId || undefined))], summary: summaryOf(reminder) });
  if (sent.ok) {
    await store.outbox.markSent(claim, asOf, sent.activityId, ref.conversationId);
    result.sent++;
  } else if (sent.unreachable) {
    await store.outbox.markFailed(claim, 'unreachable', sent.reason);
    await store.conversationRefs.markUnreachable(ref.aadObjectId, sent.reason);
    result.unreachable++;
    return sent.reason;
  } else {
    await store.outbox.markFailed(claim, 'failed', sent.reason);
    result.failed++;
    result.failures.push({ email: reminder.recipient, reason: sent.reason });
  }
  return null;
}

/** Messages owed by claim changes that a fault interrupted (see claim-effects.ts); a failure here does not stop the reminders. */
async function settleClaims(deps: SweepDeps, reacher: Reacher, asOf: CivilDate): Promise<{ closed: number; open: number } | undefined> {
  const notices = new ClaimNotices(deps.store, deps.sender, () => asOf, reacher, { instanceId: deps.instanceId, maxAttempts: deps.maxAttempts });
  try {
    return await new ClaimEffects(deps.store, notices).settle();
  } catch (err) {
    log.warn({ err: (err as Error).message }, 'claim intents not finished in this sweep');
    return undefined;
  }
}
