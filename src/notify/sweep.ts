/**
 * One reminder pass: compute open obligations, decide which reminder stage each recipient is due,
 * claim each reminder in the outbox, send it, and record the outcome. Safe to run on several
 * instances at once and to re-run: the outbox lets each reminder through once.
 */
import os from 'node:os';
import { randomUUID } from 'node:crypto';
import { isWorkingDay, type CivilDate } from '../framework/dates';
import { isOverdue, openObligations, type Obligation } from '../framework/obligations';
import type { FrameworkSnapshot } from '../framework/records';
import { log } from '../log';
import type { ConversationRef } from '../framework/records';
import type { Store } from '../store/store';
import { cardAttachment, type CardJson } from '../views/templates';
import { trackerDigests } from './digest';
import { DEFAULT_POLICY, latestStage, shouldSend, type ReminderPolicy } from './policy';
import { reminderCard, trackerDigestCard } from '../views/reminder-cards';
import type { ConnectorSender } from './sender';

export interface PlannedReminder {
  /** Outbox partition: the obligation id, or a digest key. */
  key: string;
  stage: string;
  recipient: string;
  kind: Obligation['kind'] | 'tracker-digest';
  card: () => CardJson;
}

export interface SweepOptions {
  asOf: CivilDate;
  dryRun?: boolean;
  /** Send even when asOf is a weekend or bank holiday (the scheduler never asks to). */
  evenOnHolidays?: boolean;
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
}

export interface SweepResult {
  asOf: CivilDate;
  dryRun: boolean;
  skipped: string | null;
  obligations: number;
  planned: number;
  sent: number;
  /** Already sent or being sent by another sweep. */
  claimedElsewhere: number;
  failed: number;
  unreachable: number;
  /** Recipients with no Teams conversation yet (they have not installed the app). */
  noReference: string[];
  reminders?: { key: string; stage: string; recipient: string; kind: string }[];
}

export const DEFAULT_INSTANCE_ID = `${os.hostname()}-${process.pid}-${randomUUID().slice(0, 8)}`;

/** Which reminders are due now for each open obligation and digest (reads the outbox history). */
export async function planReminders(store: Store, snapshot: FrameworkSnapshot, obligations: Obligation[], asOf: CivilDate, policy: ReminderPolicy): Promise<PlannedReminder[]> {
  const planned: PlannedReminder[] = [];
  const withStage = obligations.map((o) => ({ obligation: o, stage: latestStage(o, asOf, policy) })).filter((x) => x.stage !== null);
  // One small partition read per obligation that has a stage due, a few at a time.
  await pool(withStage, 16, async ({ obligation, stage }) => {
    if (!stage) return;
    const history = await store.outbox.history(obligation.id);
    const sentTo = (recipient: string) =>
      history.filter((h) => h.recipient === recipient && h.status === 'sent' && h.sentOn).map((h) => ({ stage: h.stage, sentOn: h.sentOn as string }));
    for (const recipient of obligation.responsible) {
      if (shouldSend(stage, sentTo(recipient), asOf, policy)) {
        planned.push({ key: obligation.id, stage: stage.name, recipient, kind: obligation.kind, card: () => reminderCard(obligation, asOf, 'responsible', snapshot) });
      }
    }
    // 9.1: once the local period has passed, the escalation list is told, once.
    if (isOverdue(obligation, asOf)) {
      for (const recipient of obligation.escalation) {
        if (!history.some((h) => h.recipient === recipient && h.stage === 'escalation' && h.status === 'sent')) {
          planned.push({ key: obligation.id, stage: 'escalation', recipient, kind: obligation.kind, card: () => reminderCard(obligation, asOf, 'escalation', snapshot) });
        }
      }
    }
  });
  for (const digest of trackerDigests(snapshot, asOf)) {
    const history = await store.outbox.history(digest.key);
    if (history.some((h) => h.recipient === digest.spocEmail && h.status === 'sent')) continue;
    planned.push({
      key: digest.key,
      stage: 'digest',
      recipient: digest.spocEmail,
      kind: 'tracker-digest',
      card: () => trackerDigestCard(digest.board, digest.meetingDate, digest.due, digest.rows),
    });
  }
  return planned;
}

