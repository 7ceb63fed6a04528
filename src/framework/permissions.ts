/**
 * Who may do what (pure). Each action lists the roles the framework gives it, with the section,
 * and separately the roles the product adds as a local choice, so the README and the bot can say
 * which is which. A local setting may widen a row (the SPOC resolving disputes); nothing narrows
 * what the framework gives.
 */
import { DEFAULT_LOCAL_POLICY, type LocalPolicy } from './local-policy';
import { portfolioLeads, type FrameworkSnapshot, type Secondment, type Yos } from './records';

export type Role = 'secondee' | 'link-manager' | 'yot-manager' | 'deputy' | 'yos-senior-manager' | 'head-of-ldu' | 'spoc' | 'portfolio-lead';

export type Action =
  | 'claim.submit'
  | 'claim.decide'
  | 'review.record'
  | 'secondment.end'
  | 'dispute.raise'
  | 'dispute.resolve'
  | 'dispute.resolve-escalated'
  | 'dispute.escalate'
  | 'vacancy.open'
  | 'vacancy.update'
  | 'vacancy.stage'
  | 'vacancy.stage-5'
  | 'vacancy.fill'
  | 'vacancy.no-applicants'
  | 'vacancy.discussion'
  | 'tracker.submit'
  | 'agenda.view'
  | 'absence.record'
  | 'absence.cover-maternity'
  | 'absence.cover-sickness';

export interface PermissionRule {
  /** What the action is, for the README table and refusals. */
  label: string;
  /** Roles the framework gives this action. */
  framework: Role[];
  /** Where the framework says so. */
  section: string;
  /** Roles the product adds (local choice, not the framework's), and why. */
  local: Role[];
  localWhy?: string;
}

export const PERMISSIONS: Record<Action, PermissionRule> = {
  'claim.submit': { label: 'submit a T&S claim', framework: ['secondee'], section: '5.4', local: [] },
  'claim.decide': {
    label: 'approve or reject a T&S claim (never the claimant)',
    framework: ['yot-manager'],
    section: '5.4',
    local: ['deputy'],
    localWhy: 'a deputy named on the YOS signs off when the YOT manager is away',
  },
  'review.record': {
    label: 'record a three-way review or return-plan meeting',
    framework: ['link-manager'],
    section: '5.3',
    local: ['yot-manager'],
    localWhy: 'a local choice, as the YOT manager is at the three-way review and may record it',
  },
  'secondment.end': {
    label: 'record a secondment ended',
    framework: [],
    section: '5.3',
    local: ['link-manager', 'head-of-ldu'],
    localWhy: 'a local choice, as the framework leaves open who records it. The link manager is the primary link with the NPS and the Head of LDU sees secondment arrangements managed (5.3)',
  },
  'dispute.raise': { label: 'raise a dispute', framework: ['yot-manager', 'link-manager'], section: '9.1', local: [] },
  'dispute.resolve': { label: 'resolve a dispute before it is escalated', framework: ['yot-manager', 'link-manager'], section: '9.1', local: [] },
  'dispute.resolve-escalated': { label: 'resolve an escalated dispute', framework: ['head-of-ldu', 'yos-senior-manager'], section: '9.1', local: [] },
  'dispute.escalate': {
    label: 'escalate a dispute by hand within the 28 days',
    framework: [],
    section: '9.1',
    local: ['yot-manager', 'link-manager'],
    localWhy: '9.1 escalates a dispute to the Head of LDU and Senior Manager of YOS after 28 days; escalating earlier by hand is a product choice for the local parties',
  },
  'vacancy.open': {
    label: 'record a vacancy',
    framework: [],
    section: '5.3',
    local: ['yot-manager', 'link-manager', 'head-of-ldu', 'spoc'],
    localWhy:
      'a local choice, as the framework leaves open who records it. The link manager reviews a vacancy jointly with the YOS, the YOT manager works jointly with the NPS on recruitment, the Head of LDU approves it (5.3), and the SPOC reports vacancy management to the Governance Board (5.5)',
  },
  'vacancy.update': {
    label: 'review and update a vacancy (cover, FTE, link manager)',
    framework: ['link-manager', 'yot-manager'],
    section: '5.3',
    local: ['head-of-ldu'],
    localWhy: 'the Head of LDU approves recruitment to the vacancy (5.3)',
  },
  'vacancy.stage': {
    label: 'record stages 1 to 4 of the staged process',
    framework: ['link-manager', 'head-of-ldu'],
    section: '5.5',
    local: ['spoc'],
    localWhy: 'the SPOC gives the stage-4 business hub details and may record it',
  },
  'vacancy.stage-5': { label: 'record the stage-5 evidence that the post is still unfilled', framework: ['yot-manager', 'head-of-ldu'], section: '5.5', local: [] },
  'vacancy.fill': {
    label: 'record a vacancy filled',
    framework: [],
    section: '5.3',
    local: ['yot-manager', 'link-manager', 'head-of-ldu', 'spoc'],
    localWhy: 'a local choice as for recording a vacancy, since the framework leaves open who records it',
  },
  'vacancy.no-applicants': {
    label: 'record that a vacancy had no applicants',
    framework: [],
    section: '5.5',
    local: ['link-manager', 'head-of-ldu', 'spoc'],
    localWhy: 'a local choice, as 5.5 has the YOT manager "made aware" without saying by whom; the NPS side records it (our reading) and the bot tells the YOT manager',
  },
  'vacancy.discussion': {
    label: 'record the no-applicants discussion held',
    framework: ['yot-manager'],
    section: '5.5',
    local: ['link-manager', 'head-of-ldu'],
    localWhy: 'our reading of "the NPS lead" in 5.5 is the link manager concerned, else the Head of LDU',
  },
  'tracker.submit': { label: 'mark a vacancy tracker submitted', framework: ['yot-manager', 'head-of-ldu'], section: '5.5', local: [] },
  // 5.3: the link manager completes "SOP and Shared Service records where required e.g. Absence from work"; the YOT manager approves leave.
  'absence.record': { label: 'record a maternity or sickness absence', framework: ['link-manager', 'yot-manager'], section: '5.3, 5.6', local: [] },
  'absence.cover-maternity': { label: 'record the cover agreed for maternity leave', framework: ['link-manager', 'head-of-ldu'], section: '5.6', local: [] },
  'absence.cover-sickness': { label: 'record the solution agreed for long-term sickness', framework: ['yot-manager', 'link-manager'], section: '5.6', local: [] },
  'agenda.view': {
    label: 'see the Governance Board agenda',
    framework: ['spoc'],
    section: '9.1, 5.5',
    local: ['head-of-ldu', 'portfolio-lead'],
    localWhy:
      'the Head of LDU completes the vacancy tracker "quarterly to coincide with YOGB" (5.3); the portfolio lead sees every division, a local choice for the chair of the Governance Board',
  },
};

