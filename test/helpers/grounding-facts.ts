/**
 * The facts a sentence states, in a form two sentences can be compared by: content words (for
 * alignment), whole-token numbers, time spans with their direction, frequencies, who pays /
 * invoices / chairs / approves / has something escalated to them, grades, countries and whether
 * the sentence is negated. Pure string work, used by grounding-check.ts on both the framework's
 * sentences and ours.
 */
import { NUMBER_WORDS, plain } from './framework-text';

export type RelationType = 'pays' | 'invoices' | 'chairs' | 'approves' | 'escalated-to';

export interface Relation {
  type: RelationType;
  actors: string[];
}

export interface TimeSpan {
  n: string;
  unit: string;
  /** 'before' | 'after' | 'within' | '' (none said). */
  dir: string;
}

export interface Facts {
  words: Set<string>;
  numbers: Set<string>;
  times: TimeSpan[];
  frequencies: Set<string>;
  relations: Relation[];
  /** Grades named (PO, PSO); those inside a negation ("not applied to PSOs"); those an "only" restricts to. */
  grades: Set<string>;
  deniedGrades: Set<string>;
  onlyGrades: Set<string>;
  countries: Set<string>;
  /** Boards named: the YOS Governance Board ("governance"), a local YOS management board ("management"), or just "board". */
  boards: Set<string>;
  /** Roles named (@yotmgr, @link, @holdu, @spoc...). */
  roles: Set<string>;
  negated: boolean;
  /** Content words outside conditions ("if the post is still unfilled, ..."): what is asserted. */
  asserted: Set<string>;
  /** Content words inside the scope of a negation. */
  denied: Set<string>;
  /** Numbers cited as parts of an Act ("39(5)", "section 91(3)"): checked against the section. */
  statuteNumbers: Set<string>;
}

