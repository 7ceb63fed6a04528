/**
 * The polite decline: what the framework does not answer, said plainly, with where such
 * questions belong when that is known, and up to three rule titles to ask instead. Pure.
 */
import type { Answer } from './answer';
import { questionForm } from './question-form';
import type { Match, Part, Retrieval } from './retrieval';
import { ruleById, sectionName, type Rule } from './rules';

const MAX_SUGGESTIONS = 3;

/** Suggestions are rule titles; asking a title answers that rule, which makes buttons work as questions. */
export function titles(ids: string[]): string[] {
  return [...new Set(ids)]
    .map((id) => ruleById(id))
    .filter((r): r is Rule => !!r && r.section !== null)
    .map((r) => r.title)
    .slice(0, MAX_SUGGESTIONS);
}

const FALLBACK_SUGGESTIONS = ['dispute-resolution', 'travel-subsistence', 'secondment-length'];

/**
 * The first `wanted` distinct framework rules (ones `titles` can name) over every part's matches,
 * best score first, a tie going to the earlier part: as sorting every part's matches together would
 * list them, but merged from the parts' own best-first lists and stopped once enough are found.
 * `any`: some part matched a framework rule at all.
 */
function bestInScope(parts: readonly Part[], wanted: number): { ids: string[]; any: boolean } {
  const next = parts.map(() => 0);
  const ids: string[] = [];
  let any = false;
  while (ids.length < wanted) {
    let pick = -1;
    parts.forEach((part, p) => {
      if (next[p] < part.rules.length && (pick < 0 || part.scores[next[p]] > parts[pick].scores[next[pick]])) pick = p;
    });
    if (pick < 0) break;
    const rule = parts[pick].rules[next[pick]++];
    if (rule.section === null) continue;
    any = true;
    if (!ids.includes(rule.id) && ruleById(rule.id)?.section) ids.push(rule.id);
  }
  return { ids, any };
}

/** What a decline pointed to, when it named where the question belongs (read by a two-in-one message's answer). */
const declinePointers = new WeakMap<Answer, string>();
export function declinePointer(answer: Answer): string | undefined {
  return declinePointers.get(answer);
}

export function decline(
  question: string,
  retrieval: Retrieval,
  outOfScope: Match | undefined,
  nearest?: { rule: Rule; missing: string },
): Answer {
  const inScope = bestInScope(retrieval.parts, MAX_SUGGESTIONS + 1);
  const suggestionIds = nearest ? [nearest.rule.id, ...inScope.ids] : inScope.any ? inScope.ids : FALLBACK_SUGGESTIONS;
  const figure = nearest
    ? ` It does not give ${nearest.missing}; the nearest it comes is ${sectionName(nearest.rule.section!)}, "${nearest.rule.title}".`
    : '';
  const pointer = outOfScope ? ` ${outOfScope.rule.answer}` : figure;
  const hr = outOfScope?.rule.id === 'out-of-scope-hr' ? ' Your line manager or NPS HR can help with that.' : '';
  // A yes/no question gets the verdict it asked for: the framework does not say.
  const opening =
    questionForm(question) === 'yes-no'
      ? 'Sorry, the National Partnership Framework does not say, so I cannot answer yes or no.'
      : "Sorry, the National Partnership Framework doesn't answer that, so I won't guess.";
  const text = `${opening}${pointer}${hr} I can help with the framework's rules on secondments, reviews, expenses, vacancies and disputes. Did you mean one of these?`;
  const declined: Answer = {
    answer: text,
    general: text,
    section: null,
    sections: [],
    confidence: retrieval.confidence,
    suggestions: titles(suggestionIds),
    ruleId: null,
    ruleIds: [],
    personal: [],
  };
  if (outOfScope) declinePointers.set(declined, `${outOfScope.rule.answer}${hr}`.trim());
  return declined;
}
