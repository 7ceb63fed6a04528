/**
 * What a check about England and Wales earns against one sentence of the rule: the framework
 * applies only to the NPS divisions in England, some duties differ by country ("in England, ...
 * nominated by the director of children's services (in Wales, one nominated by the chief education
 * officer)"), and some figures come in pairs ("6 factors for England and 7 for Wales"). Pure.
 */
import { tokens } from './text';

const COUNTRIES = ['england', 'wales', 'scotland', 'northern ireland'];
const COVERS = /\b(?:appl(?:y|ies)|covers?|covered|include[sd]?|us as well|for us)\b/;
/** An aside on one country inside a sentence about the other: "(in Wales, ...)" or "; in Wales, ...)". */
export const OTHER_COUNTRY = /(?:\(|; )(?:in|for) (wales|england)\b[^)]*\)/gi;

const COUNTRY_WORDS = new Set(tokens('england english wales welsh'));
/** The text names the country, or its people ("a Welsh YOT"). */
const names = (text: string, country: string) =>
  new RegExp(country === 'wales' ? '\\b(?:wales|welsh)\\b' : '\\b(?:england|english)\\b').test(text);

/** The claim leaves the country out ("not Wales", "doesn't cover Wales"). */
const excludes = (q: string, country: string) => new RegExp(`\\b(?:not|nor|excluding|\\w+n't)\\b[^.;?]*\\b${country}\\b`).test(q);

/** `q` and `c` in lower case; `asked`, the claim's words that must be said (no figures or check words). */
export function countryVerdict(q: string, c: string, asked: readonly string[]): 'Yes' | 'No' | undefined {
  return scopeVerdict(q, c) ?? (onlyOneOfBoth(q, c) || pairsDiffer(q, c) || saidOfTheOther(q, c, asked) ? 'No' : undefined);
}

/** "Does it cover Wales as well?" against "applies only to the NPS divisions in England". */
function scopeVerdict(q: string, c: string): 'Yes' | 'No' | undefined {
  const onlyIn = /\bonly\b[^.;]*?\b(england|wales)\b|\b(england|wales) only\b/.exec(c);
  const country = onlyIn?.[1] ?? onlyIn?.[2];
  if (!country || !COVERS.test(q)) return undefined;
  const others = COUNTRIES.filter((k) => k !== country && q.includes(k));
  const onlyNamed = new RegExp(`\\bonly\\b[^.;?]*?\\b${country}\\b|\\b${country} only\\b`).test(q);
  // "Only England, not Wales?" agrees; "Wales as well, or England only?" asks which, and the other country is not covered.
  const agrees =
    !/\bor\b/.test(q) &&
    q.includes(country) &&
    !excludes(q, country) &&
    (onlyNamed || (others.length > 0 && others.every((k) => excludes(q, k))));
  if (agrees) return 'Yes';
  return others.some((k) => !excludes(q, k)) ? 'No' : undefined;
}

/** "The YJB covers England only, doesn't it?" against "in England and Wales". */
function onlyOneOfBoth(q: string, c: string): boolean {
  if (!/\bengland and wales\b|\bwales and england\b/.test(c)) return false;
  const only = /\b(?:only|just|solely)\b[^.;?]*?\b(england|wales)\b|\b(england|wales)(?: only| alone)\b/.exec(q);
  const named = only?.[1] ?? only?.[2];
  const other = named === 'england' ? 'wales' : 'england';
  return !!named && (!q.includes(other) || excludes(q, other));
}

/** Each country's figure: "6 factors for England and 7 for Wales" gives england 6, wales 7. */
function figuresByCountry(text: string): Map<string, string> {
  const byCountry = new Map<string, string>();
  for (const m of text.matchAll(/\b(\d+(?:\.\d+)?)\s+(?:[a-z]+\s+){0,2}?(?:for|in)\s+(england|wales)\b/g)) byCountry.set(m[2], m[1]);
  return byCountry;
}

/** "7 factors for England and 6 for Wales?" against "6 factors for England and 7 for Wales". */
function pairsDiffer(q: string, c: string): boolean {
  const stated = figuresByCountry(c);
  return [...figuresByCountry(q)].some(([country, n]) => stated.has(country) && stated.get(country) !== n);
}

/**
 * "In England the education member is nominated by the chief education officer?" against "in
 * England, ... nominated by the director of children's services (in Wales, one nominated by the
 * chief education officer)": the claim says of one country what the sentence says of the other.
 */
function saidOfTheOther(q: string, c: string, asked: readonly string[]): boolean {
  for (const m of c.matchAll(OTHER_COUNTRY)) {
    const other = m[1].toLowerCase();
    const claimed = other === 'wales' ? 'england' : 'wales';
    if (!names(q, claimed) || names(q, other)) continue;
    const aside = new Set(tokens(m[0]));
    const rest = new Set(tokens(c.replace(OTHER_COUNTRY, '')));
    if (asked.some((t) => aside.has(t) && !rest.has(t) && !COUNTRY_WORDS.has(t))) return true;
  }
  return false;
}