/** Lower-case, plain punctuation, framework ids and e-mail addresses removed, synonyms folded. */
export function normalise(text: string): string {
  return (
    plain(text)
      .toLowerCase()
      .replace(/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g, ' ')
      .replace(/\bhttps?:\/\/\S+|\bwww\.\S+/g, ' ')
      // Section references of the framework itself are citations, not facts.
      .replace(/\b(?:framework|sections?) [1-9](?:\.[1-6])?(?:(?:,| and| or) [1-9](?:\.[1-6])?)*(?![\d(]|\.\d)/g, ' ')
      .replace(/(^|[\s(])[1-9]\.[1-6](?=[:),]| \()/g, '$1')
      .replace(/(^|[;.]\s|\bof )[1-9]\.[1-6](?=[\s,.]|$)/g, '$1')
      .replace(/\bt&s\b/g, 'travel and subsistence')
      // "cannot submit until you decide" is a precondition (submit only after), not a denial.
      .replace(/\b(?:cannot|can't|can not|may not|must not) (.{0,60}?) until\b/g, '$1 only after')
      .replace(/\bpi ?(\d)/g, 'pi $1')
      .replace(/\bl(\d)\b/g, 'level $1')
      .replace(/(\d),(\d{3})\b/g, '$1$2')
      .replace(
        /\b(twenty-eight|thirty-six|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?=[ -]+(?:further )?(?:period of )?(?:days?|weeks?|months?|years?)\b)/g,
        (w) => NUMBER_WORDS[w],
      )
      .replace(/\b(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?= factors?\b)/g, (w) => NUMBER_WORDS[w])
      .replace(/\bprior to\b/g, 'before')
      .replace(/\bunfilled\b/g, 'not filled')
      .replace(/\bfollowing a further\b/g, 'after a further')
      .replace(/\bno later than\b/g, 'by')
      .replace(/\s+/g, ' ')
      .trim()
  );
}

/** Role names folded to one token each, so "YOS manager" = "YOT manager" and relations can be read. */
export function roleTokens(normalised: string): string {
  return normalised
    .replace(/\bassociation of yot managers(?: \(aym\))?|\baym\b/g, '@aym')
    .replace(/\b(?:nps )?portfolio lead\b/g, '@portfolio')
    .replace(/\b(?:yot|yos) link managers?\b/g, '@yotmgr')
    .replace(/\b(?:nps )?link managers?\b/g, '@link')
    .replace(/\b(?:yot|yos) managers?\b/g, '@yotmgr')
    .replace(/\b(?:nps )?heads? of (?:the )?(?:local delivery units?(?: area)?|ldu)(?: \(head of ldu\))?|\bldu heads\b/g, '@holdu')
    .replace(/\bsenior manager of (?:the )?yos\b|\byos senior manager\b/g, '@yossm')
    .replace(/\b(?:the )?(?:nps )?(?:divisional )?spoc\b(?: for nps)?/g, '@spoc')
    .replace(/\byouth justice board(?: \(yjb\))?|\byjb\b/g, '@yjb')
    .replace(/\bsecondees?\b/g, '@secondee')
    .replace(/\bnps lead\b/g, '@npslead')
    .replace(/\bnational probation service(?: \(nps\))?|\bnps\b/g, '@nps')
    .replace(/\byouth offending (?:services?|teams?)(?: \((?:yos|yot)\))?|\byo[st]'?s?\b/g, '@yot')
    .replace(/\blocal authorit(?:y|ies)\b/g, '@la');
}

const STOP = new Set(
  (
    'a an the and or of to in on for with by at as is are was were be been being will would must should may might can could it its this that these those ' +
    'their they them there where when if than then has have had do does did into each every any all also so such which who whom what from up out about ' +
    'our we us you your he she his her i me my not no nor per e g eg ie etc only other more most some same own just both either any via whose while ' +
    'need needs make makes made take takes give gives get gets keep keeps way one framework section sections'
  ).split(' '),
);

/** A crude stem: plural and verb endings off ("vetting" = "vets" = "vet"), then the first six letters. */
function stem(word: string): string {
  if (word.startsWith('role')) return word;
  const w = word.replace(/'s$|'$/, '');
  const bare = w.length > 3 ? w.replace(/(?:ing|ed|es|s|ly)$/, '').replace(/([b-df-hj-np-tv-z])\1$/, '$1') : w;
  return bare.slice(0, 6);
}

export function contentWords(normalised: string): Set<string> {
  const words = roleTokens(normalised)
    .replace(/@(\w+)/g, 'role$1')
    .split(/[^a-z0-9£%]+/)
    .filter((w) => w.length > 1 && !STOP.has(w) && !/^\d/.test(w));
  return new Set(words.map(stem));
}

/** Whole-token numbers: "£5,000" = 5000, "0.6", "19/12"; never a digit inside a word or an address. */
export function wholeNumbers(normalised: string): Set<string> {
  const s = normalised.replace(/\b[a-z]+\d+[a-z\d]*\b/g, ' ').replace(/\b\d+(?:st|nd|rd|th)\b/g, (m) => m.replace(/\D/g, ''));
  return new Set((s.match(/(?<![\w.])\d+(?:[./]\d+)*(?![\w])/g) ?? []).map((n) => n.replace(/\.$/, '')));
}

const DIRECTIONS: [RegExp, string][] = [
  [/\b(?:before|ahead of|earlier than)\b/, 'before'],
  [/\b(?:after|later|following|on from|further)\b/, 'after'],
  [/\bwithin\b/, 'within'],
];

function directionOf(text: string): string {
  for (const [re, dir] of DIRECTIONS) if (re.test(text)) return dir;
  return '';
}

export function timeSpans(normalised: string): TimeSpan[] {
  const spans: TimeSpan[] = [];
  const re = /(\d+(?:\.\d+)?) (?:further )?(?:period of )?(day|week|month|year)s?\b/g;
  for (const m of normalised.matchAll(re)) {
    const before = normalised
      .slice(Math.max(0, m.index - 30), m.index)
      .split(' ')
      .slice(-4)
      .join(' ');
    const after = normalised
      .slice(m.index + m[0].length, m.index + m[0].length + 24)
      .split(' ')
      .slice(0, 3)
      .join(' ');
    spans.push({ n: m[1], unit: m[2], dir: directionOf(after) || directionOf(before) });
  }
  return spans;
}

const FREQUENCIES: [RegExp, string][] = [
  [/\bweekly\b|\bevery week\b|\bonce a week\b/, 'weekly'],
  [/\bmonthly\b|\bevery month\b|\bonce a month\b/, 'monthly'],
  [/\bquarterly\b|\bevery (?:3|three) months\b|\bonce a quarter\b/, 'quarterly'],
  [/\bannual(?:ly)?\b|\byearly\b|\bevery year\b|\bonce a year\b/, 'annually'],
  [/\bdaily\b|\bevery day\b/, 'daily'],
  [/\bfortnightly\b/, 'fortnightly'],
];

export function frequencies(normalised: string): Set<string> {
  return new Set(FREQUENCIES.filter(([re]) => re.test(normalised)).map(([, f]) => f));
}

/** One or more roles: "the YOT manager and the NPS lead", "A, B and C" (", and the X" starts a new clause). */
const ACTORS = String.raw`(@\w+(?:(?: (?:and|or)(?: the)?|,) @\w+)*)`;
/** Up to n words between an actor and its verb, never another role (roles start with "@"). */
const WORDS = (n: number): string => String.raw`(?:[ :,]+[\w'()/-]+){0,${n}}?[ :,]+`;
const RELATION_PATTERNS: [RelationType, RegExp, 'actor' | 'object'][] = [
  ['chairs', new RegExp(String.raw`chaired by (?:the )?${ACTORS}`, 'g'), 'actor'],
  ['chairs', new RegExp(String.raw`${ACTORS}${WORDS(2)}chairs?\b`, 'g'), 'actor'],
  ['pays', new RegExp(String.raw`\b(?:funded|paid|reimbursed|met|paid for) by (?:the )?${ACTORS}`, 'g'), 'actor'],
  ['pays', new RegExp(String.raw`${ACTORS}${WORDS(8)}(?:funds?|pays?|play|reimburses?|provides? reimbursement)\b`, 'g'), 'actor'],
  ['pays', new RegExp(String.raw`\binvoices? (?:the )?${ACTORS}`, 'g'), 'object'],
  ['invoices', new RegExp(String.raw`${ACTORS}${WORDS(12)}invoices?\b`, 'g'), 'actor'],
  [
    'approves',
    new RegExp(String.raw`\b(?:approv\w*|sign(?:ed|s)?[ -]off|authoris\w*)${WORDS(4)}(?:by|from) (?:the )?${ACTORS}`, 'g'),
    'actor',
  ],
  // "secondees must get sign off" is receiving approval, not giving it; in "until you decide" someone else decides.
  [
    'approves',
    new RegExp(
      String.raw`${ACTORS}${WORDS(8)}(?<!get |receive |need |you |they |we )(?:approves?|signs? off|decides?|agree|agrees)\b`,
      'g',
    ),
    'actor',
  ],
  ['escalated-to', new RegExp(String.raw`\bescalated to (?:the )?${ACTORS}`, 'g'), 'actor'],
];

export function relations(normalised: string): Relation[] {
  // "the invoice" is a thing, not someone invoicing.
  const text = roleTokens(normalised).replace(/\b(?:the|an|a|this|each|any|for) invoice\b/g, '$1 bill');
  const found: Relation[] = [];
  for (const [type, re] of RELATION_PATTERNS) {
    for (const m of text.matchAll(re)) found.push({ type, actors: m[1].match(/@\w+/g) ?? [] });
  }
  return found;
}

/** Grades named: "PO", "PSO" (a probation service officer is not a probation officer). */
export function grades(normalised: string): Set<string> {
  const s = normalised
    .replace(/\bprobation service officers?\b|\bpso'?s?\b/g, ' #pso ')
    .replace(/\bprobation officers?\b|\bpo'?s?\b/g, ' #po ');
  return new Set((s.match(/#ps?o\b/g) ?? []).map((g) => g.slice(1)));
}

export function boards(normalised: string): Set<string> {
  const found = new Set<string>();
  const rest = normalised
    .replace(/\b(?:yo[st] )?governance board\b|\byogb\b/g, () => (found.add('governance'), ' '))
    .replace(/\b(?:local )?(?:yo[st] )?management boards?\b|\blocal boards?\b/g, () => (found.add('management'), ' '));
  if (/\bboards?\b/.test(rest)) found.add('board');
  return found;
}

export function countries(normalised: string): Set<string> {
  return new Set(normalised.match(/\b(?:england|wales|scotland|northern ireland|ireland)\b/g) ?? []);
}

const NEGATION = /\b(?:not|no|never|cannot|neither|nor|none|nobody|nothing|without)\b|n't\b/g;

/** A condition ("if no resource is available, ...", "...when they cannot") asserts nothing itself. */
export function withoutConditions(normalised: string): string {
  return normalised
    .replace(/\b(?:if|where|when|unless|whether)\b[^;:]*?\bthen\b/g, ' ')
    .replace(/\b(?:if|where|when|unless|whether)\b[^,;:]*?,/g, ' ')
    .replace(/\b(?:if|where|when|unless|whether)\b[^,;:]*$/g, ' ');
}

/** Said as not so: "not", "no", "never", "cannot"... ("no later than" is folded away first). */
export function isNegated(normalised: string): boolean {
  return new RegExp(NEGATION.source).test(withoutConditions(normalised));
}

/** The few words after each "not", "no", "cannot"... (conditions left out). */
function negationScopes(normalised: string): string[] {
  const text = withoutConditions(normalised);
  return [...text.matchAll(NEGATION)].map((m) =>
    text
      .slice(m.index + m[0].length)
      .split(/[;:.]/)[0]
      .split(' ')
      .slice(0, 6)
      .join(' '),
  );
}

/** The content words a negation governs: the first two after it, what is denied, not the rest of the sentence. */
export function negatedWords(normalised: string): Set<string> {
  return new Set(negationScopes(normalised).flatMap((scope) => [...contentWords(scope)].slice(0, 2)));
}

const memo = new Map<string, Facts>();

/** The facts of a text (memoised: the same sentences are read for every statement). */
export function factsOf(text: string): Facts {
  let facts = memo.get(text);
  if (!facts) {
    facts = readFacts(text);
    memo.set(text, facts);
  }
  return facts;
}

function readFacts(text: string): Facts {
  const n = normalise(text);
  return {
    words: contentWords(n),
    numbers: wholeNumbers(n),
    times: timeSpans(n),
    frequencies: frequencies(n),
    relations: relations(n),
    grades: grades(n),
    deniedGrades: new Set(negationScopes(n).flatMap((scope) => [...grades(scope)])),
    onlyGrades: /\bonly\b/.test(n) ? grades(n) : new Set(),
    countries: countries(n),
    roles: new Set(roleTokens(n).match(/@\w+/g) ?? []),
    boards: boards(n),
    negated: isNegated(n),
    denied: negatedWords(n),
    asserted: contentWords(withoutConditions(n)),
    statuteNumbers: new Set((n.match(/\b\d+\(\d+\)|\(\d+\)|\bsections? \d+(?:\(\d+\))?/g) ?? []).flatMap((r) => r.match(/\d+/g) ?? [])),
  };
}
