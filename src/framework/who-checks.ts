/**
 * "Who" checks: a question that puts a role to the test ("Is it the portfolio lead who ...?", "It's
 * the SPOC who ..., right?"). Who a rule's sentence says does something, which role words must not
 * draw the answer's lead, and when the rule names another doer, so the answer says No. Pure.
 */
import { ROLES, ROLE_NAME, rolesIn } from './answer-clauses';
import { sentencesOf, tokens } from './text';

/** What a yes/no message claims, as far as a "who" check reads it (lower-case text, the roles it names). */
export interface CheckedClaim {
  text: string;
  roles: string[];
  /** Names who does something ("It's the SPOC who ..., right?"). */
  aboutWho: boolean;
}

/** Words of the role names: who the question names must not pull the lead away from what it asks. */
export const ROLE_WORDS = new Set(tokens('link manager yot yos head ldu spoc portfolio lead senior nps'));

/** "Is it the portfolio lead who ...?": the role whose name is checked, as against the roles the duty is about ("a named link manager"). */
const CHECKED_DOER = new RegExp(
  String.raw`^\s*(?:so\s+|and\s+)?(?:is|was)\s+it\s+(?:the\s+|our\s+|my\s+)?(?:nps\s+)?(${ROLE_NAME})\s+(?:who|that)\b`,
  'i',
);

/** The role "Is it the <role> who ...?" checks, if the question opens so. */
export function checkedRole(question: string): string | undefined {
  return CHECKED_DOER.exec(question)?.[1];
}

/** Words of the role names a question's lead must not be drawn by: the checked one's only (`checkedRole`), when it names one. */
export function ignoredRoleWords(checked: string | undefined): Set<string> {
  return checked ? new Set(tokens(`${checked} nps`)) : ROLE_WORDS;
}

/**
 * The role a clause opens with, as its subject ("The NPS link manager links with the YOT manager",
 * "Recruitment (section 5.5): each divisional SPOC reports"), not one it names later ("link with the
 * YOT manager to complete the SPDR" has no doer of its own).
 */
export function doerOf(clause: string): string | undefined {
  const c = clause
    .toLowerCase()
    .replace(/^[^:]{0,40}:\s*/, '')
    .replace(/^(?:when|where|if|once|before|after)\b[^,]*,\s*/, '');
  let first: { at: number; role: string } | undefined;
  for (const [re, role] of ROLES) {
    const at = c.search(re);
    if (at >= 0 && (!first || at < first.at)) first = { at, role };
  }
  return first && c.slice(0, first.at).split(/\s+/).filter(Boolean).length <= 2 ? first.role : undefined;
}

const FIRST_PERSON_DOER = /\b(?:i'?m|i am) the one\b|\bit'?s me\b|\bis it me\b|\bme who\b/;
const ASKERS_ROLE = /\bas (?:the |a |an )?(?:nps )?[a-z]+ (?:lead|manager|spoc)\b/;

/**
 * "Is it the portfolio lead who ...?" against a duty on the Head of LDU's list, or a sentence the
 * SPOC opens that names none of the roles asked outside brackets ("YOT managers and Heads of LDU
 * complete ..." has two doers). "I'm the one who ..." names no role unless the asker gives theirs
 * ("As portfolio lead, I'm the one ...").
 */
export function anotherDoes(claim: CheckedClaim, clause: string, doer: string | undefined, listed: boolean): boolean {
  const asked = claim.roles;
  if (!claim.aboutWho || !asked.length || !doer || asked.includes(doer)) return false;
  if (listed) return true;
  const namedOutsideBrackets = rolesIn(clause.replace(/\([^)]*\)/g, ''));
  return !asked.some((r) => namedOutsideBrackets.includes(r)) && (!FIRST_PERSON_DOER.test(claim.text) || ASKERS_ROLE.test(claim.text));
}

/** A question ending by offering options ("..., link mgr or yot mgr?"). */
const OFFERS_OPTIONS = /\bor\b[^?.!]{0,40}\?\s*$/i;

/**
 * The two roles an "X or Y?" question offers ("link mgr or yot mgr?"), named in the clause as
 * doing it together ("the YOS manager and the NPS link manager raise it"), not one "with" the other.
 */
function namesEitherOption(question: string, clause: string): boolean {
  const last = sentencesOf(question).pop() ?? question;
  const options = rolesIn(last.replace(/\bmgrs?\b/gi, 'manager'));
  if (options.length !== 2) return false;
  return [...clause.matchAll(/\band\b/g)].some((and) => {
    const before = rolesIn(clause.slice(Math.max(0, and.index - 45), and.index));
    const after = rolesIn(clause.slice(and.index, and.index + 45));
    return options.some((r) => before.includes(r)) && options.some((r) => after.includes(r) && !before.includes(r));
  });
}

/** "Link manager or YOT manager?" answered by this sentence naming both as doing it together: "Both". */
export function offersBothOf(question: string, clause: string): boolean {
  return OFFERS_OPTIONS.test(question) && namesEitherOption(question, clause);
}
