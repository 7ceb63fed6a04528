/**
 * What the workflow services share: the Outcome they return, record ids, and the permission check
 * against the acting person's YOS. The services check who is acting, validate the input, refuse
 * tampered references, write with optimistic concurrency and leave an audit entry (through the
 * store); the bot turns their outcomes into cards, and tests can call them directly.
 */
import { randomBytes } from 'node:crypto';
import type { CivilDate } from '../framework/dates';
import { may, type Action, type Scope } from '../framework/permissions';
import type { FrameworkSnapshot, Secondment, Yos } from '../framework/records';
import type { Store } from '../store/store';

export type Outcome<T> =
  | { ok: true; value: T; message: string }
  | { ok: false; error: string; fieldErrors?: Record<string, string>; values?: Record<string, string> };

export const fail = <T>(error: string, extra: Partial<{ fieldErrors: Record<string, string>; values: Record<string, string> }> = {}): Outcome<T> => ({ ok: false, error, ...extra });

/** Short unguessable-enough ids people can quote on the phone: TS-20261123-7KQ2. */
export function newId(prefix: string, today: CivilDate): string {
  const alphabet = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';
  const bytes = randomBytes(6);
  const suffix = [...bytes].map((b) => alphabet[b % alphabet.length]).join('');
  return `${prefix}-${today.replace(/-/g, '')}-${suffix}`;
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
