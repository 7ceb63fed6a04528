/**
 * Personal facts for an answer: who the asker is in the framework (secondee, link manager, YOT
 * manager, Head of LDU, SPOC), the people of their YOS, and their next dates. Pure: works on a
 * snapshot the caller loaded.
 */
import { addDays, daysBetween, formatLong, type CivilDate } from './dates';
import { TRACKER_DAYS_BEFORE_BOARD, nextBoard, openObligations, type Obligation } from './obligations';
import { personName, type FrameworkSnapshot, type Person, type Secondment, type Yos } from './records';
import type { Topic } from './rules';
import { claimApprover, claimApproverRule } from './permissions';

export interface PersonalContext {
  person: Person;
  asOf: CivilDate;
  /** The YOS the asker works in or for, most specific first. */
  yos: Yos[];
  /** Secondments where the asker is the secondee. */
  ownSecondments: Secondment[];
  /** Secondments the asker link-manages. */
  managedSecondments: Secondment[];
  snapshot: FrameworkSnapshot;
  obligations: Obligation[];
}

/** `obligations` may be passed in when the caller already worked them out for this snapshot and day. */
export function personalContext(snapshot: FrameworkSnapshot, email: string, asOf: CivilDate, obligations?: Obligation[]): PersonalContext | null {
  const person = snapshot.people.find((p) => p.email === email);
  if (!person) return null;
  const ownSecondments = snapshot.secondments.filter((s) => s.secondeeEmail === email);
  const managedSecondments = snapshot.secondments.filter((s) => s.linkManagerEmail === email);
  const yosIds = [
    ...ownSecondments.map((s) => s.yosId),
    ...snapshot.yos.filter((y) => y.yotManagerEmail === email || y.yosSeniorManagerEmail === email).map((y) => y.yosId),
    ...managedSecondments.map((s) => s.yosId),
    ...snapshot.yos.filter((y) => y.headOfLduEmail === email || y.spocEmail === email).map((y) => y.yosId),
  ];
  const yos = [...new Set(yosIds)].map((id) => snapshot.yos.find((y) => y.yosId === id)).filter((y): y is Yos => !!y);
  return { person, asOf, yos, ownSecondments, managedSecondments, snapshot, obligations: obligations ?? openObligations(snapshot, asOf) };
}

function nameOf(ctx: PersonalContext, email: string): string {
  return personName(ctx.snapshot, email);
}

function when(ctx: PersonalContext, date: CivilDate): string {
  const days = daysBetween(ctx.asOf, date);
  const relative = days === 0 ? 'today' : days > 0 ? `in ${days} day${days === 1 ? '' : 's'}` : `${-days} day${days === -1 ? '' : 's'} overdue`;
  return `${formatLong(date)} (${relative})`;
}

function linkManagersOf(ctx: PersonalContext, yosId: string): string[] {
  return [...new Set(ctx.snapshot.secondments.filter((s) => s.yosId === yosId).map((s) => s.linkManagerEmail))];
}

/** Secondments the asker is party to, as secondee, link manager or YOT manager. */
function relevantSecondments(ctx: PersonalContext): Secondment[] {
  if (ctx.ownSecondments.length) return ctx.ownSecondments;
  if (ctx.managedSecondments.length) return ctx.managedSecondments;
  const managed = new Set(ctx.yos.filter((y) => y.yotManagerEmail === ctx.person.email).map((y) => y.yosId));
  return ctx.snapshot.secondments.filter((s) => managed.has(s.yosId));
}

function obligationsOf(ctx: PersonalContext, kind: Obligation['kind'], subjectIds: string[]): Obligation[] {
  return ctx.obligations.filter((o) => o.kind === kind && subjectIds.includes(o.subjectId));
}

