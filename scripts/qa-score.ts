/**
 * Scores question sets ({q, section, alt?, must?, style?, verdict?}) against the bot's answers, the
 * way the SPEC's quality bar reads: right = the cited section (or one of `alt`) matches and every
 * `must` group has one of its alternatives in the answer (case-insensitive); `section: "none"` items
 * must be declined. A check question's `verdict` ("yes", "no", or "none" for one the framework does
 * not settle) is scored apart: the "Yes"/"No" the answer leads with. Pure: the caller supplies the
 * answering function.
 */
export interface QaItem {
  id?: string;
  q: string;
  section: string;
  alt?: string[];
  must?: string[][];
  who?: string;
  style?: string;
  /** What a check question should be told first: "yes", "no", or "none" (no verdict: the framework does not settle it). */
  verdict?: Verdict;
}

export type Verdict = 'yes' | 'no' | 'none';

export interface Answered {
  answer: string;
  section: string | null;
}

export type Outcome = 'right' | 'wrong-section' | 'missing-facts' | 'declined-in-scope' | 'off-framework-declined' | 'off-framework-answered';

export interface Scored {
  item: QaItem;
  outcome: Outcome;
  got: Answered;
  /** Must groups none of whose alternatives appear in the answer. */
  missing: string[][];
  /** The verdict the answer leads with (scored only for items that give one). */
  verdict: Verdict;
}

/**
 * The verdict an answer leads with: its first paragraph opening "Yes" or "No" (after a weak match's
 * "This looks like section ..." line); a decline, or a lead of any other kind, gives none.
 */
export function verdictOf(got: Answered): Verdict {
  if (got.section === null) return 'none';
  const paragraphs = got.answer.split('\n\n');
  const lead = paragraphs[0].startsWith('This looks like ') ? (paragraphs[1] ?? '') : paragraphs[0];
  const said = /^(Yes|No)\b/.exec(lead)?.[1];
  return said === 'Yes' ? 'yes' : said === 'No' ? 'no' : 'none';
}

export function scoreItem(item: QaItem, got: Answered): Scored {
  const text = got.answer.toLowerCase();
  const missing = (item.must ?? []).filter((group) => !group.some((alt) => text.includes(alt.toLowerCase())));
  let outcome: Outcome;
  if (item.section === 'none') outcome = got.section === null ? 'off-framework-declined' : 'off-framework-answered';
  else if (got.section === null) outcome = 'declined-in-scope';
  else if (got.section !== item.section && !(item.alt ?? []).includes(got.section)) outcome = 'wrong-section';
  else outcome = missing.length ? 'missing-facts' : 'right';
  return { item, outcome, got, missing, verdict: verdictOf(got) };
}

export interface Summary {
  inScope: number;
  right: number;
  wrongSection: number;
  missingFacts: number;
  declinedInScope: number;
  offFramework: number;
  offFrameworkAnswered: number;
  /** Check questions (items with a `verdict`): led with the wanted verdict, with the opposite one, with none where one was wanted, and with one where none was. */
  verdicts: { asked: number; right: number; opposite: number; missing: number; unwanted: number };
}

function countVerdicts(scored: Scored[]): Summary['verdicts'] {
  const checks = scored.filter((s) => s.item.verdict);
  const is = (s: Scored, wanted: boolean, got: boolean) => (s.item.verdict !== 'none') === wanted && (s.verdict !== 'none') === got;
  return {
    asked: checks.length,
    right: checks.filter((s) => s.verdict === s.item.verdict).length,
    opposite: checks.filter((s) => is(s, true, true) && s.verdict !== s.item.verdict).length,
    missing: checks.filter((s) => is(s, true, false)).length,
    unwanted: checks.filter((s) => is(s, false, true)).length,
  };
}

export function summarise(scored: Scored[]): Summary {
  const count = (o: Outcome) => scored.filter((s) => s.outcome === o).length;
  const offFramework = scored.filter((s) => s.item.section === 'none').length;
  return {
    inScope: scored.length - offFramework,
    right: count('right'),
    wrongSection: count('wrong-section'),
    missingFacts: count('missing-facts'),
    declinedInScope: count('declined-in-scope'),
    offFramework,
    offFrameworkAnswered: count('off-framework-answered'),
    verdicts: countVerdicts(scored),
  };
}

export function formatSummary(name: string, s: Summary): string {
  const pct = (n: number, d: number) => (d ? `${Math.round((100 * n) / d)}%` : '-');
  const v = s.verdicts;
  return (
    `${name}: right ${s.right}/${s.inScope} in scope (${pct(s.right, s.inScope)}); ` +
    `wrong section ${s.wrongSection}, missing facts ${s.missingFacts}, declined in scope ${s.declinedInScope}; ` +
    `off-framework answered ${s.offFrameworkAnswered}/${s.offFramework}` +
    (v.asked
      ? `; verdicts right ${v.right}/${v.asked} (${pct(v.right, v.asked)}), opposite ${v.opposite}, none where wanted ${v.missing}, given where none wanted ${v.unwanted}`
      : '')
  );
}
