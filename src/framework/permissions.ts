/**
 * Who may do what (pure). Each workflow action names the roles allowed on the record it touches,
 * following the framework: the YOT manager (or the YOS's named deputy) signs off T&S claims (5.4)
 * and never the claimant; link managers record three-way reviews (5.3); disputes are raised by the
 * YOT manager or link manager and may be resolved or escalated by anyone on the 9.1 ladder;
 * vacancies and trackers belong to the YOT manager, Head of LDU and SPOC (5.5).
 */
import type { FrameworkSnapshot, Secondment, Yos } from './records';

export type Role = 'secondee' | 'link-manager' | 'yot-manager' | 'deputy' | 'yos-senior-manager' | 'head-of-ldu' | 'spoc';

export type Action =
  | 'claim.submit'
  | 'claim.decide'
  | 'review.record'
  | 'secondment.end'
  | 'dispute.raise'
  | 'dispute.resolve'
  | 'dispute.escalate'
  | 'vacancy.open'
  | 'vacancy.fill'
  | 'tracker.submit';

export const ALLOWED: Record<Action, Role[]> = {
  'claim.submit': ['secondee'],
  'claim.decide': ['yot-manager', 'deputy'],
  'review.record': ['link-manager', 'yot-manager'],
  'secondment.end': ['link-manager', 'head-of-ldu'],
  'dispute.raise': ['yot-manager', 'link-manager'],
  'dispute.resolve': ['yot-manager', 'link-manager', 'head-of-ldu', 'yos-senior-manager', 'spoc'],
  'dispute.escalate': ['yot-manager', 'link-manager', 'head-of-ldu', 'yos-senior-manager', 'spoc'],
  'vacancy.open': ['yot-manager', 'head-of-ldu', 'spoc'],
  'vacancy.fill': ['yot-manager', 'head-of-ldu', 'spoc'],
  'tracker.submit': ['yot-manager', 'head-of-ldu'],
};

/** The roles a person holds for one YOS (and, if given, one secondment in it). */
export function rolesFor(email: string, yos: Yos, snapshot: FrameworkSnapshot, secondment?: Secondment): Role[] {
  const roles: Role[] = [];
  const inYos = snapshot.secondments.filter((s) => s.yosId === yos.yosId);
  if (secondment ? secondment.secondeeEmail === email : inYos.some((s) => s.secondeeEmail === email)) roles.push('secondee');
  if (secondment ? secondment.linkManagerEmail === email : inYos.some((s) => s.linkManagerEmail === email)) roles.push('link-manager');
  if (yos.yotManagerEmail === email) roles.push('yot-manager');
  if (yos.deputyEmail && yos.deputyEmail === email) roles.push('deputy');
  if (yos.yosSeniorManagerEmail === email) roles.push('yos-senior-manager');
  if (yos.headOfLduEmail === email) roles.push('head-of-ldu');
  if (yos.spocEmail === email) roles.push('spoc');
  return roles;
}

export type Permission = { ok: true; roles: Role[] } | { ok: false; reason: string };

export function may(action: Action, email: string, yos: Yos, snapshot: FrameworkSnapshot, secondment?: Secondment): Permission {
  const roles = rolesFor(email, yos, snapshot, secondment);
  const granted = roles.filter((r) => ALLOWED[action].includes(r));
  if (granted.length) return { ok: true, roles: granted };
  const who = ALLOWED[action].map((r) => r.replace(/-/g, ' ')).join(', ');
  return { ok: false, reason: `Only the ${who} for ${yos.name} can do that.` };
}
