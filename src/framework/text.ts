/**
 * Text normalisation shared by the rule index and the questions, so both speak one vocabulary:
 * domain phrases, abbreviations and everyday wording are folded to one token (YOT/YOS, PO, PSO,
 * LDU, SPOC, YOGB, T&S, SOP, SPDR, CRC...; "boss" = manager, "hols" = leave), then words are
 * stemmed (Porter2) and stop words dropped. A question is also split into clauses, so the part
 * of a long message that asks something can be matched on its own.
 */
import stem from 'wink-porter2-stemmer';
import { PHRASES } from './phrases';
import { FoldOpenings } from './phrase-prefixes';

/** Which folds could match (by their openings), and the working space for marking them. */
const FOLD_OPENINGS = new FoldOpenings(PHRASES.map(([pattern]) => pattern.source));
const FOLD_CANDIDATES = new Uint8Array(PHRASES.length);

/** Words too common to tell topics apart. */
const STOP_WORDS = new Set(
  (
    'a an the and or but if of to in on at by for with from into onto about as is are was were be been being am do does did doing done ' +
    'have has had having can could should would will shall may might must i me my mine we our us you your yours he him his she her ' +
    'they them their it its this that these those there here what whats which who whom whose when where why how any some each every ' +
    'all both either neither not no nor so than too very just also only own same such up down out over under again further then once ' +
    'please tell know want need get got let lets s t d ll re ve m o isn aren don doesn didn won wouldn shouldn cant cannot im ive thing ' +
    'things someone somebody anyone anybody one ones whether etc e g ie eg like really much many more most other another ' +
    // Conversational filler: says nothing about the topic, so it must not count as uncovered.
    'something anything nothing discuss discussed happen happens happened sort exactly explain mean means meant supposed ' +
    'able allowed ok okay hi hello hey thanks thank bot question say says said go goes going gets getting next upcoming coming begin begins give gives ' +
    'per while still use using lot lots currently now actually already dont doesnt didnt cant wont isnt arent wot wat r u ur pls plz ' +
    'shud wud cud coz cos abt ppl thx ta ya yeah yes ' +
    'tbh btw asap lol mate guys folks anyway basically literally honestly quick quickly just again even ever bit kind sure think ' +
    'wondering wonder check checking idea clue confused unsure help frankly apparently told asking ask asked trying try hope hoping hoped ' +
    // Filler of longer messages ("what's the thinking behind...", "in plain English", "a quick rundown").
    'around behind whole plain rundown overview outline briefly lowdown nutshell clarify confirm paragraph summarise summary ' +
    'bother seem seems wherever assume thought rather true wrong dig itself themselves ' +
    'today yesterday tomorrow monday tuesday wednesday thursday friday morning afternoon'
  ).split(/\s+/),
);

/** Number words people write, as the digits the rules use ("four months" = "4 months"). */
export const NUMBER_WORDS: Record<string, string> = {
  one: '1', two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8', nine: '9', ten: '10',
  eleven: '11', twelve: '12', 'twenty-eight': '28', 'twenty eight': '28', 'thirty-six': '36',
};

/**
 * The last few texts normalised, and what they became: a question is normalised once to be
 * matched and again to lead its answer, and normalising is most of the cost of either.
 */
const recentlyNormalised: [string, string][] = [];
const NORMALISED_KEPT = 4;

export function normalise(text: string): string {
  const recent = recentlyNormalised.find(([t]) => t === text);
  if (recent) return recent[1];
  const s = fold(text);
  if (recentlyNormalised.unshift([text, s]) > NORMALISED_KEPT) recentlyNormalised.pop();
  return s;
}

