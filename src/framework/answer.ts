/**
 * Turns a question into the bot's answer: the best rule's text with its section, a second rule
 * when the message asks two things, the asker's own people and dates, and follow-up suggestions.
 * Below the confidence threshold, or when the best match is a topic the framework leaves to
 * others (pay, leave entitlement, passwords...), the bot says so politely and offers up to three
 * "did you mean" topics instead of guessing.
 */
import { RuleIndex, inScopeWordsOf, type Match, type Part, type Retrieval } from './retrieval';
import { RULES, ruleById, type Rule } from './rules';
import { personalLines, type PersonalContext } from './personal';
import { NO_ENGLISH_WORDS, type EnglishWords } from './vocabulary';

/** When to answer, decline, or answer twice; calibrated on our own question rounds, not the public examples. */
export interface AnswerTuning {
  /** Below this confidence the bot declines rather than guesses. */
  threshold: number;
  /** An out-of-scope topic scoring this close to the best rule, on words of its own, is what is asked. */
  outOfScopeRatio: number;
  /** A second question must be matched at least this well to be answered too. */
  secondPart: number;
  /** A message is declined when its nearest questions are off-framework ones by more than this (cosine, mean of the nearest few)... */
  wholeLeaning: number;
  /** ...or its single nearest question is an off-framework one by more than this... */
  nearestLeaning: number;
  /** ...unless its best part leans towards the framework by more than this. */
  partLeaning: number;
}

export const DEFAULT_ANSWER_TUNING: AnswerTuning = { threshold: 0.5, outOfScopeRatio: 0.5, secondPart: 0.6, wholeLeaning: 0.05, nearestLeaning: 0.1, partLeaning: 0.25 };
export const CONFIDENCE_THRESHOLD = DEFAULT_ANSWER_TUNING.threshold;
const MAX_SUGGESTIONS = 3;
/** An out-of-scope part this close to the best part's confidence decides the message. */
const RIVAL_SHARE = 0.9;
/** ...or, when it matched on a word of its own that no framework rule uses, this close. */
const OWN_WORD_SHARE = 0.8;
/** "How much / how many / how long / how often / what rate" asks for a figure... */
const ASKS_FIGURE = /\bhow (?:much|many|often|long)\b|\bwhat (?:rate|amount|percentage|sum|figure)\b/i;
/** ...which a rule gives as an amount, a count with its unit, or a frequency. */
const STATES_FIGURE =
  /£\s?\d|\b\d+(?:\.\d+)?\s*(?:%|per ?cent|fte|days?|weeks?|months?|years?|hours?|cases?|factors?|miles?)\b|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|half|quarterly|monthly|weekly|annually|yearly)\b/i;
/**
 * A figure; or, for "how many <things>?", a list of three or more items naming those things,
 * which answers by counting ("how many statutory partners?" against the list of partners).
 */
function statesFigure(question: string, answer: string): boolean {
  if (STATES_FIGURE.test(answer)) return true;
  const counted = /\bhow many ((?:[a-z]+ ){0,1}[a-z]+)/i.exec(question)?.[1].toLowerCase().split(' ') ?? [];
  const text = answer.toLowerCase();
  return /;[^;]+;/.test(answer) && counted.some((word) => word.length > 3 && text.includes(word.replace(/s$/, '')));
}
/** How a product choice is told apart from the framework in what the bot says. */
export const PRODUCT_NOTE_LABEL = 'Product note (not from the framework):';

export interface Answer {
  answer: string;
  /** Framework section of the main answer, e.g. "9.1"; null when the framework does not answer. */
  section: string | null;
  /** Every section cited, main first (two when the message asked two things). */
  sections: string[];
  confidence: number;
  /** Titles of rules to ask about next (buttons in Teams). */
  suggestions: string[];
  /** The main rule answered from, or null when declined. */
  ruleId: string | null;
  /** Every rule answered from, main first. */
  ruleIds: string[];
  /** The rules' own text (or the decline), without the personal lines. */
  general: string;
  /** Personal lines added for the asker (also inside `answer`). */
  personal: string[];
}

let defaultIndex: RuleIndex | null = null;
let englishWords: EnglishWords = NO_ENGLISH_WORDS;
function index(): RuleIndex {
  defaultIndex ??= new RuleIndex(RULES, {}, englishWords);
  return defaultIndex;
}

/** Real English words the typo correction leaves alone; the caller reads them (no I/O here). */
export function useEnglishWords(provider: EnglishWords): void {
  englishWords = provider;
  defaultIndex = null;
}

/** Suggestions are rule titles; asking a title answers that rule, which makes buttons work as questions. */
function titles(ids: string[]): string[] {
  return [...new Set(ids)]
    .map((id) => ruleById(id))
    .filter((r): r is Rule => !!r && r.section !== null)
    .map((r) => r.title)
    .slice(0, MAX_SUGGESTIONS);
}

const FALLBACK_SUGGESTIONS = ['dispute-resolution', 'travel-subsistence', 'secondment-length'];

/**
 * The out-of-scope topic a part is really about: one that scores best, or close to the best rule
 * on a word of its own ("pension contribution rate" is about pensions, not the overhead rate).
 */
function outOfScopeOf(part: Part, tuning: AnswerTuning): Match | undefined {
  const best = part.matches[0];
  if (!best) return undefined;
  if (best.rule.section === null) return best;
  const inScopeWords = inScopeWordsOf(part);
  return part.matches.find((m) => {
    if (m.rule.section !== null) return false;
    // A word no framework rule knows ("pension", "password") settles it; a word only the best rule
    // lacks needs the out-of-scope topic to score nearly as well.
    const ratio = m.matched.some((t) => !inScopeWords.has(t)) ? tuning.outOfScopeRatio : m.matched.some((t) => !best.matched.includes(t)) ? 0.8 : Infinity;
    return m.score >= ratio * best.score;
  });
}

