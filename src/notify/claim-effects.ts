/**
 * Finishes claim intents (src/store/claim-ledger.ts): the storage part (decided claim moved, audit
 * entry published) and then the messages owed (claim-notices.ts). Run in the background right
 * after a claim is submitted or decided, whenever a read finds intents still open, and by every
 * sweep; safe to run several times and on several instances at once. An intent is closed when
 * everything it owes is done or given up for good, and after MAX_ATTEMPTS runs in any case.
 */
import type { ClaimIntent } from '../store/claim-ledger';
import type { Store } from '../store/store';
import { log } from '../log';
import type { ClaimNotices, EffectResult } from './claim-notices';

export const MAX_ATTEMPTS = 10;

export interface SettleResult {
  /** Intents finished (or given up) in this run. */
  closed: number;
  /** Intents that still owe something (tried again later). */
  open: number;
}

export class ClaimEffects {
  constructor(
    private readonly store: Store,
    private readonly notices: ClaimNotices,
  ) {}

  /** Runs every open intent (or one claim's). Storage faults propagate; message faults leave the intent open. */
  async settle(claimId?: string): Promise<SettleResult> {
    const result: SettleResult = { closed: 0, open: 0 };
    for (const intent of await this.store.claimLedger.openIntents(claimId)) {
      const closed = await this.run(intent);
      if (closed) result.closed++;
      else result.open++;
    }
    return result;
  }

  /** True when the intent was closed. */
  private async run(intent: ClaimIntent): Promise<boolean> {
    await this.store.claimLedger.finishStorage(intent);
    const results = await this.effects(intent);
    const done = results.every((r) => r === 'done');
    if (done || intent.attempts + 1 >= MAX_ATTEMPTS) {
      if (!done) log.warn({ claimId: intent.claimId, event: intent.event }, 'claim messages given up after repeated failures');
      await this.store.claimLedger.closeIntent(intent);
      return true;
    }
    await this.store.claimLedger.noteAttempt(intent);
    return false;
  }

  private async effects(intent: ClaimIntent): Promise<EffectResult[]> {
    // The claim as stored now (the intent's copy is the state it recorded).
    const claim = (await this.store.claims.get(intent.claimId))?.record ?? intent.after;
    if (intent.event === 'submitted') return [claim.status === 'pending' ? await this.notices.claimSubmitted(claim) : 'done'];
    if (intent.event === 'withdrawn') return this.notices.claimWithdrawn(claim);
    return this.notices.claimDecided(claim);
  }
}