/** Finds each person's conversation: by their aadObjectId, else a reference saved with their email. */
export function referenceFinder(snapshot: FrameworkSnapshot, refs: ConversationRef[]): (email: string) => ConversationRef | null {
  const byAad = new Map(refs.map((r) => [r.aadObjectId, r]));
  const byEmail = new Map(refs.filter((r) => r.email).map((r) => [r.email as string, r]));
  const aadOf = new Map(snapshot.people.filter((p) => p.aadObjectId).map((p) => [p.email, p.aadObjectId as string]));
  return (email) => {
    const aad = aadOf.get(email);
    return (aad ? byAad.get(aad) : undefined) ?? byEmail.get(email) ?? null;
  };
}

async function pool<T>(items: T[], concurrency: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const workers = Array.from({ length: Math.min(concurrency, items.length) }, async () => {
    while (next < items.length) await work(items[next++]);
  });
  await Promise.all(workers);
}

export async function sweep(deps: SweepDeps, options: SweepOptions): Promise<SweepResult> {
  const { store, sender } = deps;
  const { asOf } = options;
  const policy = deps.policy ?? DEFAULT_POLICY;
  const now = deps.now ?? (() => new Date());
  const result: SweepResult = {
    asOf, dryRun: !!options.dryRun, skipped: null, obligations: 0, planned: 0, sent: 0,
    claimedElsewhere: 0, failed: 0, unreachable: 0, noReference: [],
  };
  if (!options.evenOnHolidays && !isWorkingDay(asOf)) {
    result.skipped = `${asOf} is not a working day; reminders wait for the next one`;
    return result;
  }
  const snapshot = await store.snapshot(asOf);
  const obligations = openObligations(snapshot, asOf);
  result.obligations = obligations.length;
  const planned = await planReminders(store, snapshot, obligations, asOf, policy);
  result.planned = planned.length;
  const findRef = referenceFinder(snapshot, await store.conversationRefs.all());
  const noReference = new Set<string>();

  if (options.dryRun) {
    result.reminders = planned.map((p) => ({ key: p.key, stage: p.stage, recipient: p.recipient, kind: p.kind }));
    for (const p of planned) if (!findRef(p.recipient)) noReference.add(p.recipient);
    result.noReference = [...noReference].sort();
    return result;
  }

  await pool(planned, deps.concurrency ?? 16, async (reminder) => {
    const ref = findRef(reminder.recipient);
    if (!ref) {
      // Not claimed: it goes out on the first sweep after they install the app.
      noReference.add(reminder.recipient);
      return;
    }
    if (ref.unreachableReason) {
      result.unreachable++;
      return;
    }
    const claim = await store.outbox.claim(reminder.key, reminder.stage, reminder.recipient, {
      instanceId: deps.instanceId ?? DEFAULT_INSTANCE_ID,
      now: now(),
      staleAfterMs: deps.staleAfterMs ?? 10 * 60_000,
      maxAttempts: deps.maxAttempts ?? 10,
    });
    if (!claim) {
      result.claimedElsewhere++;
      return;
    }
    const target = { serviceUrl: ref.serviceUrl, conversationId: ref.conversationId, tenantId: ref.tenantId };
    const sent = await sender.send(target, { attachments: [cardAttachment(reminder.card())], summary: reminder.kind });
    if (sent.ok) {
      await store.outbox.markSent(claim, asOf, sent.activityId, ref.conversationId);
      result.sent++;
    } else if (sent.unreachable) {
      await store.outbox.markFailed(claim, 'unreachable', sent.reason);
      await store.conversationRefs.markUnreachable(ref.aadObjectId, sent.reason);
      result.unreachable++;
    } else {
      await store.outbox.markFailed(claim, 'failed', sent.reason);
      result.failed++;
    }
  });
  result.noReference = [...noReference].sort();
  log.info(
    { asOf, obligations: result.obligations, planned: result.planned, sent: result.sent, failed: result.failed, unreachable: result.unreachable, noReference: result.noReference.length },
    'reminder sweep done',
  );
  return result;
}