/** The roles allowed an action under a local policy (framework + product choices + local grants). */
export function allowedRoles(action: Action, policy: LocalPolicy = DEFAULT_LOCAL_POLICY): Role[] {
  const rule = PERMISSIONS[action];
  const granted: Role[] = policy.spocMayResolveDisputes && (action === 'dispute.resolve' || action === 'dispute.resolve-escalated') ? ['spoc'] : [];
  return [...new Set([...rule.framework, ...rule.local, ...granted])];
}

/** Allowed roles under the default policy, for tests and the README. */
export const ALLOWED: Record<Action, Role[]> = Object.fromEntries(
  (Object.keys(PERMISSIONS) as Action[]).map((a) => [a, allowedRoles(a)]),
) as Record<Action, Role[]>;

/** The record an action touches, where it narrows who counts as "the link manager concerned". */
export interface Scope {
  secondment?: Secondment;
  /** A dispute's or vacancy's named link manager; null/absent = any link manager of the YOS. */
  linkManagerEmail?: string | null;
}

/** The roles a person holds for one YOS (and, if given, one record in it). */
export function rolesFor(email: string, yos: Yos, snapshot: FrameworkSnapshot, scope: Scope | Secondment = {}): Role[] {
  const { secondment, linkManagerEmail } = 'secondmentId' in scope ? { secondment: scope, linkManagerEmail: undefined } : scope;
  const roles: Role[] = [];
  const inYos = snapshot.secondments.filter((s) => s.yosId === yos.yosId);
  if (secondment ? secondment.secondeeEmail === email : inYos.some((s) => s.secondeeEmail === email)) roles.push('secondee');
  const linkManager = secondment
    ? secondment.linkManagerEmail === email
    : linkManagerEmail
      ? linkManagerEmail === email
      : inYos.some((s) => s.linkManagerEmail === email);
  if (linkManager) roles.push('link-manager');
  if (yos.yotManagerEmail === email) roles.push('yot-manager');
  if (yos.deputyEmail && yos.deputyEmail === email) roles.push('deputy');
  if (yos.yosSeniorManagerEmail === email) roles.push('yos-senior-manager');
  if (yos.headOfLduEmail === email) roles.push('head-of-ldu');
  if (yos.spocEmail === email) roles.push('spoc');
  // The portfolio lead's role is national: it counts for every YOS.
  if (portfolioLeads(snapshot).includes(email)) roles.push('portfolio-lead');
  return roles;
}

