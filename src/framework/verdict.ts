/**
 * The "Yes" or "No" a check question earns against one sentence of the rule that answers it: "No"
 * for a figure, frequency, role, body, particular or denial the claim gets wrong, "Yes" when the
 * sentence says all the claim says and agrees on its figure or role (or has none to agree on and
 * nothing narrows it). Nothing when the sentence does not settle it. Pure.
 */
import { sentencesOf, tokens } from './text';
import { COMPARES, figureVerdict, quantitiesIn, wrongBound, wrongFrequency } from './figures';
import { namesOtherBody, wrongBody } from './body-doer';
import { onlyRulesOut, onlyTheMinimum, wrongParticular, wrongSince } from './claim-checks';
import { clausesOf, onItsOwn, roleList, rolesIn, wordsOfClause } from './answer-clauses';
import { ROLE_WORDS, anotherDoes } from './who-checks';
import { TAG, WHO } from './question-form';
import { OTHER_COUNTRY, countryVerdict } from './country-checks';

/** A plain denial in the rule ("is not applied to PSOs", "cannot"). */
const DENIES = /\b(?:not|never|cannot|no longer)\b|n't\b/;
const EACH_DENIAL = new RegExp(DENIES.source, 'g');
/** The question itself says something ends or stops ("the arrangements stop applying"): a denial may agree with it. */
const STOPS =
  /\b(?:stops?|stopped|ceases?|ceased) (?:to )?(?:apply|applying|being|having|existing|operating)\b|\bno longer\b|\bdrops? away\b|\bwon'?t apply\b|\bany ?more\b|\b(?:scrapped|abolished|lapses?)\b/;
/** "Not employed" denies keeping someone on permanently, or as an employee. */
const DENIED_ALSO: Record<string, string[]> = { [tokens('employed')[0]]: tokens('permanent permanently employee') };
/** A rule's clauses are few and fixed: what each denies is worked out once (like `wordsOfClause`). */
const deniedKept = new Map<string, Set<string>>();
/**
 * What a denial is about: the words between the commas around "not", "cannot", "no longer" ("the
 * cover must be temporary and not employed"). A denial settles nothing about a question sharing
 * none of them, even in the closest sentence ("..., the cover must stay temporary, not employed,
 * ..." says nothing about who vets the temp; "..., and these CRC arrangements will then no longer
 * apply" nothing about offender management moving to the NPS).
 */
function deniedWords(clause: string): Set<string> {
  let words = deniedKept.get(clause);
  if (words) return words;
  words = new Set<string>();
  for (const m of clause.matchAll(EACH_DENIAL)) {
    const at = m.index ?? 0;
    const from = Math.max(clause.lastIndexOf(',', at), clause.lastIndexOf(';', at)) + 1;
    for (const t of tokens(clause.slice(from).split(/[,;.]/)[0])) for (const w of [t, ...(DENIED_ALSO[t] ?? [])]) words.add(w);
  }
  if (deniedKept.size > 5000) deniedKept.clear();
  deniedKept.set(clause, words);
  return words;
}
/** A denial with a way out ("not ... unless", "by agreement"): no verdict from it. */
const CONDITIONAL = /\b(?:unless|if|where|when|except|by agreement|but)\b/;
/** Asking to do without something ("skip the interview", "without", "instead of"). */
const DOES_WITHOUT =
  /\b(?:skip|skipping|without|bypass|waive|ignore|exempt|no need|don't need|not need|get out of|jump ahead|straight to)\b/;
/** The rule requires it whatever happens. */
const REQUIRES = /\b(?:must|required|requires|needs to|has to|regardless|whatever|always|in all)\b/;
/** Words the question must share with the clause before all of it counts as said. */
const SAYS_IT_ALL = 4;
/**
 * A question that narrows what it checks ("only", "all", "every", "on their own"), asks whether
 * something still holds ("still 20 cases per PO?"), or offers a choice ("us or NPS?"): agreeing
 * words do not settle it.
 */
const LIMITS =
  /\b(?:only|just|all|every|any|always|never|solely|entirely|whole|automatically|still|anymore|yet|or)\b|\bon (?:their|his|her|its|my|our|your) own\b/;
/** "Only NPS keeps the record", "the YOT manager does the SPDR on their own": one doer where the sentence may name more. */
const ONE_ALONE = /\b(?:only|solely|alone)\b|\bon (?:their|his|her|its|my|our|your) own\b|\bby (?:themselves|himself|herself|itself)\b/;
/** A clause telling of a change: what it says was, not what is. */
const CHANGED = /\b(?:replaced|old|previous(?:ly)?|former(?:ly)?|no longer|used to|superseded)\b/;
/** "Still 10% / 20 cases per PO?" against "it replaced the old model (10% of caseload / 20 cases per PO) with ...": every figure asked is the old one's. */
function stillTheOld(asked: string[], clause: string): boolean {
  const at = clause.search(CHANGED);
  const old = clause.slice(at).split(/\)|\bwith\b/)[0];
  return asked.length > 0 && asked.every((a) => quantitiesIn(old).includes(a));
}
/** A clause that says there is none of it ("gives no instructions on transition"). */
const NONE_OF_IT = /\b(?:no|none|nothing|neither|nor|without)\b/;

