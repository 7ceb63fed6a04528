/**
 * Text normalisation shared by the rule index and the questions, so both speak one vocabulary:
 * domain phrases and abbreviations are folded to one token (YOT/YOS, PO, PSO, LDU, SPOC, YOGB,
 * T&S, SOP, SPDR, CRC, MAPPA...), then words are stemmed (Porter2) and stop words dropped.
 */
import stem from 'wink-porter2-stemmer';

/** Longest phrases first: "probation service officer" must win over "probation officer". */
const PHRASES: [RegExp, string][] = (
  [
    ['youth offending governance boards?', ' yogb '],
    ['governance boards?', ' yogb '],
    ['youth offending (?:teams?|services?)', ' yos '],
    ['youth justice services?', ' yos '],
    ['yots?|yoss?|yjs', ' yos '],
    ['national probation service', ' nps '],
    ['probation service officers?', ' pso '],
    ['psos', ' pso '],
    ['probation officers?', ' po '],
    ['pos', ' po '],
    ['local delivery units?', ' ldu '],
    ['ldus', ' ldu '],
    ['single points? of contact', ' spoc '],
    ['spocs', ' spoc '],
    ['travel (?:and|&) subsistence', ' travel subsistence '],
    ['t ?& ?s', ' travel subsistence '],
    ['single operating platform', ' sop '],
    ['staff performance (?:and|&) development records?', ' spdr '],
    ['community rehabilitation compan(?:y|ies)', ' crc '],
    ['crcs', ' crc '],
    ['clinical commissioning groups?', ' ccg '],
    ['ccgs', ' ccg '],
    ['multi-?agency public protection arrangements?', ' mappa '],
    ['three-? ?way|3-? ?way|tripartite', ' threeway '],
    ['full[- ]time equivalent', ' fte '],
    ['crime (?:and|&) disorder act', ' cda '],
    ['probation instructions?', ' pi '],
    ['youth[- ]to[- ]adult|y2a', ' y2a transit '],
    ['pregnan(?:t|cy)', ' maternity '],
    ['agency (?:worker|staff)|locum', ' temporari worker '],
    ['in lieu', ' inlieu '],
    ['fall(?:s|ing)? out', ' dispute '],
    ['hmpps ?i?n? wales|hmppsiw', ' hmppswales '],
    // Everyday words folded onto the framework's word for the same idea.
    ['authori[sz](?:e|es|ed|ing)|sign(?:s|ed|ing)? off|okay(?:s|ed)?|go-? ?ahead|permission', ' approve '],
    ['how far (?:ahead|in advance)|in advance|ahead of', ' before '],
    ['time off|holidays?|vacations?', ' leave '],
    ['floor|lowest|smallest|least', ' minimum '],
    ['longest|max|upper limit|cap', ' maximum '],
    ['disagree(?:ments?|s|d|ing)?|conflicts?|rows?|arguments?', ' dispute '],
    ['how often|frequen(?:tly|cy|t)|regularly', ' often '],
    ['vacant', ' vacancy '],
    // "Who pays/funds X" asks whose responsibility X is, not how much anyone is paid.
    ['who (?:pays|funds|is paying|provides the money)(?: for)?|paid for by|funded by', ' payer '],
    ['paid|pays|paying', ' pay '],
    ['welsh|cymru', ' wales '],
  ] as [string, string][]
).map(([pattern, replacement]) => [new RegExp(`(?<![a-z0-9])(?:${pattern})(?![a-z0-9])`, 'g'), replacement]);

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
    'able allowed ok hi hello hey thanks thank bot question say says said go goes going gets getting next upcoming coming begin begins give gives ' +
    'while still use using lot lots currently now actually already dont doesnt didnt cant wont isnt arent wot'
  ).split(/\s+/),
);

/** Number words people write, as the digits the rules use ("four months" = "4 months"). */
const NUMBER_WORDS: Record<string, string> = {
  one: '1', two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8', nine: '9', ten: '10',
  eleven: '11', twelve: '12', 'twenty-eight': '28', 'twenty eight': '28', 'thirty-six': '36',
};

export function normalise(text: string): string {
  let s = ` ${text.toLowerCase()} `
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\u2013\u2014]/g, ' - ')
    .replace(/£/g, ' ')
    .replace(/(\d),(\d{3})/g, '$1$2')
    .replace(/\b(\d+)k\b/g, '$1000')
    .replace(/'s\b/g, '');
  s = s.replace(/\b(twenty[- ]eight|thirty-six|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b/g, (w) => NUMBER_WORDS[w]);
  for (const [pattern, replacement] of PHRASES) s = s.replace(pattern, replacement);
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

export function stemWord(raw: string): string {
  return /^[0-9./]+$/.test(raw) ? raw.replace(/^0+(?=\d)/, '') : stem(raw);
}

export function words(text: string): Word[] {
  const result: Word[] = [];
  for (const raw of normalise(text).match(TOKEN) ?? []) {
    if (STOP_WORDS.has(raw)) continue;
    const term = stemWord(raw);
    if (term.length > 0) result.push({ raw, term });
  }
  return result;
}

export function tokens(text: string): string[] {
  return words(text).map((w) => w.term);
}
