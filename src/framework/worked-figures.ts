/**
 * Figures the framework's rules give once the asker's own numbers are put in: the overhead for
 * their number of seconded POs (5.4's £5,000 per PO), and the latest end and return-meeting date of
 * a secondment from its start or end date (5.4's 3 years and 6 months), and a board member's e-mail
 * address from 9.1's name.surname rule. Said as the bot's own working, never as the framework's
 * words. Pure.
 */
import { DateTime } from 'luxon';
import { addMonths, addYears, formatLong, parseCivilDate, toCivil, type CivilDate } from './dates';
import { RETURN_PLAN_MONTHS_BEFORE_END } from './obligations';
import { BOARD_MEMBERS, MEMBER_NAMED } from './framework-people';
import { NUMBER_WORDS } from './text';
import { MAX_SECONDMENT_YEARS } from './validation';

const OVERHEAD_PER_PO_GBP = 5000;
const COUNT = `(\\d+(?:\\.\\d+)?|${Object.keys(NUMBER_WORDS).join('|')}|a|an)`;
/** "three seconded probation officers", "1.5 POs", "2 PO secondees"; never PSOs. */
const PO_COUNT = new RegExp(
  `\\b${COUNT}\\s+(?:full[- ]time\\s+|seconded\\s+|fte\\s+)*(?:probation officers?|pos?|po secondees?)\\b(?!\\s*s\\b)`,
  'i',
);

function count(word: string): number {
  const w = word.toLowerCase();
  return w === 'a' || w === 'an' ? 1 : Number(NUMBER_WORDS[w] ?? w);
}

const gbp = (n: number): string => `£${n.toLocaleString('en-GB', { maximumFractionDigits: 2 })}`;

/** "3 POs x £5,000 = £15,000", when the question says how many POs. */
export function overheadFor(question: string): string | undefined {
  const m = PO_COUNT.exec(question);
  if (!m) return undefined;
  const pos = count(m[1]);
  if (!(pos > 0 && pos <= 50)) return undefined;
  return `Worked out by this bot from the 5.4 rate: ${pos} seconded PO${pos === 1 ? '' : 's'} x ${gbp(OVERHEAD_PER_PO_GBP)} = ${gbp(pos * OVERHEAD_PER_PO_GBP)} (seconded PSOs add nothing).`;
}

const MONTHS =
  'january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec';
const WRITTEN_DATE = new RegExp(`\\b(?:(\\d{1,2})(?:st|nd|rd|th)?\\s+)?(${MONTHS})\\.?\\s+(\\d{4})\\b`, 'i');
const MONTH_NAMES = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const NUMERIC_DATE = /\b(\d{1,2}\/\d{1,2}\/\d{4}|\d{4}-\d{2}-\d{2})\b/;

/** The first date a message names ("1 September 2022", "Sept 2022" = the 1st, "01/09/2022"), and where. */
export function dateIn(text: string): { date: CivilDate; at: number } | undefined {
  const numeric = NUMERIC_DATE.exec(text);
  const parsed = numeric ? parseCivilDate(numeric[1]) : null;
  if (numeric && parsed) return { date: parsed, at: numeric.index };
  const written = WRITTEN_DATE.exec(text);
  if (!written) return undefined;
  const month = MONTH_NAMES.indexOf(written[2].slice(0, 3).toLowerCase()) + 1;
  const dt = DateTime.fromObject({ year: Number(written[3]), month, day: Number(written[1] ?? 1) }, { zone: 'utc' });
  return dt.isValid ? { date: toCivil(dt), at: written.index } : undefined;
}

/** From a start date: the latest end and the return meeting; from an end date: the return meeting. */
export function secondmentDatesFor(question: string): string | undefined {
  const found = dateIn(question);
  if (!found) return undefined;
  const before = question.slice(Math.max(0, found.at - 40), found.at).toLowerCase();
  const label = 'Worked out by this bot from 5.4 (at most 3 years; the return meeting 6 months before the end):';
  if (/\b(?:start|started|starts|began|begin|joined|commenced|from)\b/.test(before)) {
    const end = addYears(found.date, MAX_SECONDMENT_YEARS);
    const meeting = addMonths(end, -RETURN_PLAN_MONTHS_BEFORE_END);
    return `${label} a secondment that started on ${formatLong(found.date)} can run to ${formatLong(end)} at the latest, and its return meeting is due by ${formatLong(meeting)} (earlier if it ends sooner).`;
  }
  if (/\b(?:end|ends|ending|finish|finishes|finishing|due to end|until|runs to)\b/.test(before)) {
    const meeting = addMonths(found.date, -RETURN_PLAN_MONTHS_BEFORE_END);
    return `${label} for a secondment ending on ${formatLong(found.date)}, the return meeting is due by ${formatLong(meeting)}.`;
  }
  return undefined;
}

/** "roughly 15% of our offences are serious youth violence": the 5.1 band and its provision. */
export function violenceBandFor(question: string): string | undefined {
  if (!/\b(?:serious youth violence|syv|youth violence|violen)/i.test(question)) return undefined;
  const m = /\b(\d{1,3}(?:\.\d+)?)\s*(?:%|per ?cent)/i.exec(question);
  if (!m) return undefined;
  const share = Number(m[1]);
  if (!(share >= 0 && share <= 100)) return undefined;
  const level = Math.max(1, Math.ceil(share / 10));
  const from = level === 1 ? 0 : (level - 1) * 10 + 1;
  return `Worked out by this bot from the 5.1 bands (0-10% = L1, 5% provision; 11-20% = L2, 10% provision; and so on): ${share}% serious youth violence falls in level ${level} (${from}-${level * 10}%), ${5 * level}% provision.`;
}

const ASKS_EMAIL = /\b(?:e-?mail|address|addr|contact details|get hold of|write to)\b/i;

/**
 * "What's Andy Wade's email?", "how would I email the YOS lead for South West South Central?": the
 * address 9.1 prints, or the one its name.surname rule gives, for each member named or else for the
 * divisional YOS lead of the region named.
 */
export function boardMemberEmailFor(question: string): string | undefined {
  if (!ASKS_EMAIL.test(question)) return undefined;
  let members = BOARD_MEMBERS.filter((m) => MEMBER_NAMED.get(m)!.test(question));
  if (!members.length && /\bleads?\b/i.test(question)) members = BOARD_MEMBERS.filter((m) => m.leadFor?.test(question));
  const lines = members.map(({ name, listed }) =>
    listed
      ? `${name}: ${listed}, as 9.1 lists it.`
      : `${name}: ${name.toLowerCase().replace(/ /g, '.')}@justice.gov.uk, worked out by this bot from 9.1's rule that NPS staff are name.surname@justice.gov.uk unless another address is given (none is for ${name.split(' ')[0]}).`,
  );
  return lines.length ? lines.join('\n') : undefined;
}

/** The rules these figures belong to, by rule id. */
const WORKED: Record<string, (question: string) => string | undefined> = {
  'overhead-contribution': overheadFor,
  'secondment-length': secondmentDatesFor,
  'return-meeting': secondmentDatesFor,
  'complexity-weighting': violenceBandFor,
  'resource-formula': violenceBandFor,
  'po-resource': violenceBandFor,
  'governance-board-members': boardMemberEmailFor,
};

export function workedFigure(question: string, ruleId: string): string | undefined {
  return WORKED[ruleId]?.(question);
}