/**
 * "Yes" with no figure or role to agree on: the closest clause says every word the claim says (at
 * least SAYS_IT_ALL of them), denies none of it, names no other body, and the claim neither narrows
 * it nor has a number of any kind ("section 38(1)" against a clause naming 39(1) and 38(1)).
 */
function saysItAll(claim: Claim, clause: string, shared: number, share: number): boolean {
  const q = claim.text;
  if (share < 1 || shared < SAYS_IT_ALL || claim.roles.length || claim.asked.length || /\d/.test(q)) return false;
  return !DENIES.test(clause) && !NONE_OF_IT.test(clause) && !LIMITS.test(q) && !namesOtherBody(clause, q);
}

export function overlap(questionTerms: Set<string>, clause: string, ignored = ROLE_WORDS): number {
  // Words only: a figure (or a role) the question gets wrong must not pull the lead away from the clause that corrects it.
  let shared = 0;
  for (const t of wordsOfClause(clause)) if (questionTerms.has(t) && !/^[\d.]+$/.test(t) && !ignored.has(t)) shared += 1;
  return shared;
}

/** Words of a yes/no question that only ask for a check ("is that right?"), not what is checked. */
const CHECK_WORDS = new Set(tokens('right correct true yes yeah allowed ok agreed'));
/** Verbs that carry the sentence rather than its content ("provides line management" = "is line managed"): a clause need not repeat them. */
const LIGHT_WORDS = new Set(
  tokens('provide provides provided get gets got make makes made give gives given take takes taken need needs keep keeps'),
);

/**
 * Words about the document rather than what it says ("does the framework say ...", "one of those
 * listed", "cross-referenced", "an example"), and the units a figure is typed with ("3 yrs"; the
 * figure itself is checked apart): a clause need not repeat them to say all a claim says.
 */
const FRAME_WORDS = new Set(tokens('framework list referenced example yrs yr mths mth wks wk'));

/** The claim's words a clause must say: not figures or check words, nor (with `frame`) the document's own words. */
function claimWords(questionTerms: Set<string>, frame: boolean): string[] {
  return [...questionTerms].filter(
    (t) => !/^[\d.]+$/.test(t) && !CHECK_WORDS.has(t) && !LIGHT_WORDS.has(t) && !(frame && FRAME_WORDS.has(t)),
  );
}

/**
 * How much of what the question says the clause (`said`, its words) says too (words, not figures
 * or check words; nor, with `frame`, the document's own words).
 */
function coverage(questionTerms: Set<string>, said: ReadonlySet<string>, frame = false): { shared: number; share: number } {
  const asked = claimWords(questionTerms, frame);
  const shared = asked.filter((t) => said.has(t)).length;
  return { shared, share: asked.length ? shared / asked.length : 0 };
}