function disputeLines(ctx: PersonalContext): string[] {
  const lines: string[] = [];
  for (const yos of ctx.yos.slice(0, 2)) {
    const links = linkManagersOf(ctx, yos.yosId).map((e) => nameOf(ctx, e));
    lines.push(
      `For ${yos.name}: first the YOT manager ${nameOf(ctx, yos.yotManagerEmail)}` +
        (links.length ? ` and the link manager ${links.join(' and ')}` : '') +
        `; if it is not resolved within 28 days, it is escalated to the Head of LDU ${nameOf(ctx, yos.headOfLduEmail)} and the YOS senior manager ${nameOf(ctx, yos.yosSeniorManagerEmail)} to resolve,` +
        ` and the divisional SPOC ${nameOf(ctx, yos.spocEmail)} must be made aware so it can be raised at the YOS Governance Board.`,
    );
    for (const o of ctx.obligations.filter((x) => x.kind === 'dispute-escalation' && x.yosId === yos.yosId)) {
      // 9.1: an escalated dispute stays open with the Head of LDU and YOS senior manager until resolved.
      lines.push(
        o.escalated
          ? `Open dispute ${o.subjectId}: escalated on ${formatLong(o.due)}; the Head of LDU and YOS senior manager are to resolve it.`
          : `Open dispute ${o.subjectId}: the 28-day local deadline is ${when(ctx, o.due)}.`,
      );
    }
  }
  return lines;
}

function reviewLines(ctx: PersonalContext): string[] {
  return relevantSecondments(ctx)
    .slice(0, 5)
    .flatMap((s) =>
      obligationsOf(ctx, 'three-way-review', [s.secondmentId]).map(
        (o) => `Next three-way review for ${nameOf(ctx, s.secondeeEmail)} (${s.secondmentId}): ${when(ctx, o.due)}${s.lastReviewDate ? `; last held ${formatLong(s.lastReviewDate)}` : '; none recorded yet'}.`,
      ),
    );
}

function trackerLines(ctx: PersonalContext): string[] {
  const next = nextBoard(ctx.snapshot, ctx.asOf);
  if (!next) return [];
  const lines = [`Next ${next.board}: ${formatLong(next.meetingDate)}.`];
  for (const yos of ctx.yos.slice(0, 3)) {
    const open = ctx.obligations.find((o) => o.kind === 'vacancy-tracker' && o.subjectId === `${yos.yosId}@${next.meetingDate}`);
    const submitted = ctx.snapshot.trackerSubmissions.some((t) => t.yosId === yos.yosId && t.meetingDate === next.meetingDate);
    if (open) lines.push(`${yos.name}'s tracker is due by ${when(ctx, open.due)}; not yet submitted.`);
    else if (submitted) lines.push(`${yos.name}'s tracker for that meeting has been submitted.`);
  }
  return lines;
}

function secondmentLines(ctx: PersonalContext): string[] {
  return relevantSecondments(ctx)
    .slice(0, 5)
    .map((s) => {
      const returnPlan = obligationsOf(ctx, 'return-plan', [s.secondmentId])[0];
      return (
        `${nameOf(ctx, s.secondeeEmail)}'s secondment (${s.secondmentId}) runs from ${formatLong(s.startDate)} to ${formatLong(s.plannedEndDate)}` +
        (returnPlan ? `; the return-plan meeting is due by ${when(ctx, returnPlan.due)}.` : s.returnPlanHeldDate ? `; the return plan was agreed on ${formatLong(s.returnPlanHeldDate)}.` : '.')
      );
    });
}

function expenseLines(ctx: PersonalContext): string[] {
  const lines: string[] = [];
  for (const s of ctx.ownSecondments.slice(0, 1)) {
    const yos = ctx.snapshot.yos.find((y) => y.yosId === s.yosId);
    const approver = yos && claimApprover(yos, ctx.person.email);
    if (yos && approver?.productRule) lines.push(`Your claims go to ${nameOf(ctx, approver.email)} for sign-off, ${claimApproverRule(approver)}.`);
    else if (yos) lines.push(`Your claims go to ${nameOf(ctx, yos.yotManagerEmail)}, YOT manager of ${yos.name}, for sign-off.`);
  }
  const waiting = ctx.obligations.filter((o) => o.kind === 'expense-signoff' && o.responsible.includes(ctx.person.email));
  if (waiting.length) lines.push(`${waiting.length} claim(s) are waiting for your sign-off; the earliest is due by ${when(ctx, waiting[0].due)}.`);
  return lines;
}

