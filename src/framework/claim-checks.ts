/**
 * Particulars a yes/no question can get wrong that are neither a figure nor a role: a year ("the
 * 2019 Lammy review" against "(2017)"), a Probation Instruction's number ("PI 05/14 is case
 * transfers" against "PI 07/14 Case transfers"), a named person's post or region ("Sarah Ward is
 * the North East lead" against "Sarah Ward, North West") and who signed the framework off. Each is
 * read only against the sentence that answers the question. Also: an "only" or a minimum a question
 * reads too narrowly, and the year a change took effect ("since 1 June 2014"). Pure.
 */
import { DOCUMENT_PEOPLE, FRAMEWORK_PEOPLE, PROPER_NAME } from './framework-people';
import { tokens } from './text';

const YEAR = /\b(?:19|20)\d{2}\b/g;
const PI = /\bpi ?(\d{1,2}\/\d{2})\b/gi;
const REGIONS = ['north east', 'north west', 'midland', 'wales', 'london', 'south east', 'eastern', 'south west', 'south central'];
const POSTS = [
  'executive director',
  'divisional director',
  'regional probation director',
  'yos lead',
  'senior manager',
  'head of innovation',
];
/** An Act's year names the Act ("Crime and Disorder Act 1998"), not when something happened. */
const ACT_YEAR = /\bact (?:of )?(?:19|20)\d{2}\b/gi;

const all = (text: string, re: RegExp, group = 0) => new Set([...text.matchAll(re)].map((m) => m[group].toLowerCase()));
const disjoint = (a: Set<string>, b: Set<string>) => a.size > 0 && b.size > 0 && ![...a].some((x) => b.has(x));

/** What the person is called in the sentence: from their name to the next bracket's end, ";" or ", with". */
function postOf(sentence: string, name: string): string | undefined {
  const at = sentence.indexOf(name);
  if (at < 0) return undefined;
  return sentence
    .slice(at, at + 90)
    .split(/[;)]|, with\b/)[0]
    .toLowerCase();
}

/** The document's sign-off and approval: what the claim calls each, and whom the sentence names for it. */
const DOCUMENT_ACTS: [claimed: RegExp, by: RegExp][] = [
  [/\b(?:final )?sign(?:ed)?[- ]?off\b|\bsigned it off\b/, /\bsign-off by ([^.;]+)/],
  [/\bapprov(?:ed|al)\b/, /\bapproved by ([^(;]+)/],
];
/**
 * The person or post a claim says did the act, named after it and after "by", "from" or "was"
 * ("final sign off ... was done by the Probation Divisional Director"), before any other act.
 */
function namedFor(claim: string, act: RegExp): string | undefined {
  const named = act.exec(claim);
  if (!named) return undefined;
  const end = named.index + named[0].length;
  const others = DOCUMENT_ACTS.map(([claimed]) => claimed).filter((a) => a !== act);
  const after = others.reduce((text, other) => text.split(other)[0], claim.slice(end, end + 90)).toLowerCase();
  const names = [...DOCUMENT_PEOPLE.map((n) => n.toLowerCase()), ...POSTS];
  return names.find((n) => new RegExp(`\\b(?:by|from|was|is) (?:the )?(?:\\w+ )?(?:${n})\\b`).test(after));
}
/** "Final sign-off was by Sarah Chand?" against "approved by Sarah Chand, ..., with final sign-off by Sonia Flynn, ...". */
function wrongSigner(claim: string, sentence: string): boolean {
  return DOCUMENT_ACTS.some(([claimed, by]) => {
    const named = namedFor(claim, claimed);
    const signer = by.exec(sentence)?.[1].toLowerCase();
    return !!named && !!signer && !signer.includes(named);
  });
}

/** The particular the claim gets wrong against the answering sentence, if any. */
export function wrongParticular(claim: string, sentence: string): 'year' | 'instruction' | 'post' | undefined {
  if (wrongSigner(claim, sentence)) return 'post';
  if (disjoint(all(claim.replace(ACT_YEAR, ''), YEAR), all(sentence.replace(ACT_YEAR, ''), YEAR))) return 'year';
  if (disjoint(all(claim, PI, 1), all(sentence, PI, 1))) return 'instruction';
  // Only the people the framework names; with two named, which post belongs to whom is not read.
  const names = new Set((claim.match(PROPER_NAME) ?? []).filter((name) => FRAMEWORK_PEOPLE.test(name)));
  if (names.size > 1) return undefined;
  for (const name of names) {
    const post = postOf(sentence, name);
    if (!post) continue;
    const c = claim.toLowerCase();
    if (REGIONS.some((r) => c.includes(r) && !post.includes(r)) || POSTS.some((p) => c.includes(p) && !post.includes(p))) return 'post';
  }
  return undefined;
}

/**
 * An "only" that rules out what a question asks "as well": one limiting who or what something
 * covers ("per PO only"), or a condition ("Saturday court only by agreement") on something the
 * question names (one of the three words before it), not on something else it does not ask about.
 */
export function onlyRulesOut(clause: string, questionTerms: Set<string>): boolean {
  for (const m of clause.matchAll(/((?:\S+\s+){0,3})only\b(\s+(?:by|if|when|where|with|after|once|until)\b)?/g)) {
    if (!m[2] || tokens(m[1]).some((t) => questionTerms.has(t))) return true;
  }
  return false;
}

/** "Only the national minimum, nothing more?" against a sentence saying "the minimum ... or above". */
export function onlyTheMinimum(question: string, clause: string): boolean {
  return (
    /\bminimum\b/.test(question) &&
    /\b(?:only|exactly|just|nothing more|no more|not more)\b/.test(question) &&
    /\bminimum\b[^.;]*\bor (?:above|more)\b/.test(clause)
  );
}

/** "Since" or "from" a year in a claim, "since" a year in the rule: the year a change took effect. */
const SINCE = /\b(?:since|from)\b[^.;?)]{0,15}?\b((?:19|20)\d{2})\b/;
const STATED_SINCE = /\bsince\b[^.;?)]{0,15}?\b((?:19|20)\d{2})\b/;
/**
 * "The probation role moved to the NPS from 1 April 2015?" against "the probation service (since 1
 * June 2014, the NPS)": the year a change took effect, wherever the sentence is among the closest.
 */
export function wrongSince(claim: string, sentence: string): boolean {
  const asked = SINCE.exec(claim)?.[1];
  const stated = STATED_SINCE.exec(sentence)?.[1];
  return !!asked && !!stated && asked !== stated;
}