/**
 * The clause's words with those its wording leaves to the rest of the answer: a list item's
 * introduction ("Youth Offending Teams share ... values: … improving mental health"), and the
 * answer's first sentence for a clause that opens "It"/"Its" (the board or document it stands for).
 */
function saidInContext(clause: string, answer: string): ReadonlySet<string> {
  const own = onItsOwn(answer, clause, roleList(answer)).replace(OTHER_COUNTRY, '');
  const subject = /^its?\b/i.test(clause) ? sentencesOf(answer)[0] : '';
  return own === clause && !subject ? wordsOfClause(clause) : wordsOfClause(`${subject} ${own}`);
}

/**
 * What a yes/no message claims: its last question, with the sentence before when the question is
 * only a check ("Is that right?"); a story's other names and figures are context, not the claim.
 */
export function claimOf(message: string): string {
  const sentences = sentencesOf(message);
  const i = sentences.map((x) => x.includes('?')).lastIndexOf(true);
  const at = i < 0 ? sentences.length - 1 : i;
  const last = sentences[at] ?? '';
  return tokens(last).filter((t) => !CHECK_WORDS.has(t)).length < 3 && at > 0 ? `${sentences[at - 1]} ${last}` : last;
}

/** "X or Y?" asks which, not whether. */
const EITHER_OR = /\b\w+ or (?:the |a |an )?\w+\s*\?\s*$/;

/** What a yes/no message claims, worked out once for all the clauses it is checked against. */
export interface Claim {
  /** Lower case. */
  text: string;
  /** As written (names keep their capitals). */
  original: string;
  terms: Set<string>;
  /** Its figures with their units ("4 year"). */
  asked: string[];
  roles: string[];
  /** Names who does something ("It's the SPOC who ..., right?"): settled by roles and figures, not by a denial nearby. */
  aboutWho: boolean;
}

export function claimIn(message: string): Claim | undefined {
  const original = claimOf(message);
  const text = original.toLowerCase();
  if (EITHER_OR.test(text) && !/\byes or no\b/.test(text)) return undefined;
  return {
    text,
    original,
    terms: new Set(tokens(text)),
    asked: quantitiesIn(text),
    roles: rolesIn(text),
    aboutWho: WHO.test(text),
  };
}

