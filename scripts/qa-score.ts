/**
 * Scores question sets ({q, section, alt?, must?, style?}) against the bot's answers, the way the
 * SPEC's quality bar reads: right = the cited section (or one of `alt`) matches and every `must`
 * group has one of its alternatives in the answer (case-insensitive); `section: "none"` items must
 * be declined. Pure: the caller supplies the answering function.
 */
export interface QaItem {
  id?: string;
  q: string;
  section: string;
  alt?: string[];
  must?: string[][];
  who?: string;
  style?: string;
}

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
}

export function scoreItem(item: QaItem, got: Answered): Scored {
  const text = got.answer.toLowerCase();
  const missing = (item.must ?? []).filter((group) => !group.some((alt) => text.includes(alt.toLowerCase())));
  let outcome: Outcome;
  if (item.section === 'none') outcome = got.section === null ? 'off-framework-declined' : 'off-framework-answered';
  else if (got.section === null) outcome = 'declined-in-scope';
  else if (got.section !== item.section && !(item.alt ?? []).includes(got.section)) outcome = 'wrong-section';
  else outcome = missing.length ? 'missing-facts' : 'right';
  return { item, outcome, got, missing };
}

export interface Summary {
  inScope: number;
  right: number;
  wrongSection: number;
  missingFacts: number;
  declinedInScope: number;
  offFramework: number;
  offFrameworkAnswered: number;
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
  };
}

export function formatSummary(name: string, s: Summary): string {
  const pct = (n: number, d: number) => (d ? `${Math.round((100 * n) / d)}%` : '-');
  return (
    `${name}: right ${s.right}/${s.inScope} in scope (${pct(s.right, s.inScope)}); ` +
    `wrong section ${s.wrongSection}, missing facts ${s.missingFacts}, declined in scope ${s.declinedInScope}; ` +
    `off-framework answered ${s.offFrameworkAnswered}/${s.offFramework}`
  );
}
