/**
 * The 28-day rule of 9.1 written down: a dispute still open after day 28 (raised + 28, which is
 * still local) is recorded as escalated (status, the day after day 28, `automatic`), with an audit
 * entry, before each sweep. The obligations already treat it as escalated from that day whether or
 * not this has run; writing it keeps the record, the Governance Board agenda and the audit trail
 * saying so.
 */
import type { CivilDate } from '../framework/dates';
import { automaticEscalations } from '../framework/disputes';
import { ConcurrencyError } from '../store/entity-table';
import type { Store } from '../store/store';

export const AUTOMATIC_ACTOR = 'framework:9.1-day-28';

/** Escalates what the end of the 28 days has escalated; returns the dispute ids written by this call. */
export async function recordAutomaticEscalations(store: Store, asOf: CivilDate): Promise<string[]> {
  const snapshot = await store.snapshot(asOf);
  const written: string[] = [];
  for (const escalated of automaticEscalations(snapshot.disputes, asOf)) {
    const stored = await store.disputes.get(escalated.disputeId);
    if (!stored || stored.record.status !== 'open') continue;
    try {
      await store.disputes.update(stored, { ...stored.record, status: 'escalated', escalatedDate: escalated.escalatedDate, escalatedBy: escalated.escalatedBy }, AUTOMATIC_ACTOR);
      written.push(escalated.disputeId);
    } catch (err) {
      // Another instance (or a person) changed it first: theirs stands.
      if (!(err instanceof ConcurrencyError)) throw err;
    }
  }
  return written;
}