function vacancyLines(ctx: PersonalContext): string[] {
  const ids = new Set(ctx.yos.map((y) => y.yosId));
  return ctx.obligations
    .filter((o) => (o.kind === 'vacancy-stage-4' || o.kind === 'vacancy-stage-5' || o.kind === 'no-applicants-discussion') && ids.has(o.yosId))
    .slice(0, 4)
    .map((o) => `${o.subject}: ${when(ctx, o.due)}.`);
}

function boardLines(ctx: PersonalContext): string[] {
  const next = nextBoard(ctx.snapshot, ctx.asOf);
  if (!next) return [];
  const trackersDue = addDays(next.meetingDate, -TRACKER_DAYS_BEFORE_BOARD);
  return [`Next ${next.board}: ${formatLong(next.meetingDate)}; vacancy trackers are due by ${when(ctx, trackersDue)}.`];
}

function roleLines(ctx: PersonalContext): string[] {
  return ctx.yos.slice(0, 1).map((yos) => {
    const links = linkManagersOf(ctx, yos.yosId).map((e) => nameOf(ctx, e));
    return `Your people at ${yos.name}: YOT manager ${nameOf(ctx, yos.yotManagerEmail)}` + (links.length ? `, link manager ${links.join(' and ')}` : '') + `, Head of LDU ${nameOf(ctx, yos.headOfLduEmail)}, SPOC ${nameOf(ctx, yos.spocEmail)}.`;
  });
}

const LINES: Record<Topic, (ctx: PersonalContext) => string[]> = {
  dispute: disputeLines,
  review: reviewLines,
  tracker: trackerLines,
  'secondment-length': secondmentLines,
  'return-plan': secondmentLines,
  expenses: expenseLines,
  vacancy: vacancyLines,
  'governance-board': boardLines,
  roles: roleLines,
};

/**
 * Lines already worked out, per context and topic. A context is built once per snapshot, asker
 * and day (snapshot-facts.ts) and never changed, so its lines do not change either; a person's
 * every question on a topic would otherwise work them out again (dates, names, obligations).
 */
const linesKept = new WeakMap<PersonalContext, Map<Topic, readonly string[]>>();

export function personalLines(topic: Topic | undefined, ctx: PersonalContext | null): readonly string[] {
  if (!topic || !ctx) return [];
  let byTopic = linesKept.get(ctx);
  if (!byTopic) linesKept.set(ctx, (byTopic = new Map()));
  let lines = byTopic.get(topic);
  if (!lines) byTopic.set(topic, (lines = Object.freeze(LINES[topic](ctx))));
  return lines;
}

/** "YOT manager of Northamptonshire YOS", "seconded PO at Leeds YOS"...: how the bot greets someone. */
export function describeRoles(snapshot: FrameworkSnapshot, email: string): string[] {
  const yosName = (id: string) => snapshot.yos.find((y) => y.yosId === id)?.name ?? id;
  const roles: string[] = [];
  for (const s of snapshot.secondments) if (s.secondeeEmail === email) roles.push(`seconded ${s.grade} at ${yosName(s.yosId)}`);
  const linked = [...new Set(snapshot.secondments.filter((s) => s.linkManagerEmail === email).map((s) => yosName(s.yosId)))];
  if (linked.length) roles.push(`link manager for ${linked.join(', ')}`);
  for (const y of snapshot.yos) {
    if (y.yotManagerEmail === email) roles.push(`YOT manager of ${y.name}`);
    if (y.yosSeniorManagerEmail === email) roles.push(`YOS senior manager of ${y.name}`);
  }
  const ldu = snapshot.yos.filter((y) => y.headOfLduEmail === email).map((y) => y.name);
  if (ldu.length) roles.push(`Head of LDU for ${ldu.join(', ')}`);
  const spoc = [...new Set(snapshot.yos.filter((y) => y.spocEmail === email).map((y) => y.division))];
  if (spoc.length) roles.push(`SPOC for the ${spoc.join(', ')} division`);
  if (snapshot.people.some((p) => p.email === email && p.role === 'portfolio_lead')) roles.push('NPS portfolio lead (chairs the YOS Governance Board)');
  return roles;
}
