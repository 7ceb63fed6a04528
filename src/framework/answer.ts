/**
 * Turns a question into the bot's answer: the best rule's text with its section, the asker's own
 * people and dates, and follow-up suggestions. Below the confidence threshold, or when the best
 * match is a topic the framework leaves to others (pay, leave entitlement, passwords...), the bot
 * says so politely and offers up to three "did you mean" topics instead of guessing.
 */
import { RuleIndex } from './retrieval';
import { RULES, ruleById, type Rule } from './rules';
import { personalLines, type PersonalContext } from './personal';

/** Calibrated on the public examples and our own paraphrases (see test/framework/answer.test.ts). */
export const CONFIDENCE_THRESHOLD = 0.45;
/** An out-of-scope topic scoring this close to the best rule means the question is really about it. */
const OUT_OF_SCOPE_RATIO = 0.7;
const MAX_SUGGESTIONS = 3;

export interface Answer {
  answer: string;
  /** Framework section, e.g. "9.1"; null when the framework does not answer the question. */
  section: string | null;
  confidence: number;
  /** Titles of rules to ask about next (buttons in Teams). */
  suggestions: string[];
  /** The rule answered from, or null when declined. */
  ruleId: string | null;
  /** The rule's own text (or the decline), without the personal lines. */
  general: string;
  /** Personal lines added for the asker (also inside `answer`). */
  personal: string[];
}

let defaultIndex: RuleIndex | null = null;
function index(): RuleIndex {
  defaultIndex ??= new RuleIndex(RULES);
  return defaultIndex;
}

/** Suggestions are rule titles; asking a title answers that rule, which makes buttons work as questions. */
function titles(ids: string[]): string[] {
  return ids
    .map((id) => ruleById(id))
    .filter((r): r is Rule => !!r && r.section !== null)
    .map((r) => r.title)
    .slice(0, MAX_SUGGESTIONS);
}

const FALLBACK_SUGGESTIONS = ['dispute-resolution', 'travel-subsistence', 'secondment-length'];

export function answerQuestion(question: string, ctx: PersonalContext | null = null, rules: RuleIndex = index()): Answer {
  const trimmed = question.trim().slice(0, 500);
  const retrieval = rules.search(trimmed);
  const best = retrieval.matches[0];
  const inScope = retrieval.matches.filter((m) => m.rule.section !== null);

  const outOfScope = retrieval.matches.find((m) => best && m.rule.section === null && m.score >= OUT_OF_SCOPE_RATIO * best.score);

  if (!best || outOfScope || retrieval.confidence < CONFIDENCE_THRESHOLD) {
    const suggestionIds = inScope.length ? inScope.slice(0, MAX_SUGGESTIONS).map((m) => m.rule.id) : FALLBACK_SUGGESTIONS;
    const pointer = outOfScope ? ` ${outOfScope.rule.answer}` : '';
    const hr = outOfScope?.rule.id === 'out-of-scope-hr' ? ' Your line manager or NPS HR can help with that.' : '';
    const decline = `Sorry, the National Partnership Framework doesn't answer that, so I won't guess.${pointer}${hr} I can help with the framework's rules on secondments, reviews, expenses, vacancies and disputes. Did you mean one of these?`;
    return {
      answer: decline,
      general: decline,
      section: null,
      confidence: retrieval.confidence,
      suggestions: titles(suggestionIds),
      ruleId: null,
      personal: [],
    };
  }

  const personal = personalLines(best.rule.topic, ctx);
  const text = [best.rule.answer, ...(personal.length ? ['', ...personal] : [])].join('\n');
  return {
    answer: text,
    section: best.rule.section,
    confidence: retrieval.confidence,
    suggestions: titles(best.rule.related),
    ruleId: best.rule.id,
    general: best.rule.answer,
    personal,
  };
}