function fold(text: string): string {
  let s = ` ${text.toLowerCase()} `
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\u2013\u2014]/g, ' - ')
    .replace(/£/g, ' ')
    .replace(/(\d),(\d{3})/g, '$1$2')
    .replace(/\b(\d+)k\b/g, '$1000')
    .replace(/'s\b/g, '');
  s = s.replace(/\b(twenty[- ]eight|thirty-six|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b/g, (w) => NUMBER_WORDS[w]);
  // Spaces collapsed after each fold, so that a later phrase still matches across a folded one.
  // A fold that matched nothing leaves no double space to collapse (once the first has run), and
  // one that cannot match the text as it stands (see phrase-prefixes.ts) is not run.
  let could: Uint8Array = FOLD_CANDIDATES;
  PHRASES.forEach(([pattern, replacement], i) => {
    if (i > 0 && !could[i]) return;
    const folded = s.replace(pattern, replacement);
    if (i > 0 && folded === s) return;
    s = folded.replace(/ {2,}/g, ' ');
    could = FOLD_OPENINGS.candidates(s, FOLD_CANDIDATES);
  });
  return s;
}

/** Tokens kept whole: numbers like 0.6, 5/14 and 05/2014, and the folded abbreviations. */
const TOKEN = /[a-z0-9]+(?:[./][0-9]+)*/g;

export interface Word {
  /** As written (lower case, abbreviations folded): used to correct typos. */
  raw: string;
  /** Stemmed: what the index matches on. */
  term: string;
}

/** Too common to tell topics apart (and never a typo of a rule's word). */
export function isStopWord(word: string): boolean {
  return STOP_WORDS.has(word);
}

/** Stems already worked out: people use the same words again and again. Bounded, so odd input cannot grow it for ever. */
const stems = new Map<string, string>();
const STEMS_KEPT = 20_000;

export function stemWord(raw: string): string {
  let term = stems.get(raw);
  if (term === undefined) {
    term = /^[0-9./]+$/.test(raw) ? raw.replace(/^0+(?=\d)/, '') : stem(raw);
    if (stems.size >= STEMS_KEPT) stems.clear();
    stems.set(raw, term);
  }
  return term;
}

/** Words of text that is already normalised. */
function wordsOfNormalised(s: string): Word[] {
  const result: Word[] = [];
  for (const raw of s.match(TOKEN) ?? []) {
    if (STOP_WORDS.has(raw) || /^\d$/.test(raw)) continue;
    const term = stemWord(raw);
    if (term.length > 0) result.push({ raw, term });
  }
  return result;
}

export function words(text: string): Word[] {
  return wordsOfNormalised(normalise(text));
}

export function tokens(text: string): string[] {
  return words(text).map((w) => w.term);
}

/** A message's sentences, each with its closing "?", "." or "!" (empty ones left out). */
export function sentencesOf(text: string): string[] {
  return text.split(/(?<=[.!?])\s+/).filter((x) => x.trim());
}

/**
 * The sentences of a story that ask: a "?", a question word first, or a question reported ("she
 * asked me how much...", "they want to know what level..."). "...at a day rate far above what we'd
 * pay. Should they have agreed the costs first?" asks about the agreeing, not the rate. A message
 * with no such sentence, or made only of them, is asked whole.
 */
const ASKS_OR_REPORTS_ASKING =
  /\?\s*$|^\W*(?:(?:and|so|but|also)\s+)?(?:who|what|when|where|which|how|why|whose)\b|\b(?:ask\w*|know|wonder\w*|sure|idea|tell (?:me|us|them|her|him)|check\w*|find out|confirm)\b[^.?!]{0,20}\b(?:who|what|when|where|which|how|why|whether)\b/i;
export function askingSentences(message: string): string {
  const sentences = sentencesOf(message);
  const asking = sentences.filter((s) => ASKS_OR_REPORTS_ASKING.test(s));
  return asking.length && asking.length < sentences.length ? asking.join(' ') : message;
}

/**
 * Where one clause ends and the next begins: sentence ends, semicolons, commas, dashes, and the
 * words that join two questions ("and", "but", "also", "plus"). Runs after normalisation, so
 * "travel and subsistence" or "Head of LDU and YOS senior manager" phrases are folded first.
 */
const CLAUSE_BREAK = /[?!;:\n]+|[.,](?!\d)|\s-\s|\s\+\s|\s(?:and|but|also|plus|or|then|because|as well as|so|though|although)\s/g;
/** A clause that asks: ends with "?", has a question word, or opens like a question. */
const ASKS = /\b(?:who|whos|what|whats|when|where|which|how|why|whose|whom)\b|^\s*(?:is|are|am|can|could|do|does|did|should|must|will|would|may|might|has|have|shall|any|anyone|tell)\b/;

/** A clause of at most this many words, cut off by a comma or dash, belongs to the question after it. */
const LEAD_IN_WORDS = 2;

export interface Clause {
  words: Word[];
  /** The clause asks something (rather than giving context). */
  asks: boolean;
}

/** A question's clauses: the units a long message is matched by. */
export function clauses(text: string): Clause[] {
  const s = normalise(text);
  const result: Clause[] = [];
  let asked = false;
  /** A short lead-in ("As Head of LDU, ...", "Over in Wales, ...") waiting to join the question after it. */
  let leadIn: Word[] = [];
  const push = (part: string, questionMark: boolean, sentenceEnd: boolean) => {
    const w = wordsOfNormalised(part);
    const asks = questionMark || ASKS.test(part);
    asked ||= asks;
    if (asks && w.length) {
      result.push({ words: [...leadIn, ...w], asks });
      leadIn = [];
      return;
    }
    if (leadIn.length) result.push({ words: leadIn, asks: false });
    leadIn = [];
    if (!asks && !sentenceEnd && w.length > 0 && w.length <= LEAD_IN_WORDS) leadIn = w;
    else if (w.length) result.push({ words: w, asks });
    // A question with no words of its own ("Are we allowed to do that?") asks about what was just said.
    else if (asks && result.length) result[result.length - 1].asks = true;
  };
  let start = 0;
  for (const m of s.matchAll(CLAUSE_BREAK)) {
    push(s.slice(start, m.index), m[0].includes('?'), /[.?!\n]/.test(m[0]));
    start = (m.index ?? 0) + m[0].length;
  }
  push(s.slice(start), false, true);
  // A message with no question in it (a terse "hmpps values") asks in every clause.
  if (!asked) for (const c of result) c.asks = true;
  return result;
}