/** An out-of-scope topic matched on a word no framework rule uses at all ("union", "overtime"). */
function ownWordOutOfScope(part: Part, tuning: AnswerTuning): Match | undefined {
  const match = outOfScopeOf(part, tuning);
  if (!match) return undefined;
  const inScopeWords = inScopeWordsOf(part);
  return match.matched.some((t) => !inScopeWords.has(t)) ? match : undefined;
}

/**
 * The message as a whole is nearer questions the framework does not answer, and its best part is
 * not clearly nearer the framework's: the not-covered topic, to decline with its pointer.
 */
function leansAway(retrieval: Retrieval, rules: RuleIndex, tuning: AnswerTuning): Match | undefined {
  const { whole, part } = retrieval.leaning;
  const away = whole.notCovered > whole.framework + tuning.wholeLeaning || whole.nearestNotCovered > whole.nearestFramework + tuning.nearestLeaning;
  if (!away || part.notCovered <= part.framework - tuning.partLeaning || !whole.topicId) return undefined;
  const topic = rules.notCoveredTopic(whole.topicId);
  return topic ? { rule: topic, score: 0, coverage: 0, matched: [] } : undefined;
}

/** A second question in the message: a separate clause that another rule answers well. */
function secondPart(retrieval: Retrieval, main: Part, tuning: AnswerTuning): Match | undefined {
  const mainRule = main.matches[0].rule;
  for (const part of retrieval.parts) {
    const overlaps = part.span[0] <= main.span[1] && main.span[0] <= part.span[1];
    const best = part.matches[0];
    if (overlaps || !best || part.confidence < tuning.secondPart || outOfScopeOf(part, tuning)) continue;
    if (best.rule.id === mainRule.id || best.rule.section === null) continue;
    // The main rule already shares every word this clause matched: nothing to add.
    const mainMatched = part.matches.find((m) => m.rule.id === mainRule.id)?.matched ?? [];
    if (best.matched.every((t) => mainMatched.includes(t))) continue;
    return best;
  }
  return undefined;
}

function ruleText(rule: Rule): string {
  return rule.productNote ? `${rule.answer}\n${PRODUCT_NOTE_LABEL} ${rule.productNote}` : rule.answer;
}

function decline(retrieval: Retrieval, outOfScope: Match | undefined, nearest?: Rule): Answer {
  const inScope = retrieval.parts.flatMap((p) => p.matches).filter((m) => m.rule.section !== null).sort((a, b) => b.score - a.score);
  const suggestionIds = nearest ? [nearest.id, ...inScope.map((m) => m.rule.id)] : inScope.length ? inScope.map((m) => m.rule.id) : FALLBACK_SUGGESTIONS;
  const figure = nearest ? ` It does not give that figure; the nearest it comes is section ${nearest.section}, "${nearest.title}".` : '';
  const pointer = outOfScope ? ` ${outOfScope.rule.answer}` : figure;
  const hr = outOfScope?.rule.id === 'out-of-scope-hr' ? ' Your line manager or NPS HR can help with that.' : '';
  const text = `Sorry, the National Partnership Framework doesn't answer that, so I won't guess.${pointer}${hr} I can help with the framework's rules on secondments, reviews, expenses, vacancies and disputes. Did you mean one of these?`;
  return { answer: text, general: text, section: null, sections: [], confidence: retrieval.confidence, suggestions: titles(suggestionIds), ruleId: null, ruleIds: [], personal: [] };
}

export function answerQuestion(question: string, ctx: PersonalContext | null = null, rules: RuleIndex = index(), tuning: Partial<AnswerTuning> = {}): Answer {
  const t = { ...DEFAULT_ANSWER_TUNING, ...tuning };
  const retrieval = rules.search(question.trim().slice(0, 500));
  const main = retrieval.parts[0];
  const best = main?.matches[0];
  // A part about something the framework leaves to others, matched nearly as well as the best
  // part, means the message is really about that ("lunch breaks... which do I follow?").
  const rival =
    retrieval.parts.find((p) => p.confidence >= Math.max(t.threshold, RIVAL_SHARE * retrieval.confidence) && outOfScopeOf(p, t)) ??
    retrieval.parts.find((p) => p.confidence >= OWN_WORD_SHARE * retrieval.confidence && ownWordOutOfScope(p, t));
  const outOfScope = (rival && outOfScopeOf(rival, t)) ?? leansAway(retrieval, rules, t);
  if (!best || outOfScope || retrieval.confidence < t.threshold) return decline(retrieval, outOfScope);

  const second = secondPart(retrieval, main, t)?.rule;
  const answered = second ? [best.rule, second] : [best.rule];
  // Answering "how much?" with a rule that states no figure would imply one it does not give.
  if (ASKS_FIGURE.test(question) && !answered.some((r) => statesFigure(question, r.answer))) return decline(retrieval, undefined, best.rule);
  const general = [ruleText(best.rule), ...(second ? [`Also, from section ${second.section}: ${ruleText(second)}`] : [])].join('\n\n');
  const personal = [...new Set(answered.flatMap((r) => personalLines(r.topic, ctx)))];
  const related = answered.flatMap((r) => r.related).filter((id) => !answered.some((r) => r.id === id));
  return {
    answer: [general, ...(personal.length ? ['', ...personal] : [])].join('\n'),
    general,
    section: best.rule.section,
    sections: answered.map((r) => r.section!),
    confidence: retrieval.confidence,
    suggestions: titles(related),
    ruleId: best.rule.id,
    ruleIds: answered.map((r) => r.id),
    personal,
  };
}
