/**
 * Figures and frequencies as people type them and as the rule states them ("3 yrs", "£5k", "0.5
 * FTE", "every six months"), and the "No" a check earns for a figure the rule's sentence gives
 * otherwise (another frequency, a figure past a ceiling, another minimum). Pure.
 */
import { NUMBER_WORDS } from './text';

const UNITS: [RegExp, string][] = [
  [/^(?:years?|yrs?)$/, 'year'],
  [/^(?:months?|mths?)$/, 'month'],
  [/^(?:weeks?|wks?)$/, 'week'],
  [/^(?:working )?days?$/, 'day'],
  [/^(?:%|per ?cent)$/, 'percent'],
  [/^fte$/, 'fte'],
];

/** "3 years", "six months", "£5,000", "0.5 FTE", "28 days" in a text, as number + unit. */
export function quantitiesIn(text: string): string[] {
  const s = text.toLowerCase().replace(/(\d),(\d{3})/g, '$1$2');
  const found: string[] = [];
  // "£5k" is £5,000.
  for (const m of s.matchAll(/£\s?(\d+(?:\.\d+)?)(k\b)?/g)) found.push(`${Number(m[1]) * (m[2] ? 1000 : 1)} gbp`);
  const number = `(\\d+(?:\\.\\d+)?|${Object.keys(NUMBER_WORDS).join('|')})`;
  for (const m of s.matchAll(
    new RegExp(`\\b${number}[\\s-]?(years?|yrs?|months?|mths?|weeks?|wks?|(?:working )?days?|%|per ?cent|fte)(?![a-z])`, 'g'),
  )) {
    const n = Number(NUMBER_WORDS[m[1]] ?? m[1]);
    const unit = UNITS.find(([re]) => re.test(m[2]))?.[1];
    if (unit) found.push(`${n} ${unit}`);
  }
  return found;
}

const FREQUENCIES: [RegExp, string][] = [
  [/\b(?:annual(?:ly)?|yearly|once a year|every year|each year)\b/, 'yearly'],
  [/\b(?:quarterly|every quarter|each quarter|every (?:3|three) months|four times a year)\b/, 'quarterly'],
  [/\b(?:monthly|every month|each month|once a month)\b/, 'monthly'],
  [/\b(?:weekly|every week|each week|once a week)\b/, 'weekly'],
  [/\b(?:six[- ]monthly|every (?:6|six) months|twice a year|bi-?annual(?:ly)?|half[- ]yearly)\b/, 'half-yearly'],
];
export function frequenciesIn(text: string): string[] {
  const s = text.toLowerCase();
  return FREQUENCIES.filter(([re]) => re.test(s)).map(([, f]) => f);
}

/** The clause says another frequency than the question (quarterly, not monthly), and the answer nowhere says the one asked. */
export function wrongFrequency(question: string, clause: string, answer: string): boolean {
  const asked = frequenciesIn(question);
  const stated = frequenciesIn(clause);
  return (
    asked.length > 0 && stated.length > 0 && !asked.some((f) => stated.includes(f)) && !asked.some((f) => frequenciesIn(answer).includes(f))
  );
}

/** A comparison around a figure: agreeing on the number does not make "more than 3 years" right. */
export const COMPARES =
  /\b(?:more than|less than|over|under|beyond|longer|shorter|exceed|extend|extended|after|before|at least|up to|within|earlier|later)\b/;

/** The rule sets a ceiling ("at most 3 years", "a maximum period of"). */
const CEILING = /\b(?:at most|maximum|max|up to|no later than|limit)\b/;
/** The question names a ceiling of its own ("max 2 years", "capped at two years"). */
const ASKS_CEILING = /\b(?:at most|maximum|max|capped|cap|limit(?:ed)?)\b/;
/** The question goes past a figure ("beyond 3 years", "more than", "for up to 5 years"). */
const PAST = /\b(?:beyond|more than|longer than|over|exceed|exceeding|extend(?:ed)? (?:to|past|beyond)|up to|for)\b/;
const BELOW = /\b(?:beyond|more than|longer than|after|over)\b/;

/** A figure the question gets wrong: "No". Against a ceiling, only a figure above it (or "beyond" it) is wrong. */
export function figureVerdict(q: string, c: string, asked: string[], stated: string[]): 'No' | undefined {
  for (const a of asked) {
    const [n, unit] = a.split(' ');
    const same = stated.filter((x) => x.split(' ')[1] === unit).map((x) => Number(x.split(' ')[0]));
    if (!same.length) continue;
    if (!CEILING.test(c)) {
      if (!same.includes(Number(n))) return 'No';
      continue;
    }
    const ceiling = Math.max(...same);
    // "max 2 years now?" names another ceiling (not "2 years plus 1, so 3 years max?").
    if (Number(n) !== ceiling && ASKS_CEILING.test(q) && !same.some((x) => asked.includes(`${x} ${unit}`))) return 'No';
    if (Number(n) > ceiling && PAST.test(q)) return 'No';
    if (Number(n) === ceiling && BELOW.test(q)) return 'No';
    if (Number(n) > ceiling && !COMPARES.test(q)) return 'No';
  }
  return undefined;
}

/**
 * "The minimum PO resource is 0.6 FTE, isn't it?" against "a minimum of 0.5 FTE" (the sentence's
 * 0.6 FTE being another figure): the claim's one figure is not the sentence's minimum (or maximum).
 * `asked`: the claim's figures with their units, as `quantitiesIn` gives them.
 */
export function wrongBound(question: string, clause: string, asked: string[]): boolean {
  const bound = /\b(minimum|maximum)\b/.exec(question)?.[1];
  if (!bound || asked.length !== 1) return false;
  const unit = asked[0].split(' ')[1];
  const bounds = [...clause.matchAll(new RegExp(`\\b${bound}(?: period)?(?: of)? ([^,;]{1,20})`, 'g'))].flatMap((m) => quantitiesIn(m[1]));
  const same = bounds.filter((b) => b.split(' ')[1] === unit);
  return same.length > 0 && !same.includes(asked[0]);
}