export type Permission = { ok: true; roles: Role[] } | { ok: false; reason: string };

const ROLE_TITLES: Record<Role, string> = {
  secondee: 'secondee',
  'link-manager': 'link manager',
  'yot-manager': 'YOT manager',
  deputy: 'deputy',
  'yos-senior-manager': 'YOS senior manager',
  'head-of-ldu': 'Head of LDU',
  spoc: 'SPOC',
  'portfolio-lead': 'portfolio lead',
};

export function roleName(role: Role): string {
  return ROLE_TITLES[role];
}

export function may(action: Action, email: string, yos: Yos, snapshot: FrameworkSnapshot, scope: Scope | Secondment = {}): Permission {
  const allowed = allowedRoles(action, snapshot.policy);
  const granted = rolesFor(email, yos, snapshot, scope).filter((r) => allowed.includes(r));
  if (granted.length) return { ok: true, roles: granted };
  // Lower-case role names as before; wording revisited with the bot's refusal cards.
  const who = allowed.map((r) => r.replace(/-/g, ' ')).join(', ') || 'nobody';
  return { ok: false, reason: `Only the ${who} for ${yos.name} can do that.` };
}

/** What a person may do somewhere, and the roles they hold anywhere: what their help card and buttons offer. */
export interface Abilities {
  actions: Set<Action>;
  roles: Set<Role>;
}

export function abilitiesOf(email: string, snapshot: FrameworkSnapshot): Abilities {
  const actions = new Set<Action>();
  const roles = new Set<Role>();
  for (const yos of snapshot.yos) {
    for (const role of rolesFor(email, yos, snapshot)) roles.add(role);
    for (const action of Object.keys(PERMISSIONS) as Action[]) if (!actions.has(action) && may(action, email, yos, snapshot).ok) actions.add(action);
  }
  return { actions, roles };
}

/** Who signs off a claim, and whether the framework or a product rule says so. */
export interface ClaimApprover {
  email: string;
  role: Role;
  /** True when a product rule chose them (the claimant is the YOT manager 5.4 names). */
  productRule: boolean;
}

/**
 * 5.4: "sign off for expenses by YOS manager". When the claimant is that YOT manager (never their
 * own approver), a product rule, not the framework, chooses: the deputy if named, else the YOS
 * senior manager, else the Head of LDU.
 */
export function claimApprover(yos: Yos, claimantEmail: string): ClaimApprover {
  if (yos.yotManagerEmail !== claimantEmail) return { email: yos.yotManagerEmail, role: 'yot-manager', productRule: false };
  const candidates: [string | undefined, Role][] = [
    [yos.deputyEmail, 'deputy'],
    [yos.yosSeniorManagerEmail, 'yos-senior-manager'],
    [yos.headOfLduEmail, 'head-of-ldu'],
  ];
  const [email, role] = candidates.find(([e]) => e && e !== claimantEmail) ?? [yos.headOfLduEmail, 'head-of-ldu'];
  return { email: email!, role, productRule: true };
}

/** The product rule's wording ("as YOS senior manager, since ..."), for cards and chat. */
export function claimApproverRule(approver: ClaimApprover): string {
  return `as ${roleName(approver.role)}, since the claimant is the YOT manager (product rule, not the framework: 5.4 names the YOS manager)`;
}

/**
 * Whether `email` may approve or reject this claim: never the claimant; whoever may decide the
 * YOS's claims (the YOT manager, a named deputy); and the person the claim was sent to for
 * sign-off (claimApprover), so the YOT manager's own claim always has someone who can decide it.
 */
export function mayDecideClaim(email: string, claim: { secondeeEmail: string; approverEmail: string }, yos: Yos, snapshot: FrameworkSnapshot): Permission {
  if (email === claim.secondeeEmail) return { ok: false, reason: 'You cannot decide your own claim.' };
  const general = may('claim.decide', email, yos, snapshot);
  // A claim stored naming its own claimant as approver (before the product rule) goes to the rule's choice.
  const designated = claim.approverEmail === claim.secondeeEmail ? claimApprover(yos, claim.secondeeEmail).email : claim.approverEmail;
  if (general.ok || email !== designated) return general;
  return { ok: true, roles: rolesFor(email, yos, snapshot) };
}
