/**
 * What the workflow services share: the Outcome they return, record ids, and the permission check
 * against the acting person's YOS. The services check who is acting, validate the input, refuse
 * tampered references, write with optimistic concurrency and leave an audit entry (through the
 * store); the bot turns their outcomes into cards, and tests can call them directly.
 */
import type { CivilDate } from '../framework/dates';
import { may, type Action, type Scope } from '../framework/permissions';
import type { FrameworkSnapshot, Secondment, Yos } from '../framework/records';
import { ConcurrencyError } from '../store/entity-table';
import type { Store } from '../store/store';

export interface FailureDetails {
  fieldErrors: Record<string, string>;
  values: Record<string, string>;
  /** Storage did not say whether the change was made (the error says how to check). */
  unconfirmed: boolean;
}

export type Outcome<T> = { ok: true; value: T; message: string } | ({ ok: false; error: string } & Partial<FailureDetails>);

export const fail = <T>(error: string, extra: Partial<FailureDetails> = {}): Outcome<T> => ({ ok: false, error, ...extra });

export { newId, newSubmissionId } from '../framework/ids';

export const FORM_USED = 'This form has already been used for another record. Ask me for a new form.';

/**
 * Creates a record once per form: `existing` finds a record made by an earlier press of the same
 * form (the id comes from its submission id). The same person's earlier record is the outcome
 * again; a record that is not theirs means the form data was reused, which is refused.
 */
export async function createOnce<T>(
  existing: () => Promise<T | null>,
  insert: () => Promise<void>,
  isSame: (earlier: T) => boolean,
  done: (record: T) => Outcome<T>,
  record: T,
): Promise<Outcome<T>> {
  const earlier = await existing();
  if (earlier) return isSame(earlier) ? done(earlier) : fail(FORM_USED);
  try {
    await insert();
  } catch (err) {
    if (!(err instanceof ConcurrencyError)) throw err;
    const winner = await existing(); // a press at the same moment created it
    return winner && isSame(winner) ? done(winner) : fail(FORM_USED);
  }
  return done(record);
}

export abstract class WorkflowService {
  constructor(
    protected readonly store: Store,
    protected readonly today: () => CivilDate,
    protected readonly now: () => Date = () => new Date(),
  ) {}

  protected async context(): Promise<FrameworkSnapshot> {
    return this.store.snapshot(this.today());
  }

  protected yosOf(snapshot: FrameworkSnapshot, yosId: string): Yos | undefined {
    return snapshot.yos.find((y) => y.yosId === yosId);
  }

  protected check(action: Action, actor: string, yos: Yos, snapshot: FrameworkSnapshot, scope?: Scope | Secondment): string | null {
    const permission = may(action, actor, yos, snapshot, scope);
    return permission.ok ? null : permission.reason;
  }

  /** Whether `actor` may do `action` on a record of YOS `yosId`: the reason if not. */
  protected async authorise(action: Action, actor: string, yosId: string, scope?: Scope | Secondment): Promise<string | null> {
    const snapshot = await this.context();
    const yos = this.yosOf(snapshot, yosId);
    if (!yos) return 'The YOS of this record no longer exists.';
    return this.check(action, actor, yos, snapshot, scope);
  }
}
