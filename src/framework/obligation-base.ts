/**
 * What every obligation has (SPEC section 2): a kind, a due date computed from stored dates, who
 * must act and who is told. Shared by the per-family calculators (secondments, disputes,
 * vacancies) and `obligations.ts`, which puts them together.
 */
import type { CivilDate } from './dates';
import { DEFAULT_LOCAL_POLICY, type LocalPolicy } from './local-policy';
import type { FrameworkSnapshot, Person, Secondment, Yos } from './records';

export const OBLIGATION_KINDS = [
  'vacancy-tracker',
  'three-way-review',
  'return-plan',
  'secondment-end',
  'expense-signoff',
  'dispute-escalation',
  'vacancy-stage-4',
  'vacancy-stage-5',
  'maternity-cover',
  'sickness-cover',
  'no-applicants-discussion',
] as const;
export type ObligationKind = (typeof OBLIGATION_KINDS)[number];

/** Framework section each kind comes from, cited in cards and answers. */
export const OBLIGATION_SECTION: Record<ObligationKind, string> = {
  'vacancy-tracker': '5.5',
  'three-way-review': '5.3',
  'return-plan': '5.4',
  'secondment-end': '5.4',
  'expense-signoff': '5.4',
  'dispute-escalation': '9.1',
  'vacancy-stage-4': '5.5',
  'vacancy-stage-5': '5.5',
  'maternity-cover': '5.6',
  'sickness-cover': '5.6',
  'no-applicants-discussion': '5.5',
};

export interface Obligation {
  /** Deterministic (kind, subject, phase, due date), so reminders can be keyed on it. */
  id: string;
  kind: ObligationKind;
  due: CivilDate;
  yosId: string;
  /** The record the obligation is about (secondment, claim, dispute, vacancy or `yos@meeting`). */
  subjectId: string;
  /** One line a person can read: what and whom it concerns. */
  subject: string;
  section: string;
  /** Emails of those who must act. */
  responsible: string[];
  /** Emails of those kept informed. */
  informed: string[];
  /**
   * Emails sent one card, once, when this obligation begins (not reminded): 9.1 "the NPS
   * divisional SPOC must be made aware" of an escalated dispute, and the local parties are told
   * that it has left their hands.
   */
  notify: string[];
  /** Set for an escalated dispute (9.1): it stays open, with new people acting, until resolved. */
  escalated?: boolean;
}

export function unique(emails: (string | null | undefined)[]): string[] {
  return [...new Set(emails.filter((e): e is string => !!e && e.length > 0))];
}

export function obligationId(kind: ObligationKind, subjectId: string, due: CivilDate): string {
  return `${kind}:${subjectId}:${due}`;
}

/** Lookups the calculators share, built once per snapshot. */
export class Directory {
  private readonly yosById = new Map<string, Yos>();
  private readonly peopleByEmail = new Map<string, Person>();
  private readonly linkManagersByYos = new Map<string, string[]>();
  private readonly secondmentsById = new Map<string, Secondment>();
  readonly policy: LocalPolicy;

  constructor(snapshot: FrameworkSnapshot) {
    this.policy = snapshot.policy ?? DEFAULT_LOCAL_POLICY;
    for (const y of snapshot.yos) this.yosById.set(y.yosId, y);
    for (const p of snapshot.people) this.peopleByEmail.set(p.email, p);
    for (const s of snapshot.secondments) {
      this.secondmentsById.set(s.secondmentId, s);
      const list = this.linkManagersByYos.get(s.yosId) ?? [];
      list.push(s.linkManagerEmail);
      this.linkManagersByYos.set(s.yosId, list);
    }
  }

  yos(yosId: string): Yos | undefined {
    return this.yosById.get(yosId);
  }

  yosName(yosId: string): string {
    return this.yosById.get(yosId)?.name ?? yosId;
  }

  name(email: string): string {
    return this.peopleByEmail.get(email)?.name ?? email;
  }

  secondment(secondmentId: string): Secondment | undefined {
    return this.secondmentsById.get(secondmentId);
  }

  /** Link managers of the YOS's active secondments. */
  linkManagers(yosId: string): string[] {
    return unique(this.linkManagersByYos.get(yosId) ?? []);
  }

  /** The link manager named on a record, else those of its YOS (9.1, 5.3: "the link manager concerned"). */
  linkManagersConcerned(record: { yosId: string; linkManagerEmail: string | null }): string[] {
    return record.linkManagerEmail ? [record.linkManagerEmail] : this.linkManagers(record.yosId);
  }
}