/** `doer`: who the clause says does it (the head of a role's list it is on, `listed`, else the role it opens with). */
export function verdict(
  claim: Claim,
  clause: string,
  answer: string,
  first: boolean,
  doer: string | undefined,
  listed: boolean,
): 'Yes' | 'No' | undefined {
  const { text: q, terms: questionTerms, asked, roles: askedRoles } = claim;
  const c = clause.toLowerCase();
  const { shared, share } = coverage(questionTerms, wordsOfClause(clause));
  // A frequency the rule's sentence says otherwise, where the answer nowhere says the one asked ("meets quarterly").
  if (shared >= 1 && wrongFrequency(q, c, answer)) return 'No';
  // A verdict needs a clause about the same thing, not one sharing a figure or a name by chance.
  if (shared < (first ? 1 : 2)) return undefined;
  const stated = quantitiesIn(c);
  // A figure the answer states in a clause at least as close to the question is not contradicted by this one.
  const closer = clausesOf(answer).filter((x) => x !== clause && overlap(questionTerms, x) >= overlap(questionTerms, clause));
  const statedCloser = asked.every((a) => closer.some((x) => quantitiesIn(x).includes(a)));
  // ...nor are figures the answer states together elsewhere ("1.7 days, equating to 0.3 FTE").
  const statedTogether = asked.length > 1 && clausesOf(answer).some((x) => x !== clause && asked.every((a) => quantitiesIn(x).includes(a)));
  const figure = statedCloser || statedTogether ? undefined : figureVerdict(q, c, asked, stated);
  if (figure) return figure;
  if (wrongBound(q, c, asked)) return 'No';
  const statedRoles = rolesIn(c);
  // ...unless another sentence, closer still, names the roles asked ("first the YOT manager and
  // the link manager ...; after 28 days the Head of LDU and the YOS senior manager").
  const rolesElsewhere = () =>
    clausesOf(answer).some(
      (x) => x !== clause && askedRoles.every((r) => rolesIn(x).includes(r)) && overlap(questionTerms, x) > overlap(questionTerms, clause),
    );
  if (first && askedRoles.length && statedRoles.length && !askedRoles.some((r) => statedRoles.includes(r)) && !rolesElsewhere())
    return 'No';
  if (first && anotherDoes(claim, c, doer, listed)) return 'No';
  // "NPS vets the temp" against "the YOS vets the candidate".
  if (wrongBody(q, clause, answer)) return 'No';
  // "the 2019 Lammy review" against "(2017)"; "PI 05/14 is case transfers"; a named person's post.
  if ((first && wrongParticular(claim.original, clause)) || wrongSince(q, c)) return 'No';
  // "Does it cover Wales as well?", "England only?", "7 factors for England?", the other country's duty.
  const byCountry = countryVerdict(q, c, claimWords(questionTerms, true));
  if (byCountry) return byCountry;
  // "Only the national minimum, nothing more?" against "to the minimum ... or above".
  if (onlyTheMinimum(q, c)) return 'No';
  // "for PSOs as well as POs?" against "per PO only" (not "Saturday court only by agreement" against "other stuff too?").
  if (/\b(?:as well as|as well|also|too|both|all of|includ(?:ing|ed))\b/.test(q) && onlyRulesOut(c, questionTerms)) return 'No';
  // A tag ("..., can't we?") checks the claim; it does not deny it.
  const untagged = q.replace(TAG, '');
  const questionDenies = DENIES.test(untagged) || DOES_WITHOUT.test(untagged) || STOPS.test(untagged);
  if (DOES_WITHOUT.test(q) && REQUIRES.test(c)) return 'No';
  const deniesWhatIsAsked = DENIES.test(c) && [...deniedWords(c)].some((t) => questionTerms.has(t));
  if (!questionDenies && !claim.aboutWho && deniesWhatIsAsked && !CONDITIONAL.test(c)) return 'No';
  if (COMPARES.test(q) || questionDenies) return undefined;
  const agreesOnFigure = asked.length > 0 && asked.every((a) => stated.includes(a));
  // "Yes" only when the clause says all the question says: agreeing on a figure or a role
  // is not agreeing with "pro rata for part-time POs".
  // A check of who does something agrees only when the clause's doer is one named.
  const agreesOnWho =
    askedRoles.length > 0 && askedRoles.every((r) => statedRoles.includes(r)) && (!claim.aboutWho || askedRoles.includes(doer ?? ''));
  // "Still on 20 cases per PO?" against "it replaced the old model (20 cases per PO)": "No" when every
  // figure asked is the old model's; else it agrees on words, not on now.
  if (/\bstill\b/.test(untagged) && CHANGED.test(c)) return stillTheOld(asked, c) ? 'No' : undefined;
  // "Only NPS keeps the record, right?" names one where the sentence may name more.
  const inContext = coverage(questionTerms, saidInContext(clause, answer), true);
  // A figure's agreement is read from the clause alone: "10% of caseload or 15 cases per PO" agrees on 10% only.
  const saysAllOf = agreesOnFigure ? share : inContext.share;
  if ((agreesOnFigure || agreesOnWho) && saysAllOf === 1 && !ONE_ALONE.test(untagged)) return 'Yes';
  // With no figure or role to agree on, the closest clause must say all the question says, and
  // neither deny nor limit it: "Are training needs meant to be recorded in the SPDR?"
  if (first && saysItAll(claim, c, inContext.shared, inContext.share)) return 'Yes';
  return undefined;
}
