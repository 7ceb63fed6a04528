/**
 * Which body does a thing: "NPS vets the temp" against the rule's "the YOS vets the candidate". A
 * yes/no question that puts the wrong body before the rule's own action word is wrong, however many
 * other words it shares with the rule's sentence; and a sentence naming a body the claim does not
 * settles no "Yes". Pure.
 */
import { tokens } from './text';

/** The bodies the framework gives duties to (its roles, such as the YOT manager, are read elsewhere). */
const BODIES: [RegExp, string][] = [
  [/^nps$/, 'nps'],
  [/^(?:yos|yot|yoss|yots)$/, 'yos'],
  [/^yjb$/, 'yjb'],
  [/^crcs?$/, 'crc'],
  [/^police$/, 'police'],
];
/**
 * The same bodies as named anywhere in a lower-case text, longer names too ("probation service",
 * "youth offending team"), and the local authority, which the doer checks below do not read.
 */
const BODY_NAMES: RegExp[] = [
  /\bnps\b|\bprobation service\b/,
  /\byo[st]s?\b|\byouth offending (?:service|team)s?\b/,
  /\byjb\b|\byouth justice board\b/,
  /\bcrcs?\b/,
  /\bpolice\b/,
  /\blocal authorit(?:y|ies)\b|\bcouncils?\b|\blas?\b/,
];
/** The sentence names a body the claim does not ("the NPS is responsible" against "is the YOT responsible?"): its words agreeing settles nothing. */
export function namesOtherBody(sentence: string, claim: string): boolean {
  const [s, c] = [asBodies(sentence), asBodies(claim)];
  return BODY_NAMES.some((name) => name.test(s) && !name.test(c));
}
/** A body's name inside a role's or a board's ("the Association of YOT Managers", "the NPS link manager") names no body. */
const asBodies = (text: string) =>
  text.replace(/\b(?:nps|yo[st]s?)\s+(?=(\w+))/g, (whole, next: string) => (NOT_THE_BODY.test(next) ? '' : whole));

/** "YOS manager", "YOT senior manager", "YOS Governance Board": a role or a board, not the body. */
const NOT_THE_BODY =
  /^(?:manager|managers|mgr|mgrs|senior|governance|management|board|lead|leads|secondee|secondees|cymru|link|spoc|spocs|portfolio|divisional|head|heads)$/;
/** "rather than the NPS", "not the YOS": a body named as the one that does not do it. */
const SET_ASIDE = /^(?:than|not|instead)$/;
/** Words that may stand between a doer and its action: auxiliaries, "carries out", "the", "that". */
const HELPING =
  /^(?:has|have|had|to|does|do|did|will|would|must|should|can|could|may|might|shall|still|also|then|always|just|itself|carries|carry|out|the|is|are|be|keeps|keep|that|who)$/;
/** Words that give a body a duty as an action word does ("the NPS is responsible for making sure cover is provided"). */
const DUTY = /^(?:responsible|accountable|liable)$/;
/** How far before the action word its doer may stand ("NPS carries out the vetting"). */
const REACH = 4;

function bodyOf(words: string[], i: number): string | undefined {
  if (NOT_THE_BODY.test(words[i + 1] ?? '')) return undefined;
  return BODIES.find(([re]) => re.test(words[i]))?.[1];
}

/** Texts already read: the rule sentences are few and fixed, and a claim is checked against several. */
const doersKept = new Map<string, Map<string, string>>();
const DOERS_KEPT = 2000;

/** Per action word (stemmed), the body standing just before it, within one comma-free stretch. */
function doersIn(text: string): Map<string, string> {
  const kept = doersKept.get(text);
  if (kept) return kept;
  const doers = new Map<string, string>();
  for (const stretch of text.toLowerCase().split(/[,;:.?!()\u2013\u2014]|\s-\s/)) {
    const words = stretch.split(/[^a-z0-9']+/).filter(Boolean);
    const bodies = words.map((_, i) => bodyOf(words, i));
    words.forEach((word, i) => {
      if (bodies[i]) return;
      for (let k = i - 1; k >= Math.max(0, i - REACH); k--) {
        const body = bodies[k];
        if (!body) {
          // Only helping words may stand between a doer and its action ("NPS has to vet", "the YOS
          // does the vetting"); any other ("NPS for a temp", "YOTs don't work") leaves no doer.
          if (!HELPING.test(words[k])) break;
          continue;
        }
        // Right beside it, the action reads as a verb ("NPS vets"), not a noun ("YOT training"),
        // or as a duty ("is the YOT responsible for ...?").
        if (k === i - 1 && !/[^s]s$/.test(word) && !DUTY.test(word)) break;
        const setAside = SET_ASIDE.test(words[k - 1] ?? '') || SET_ASIDE.test(words[k - 2] ?? '');
        // "a CRC, the NPS or a YOS can supervise": every body listed before the word does it.
        const listed = new Set(bodies.slice(0, k + 1).filter(Boolean));
        // Stemmed only now: most words have no body before them.
        const stem = tokens(word)[0];
        if (stem && !setAside && !doers.has(stem)) doers.set(stem, listed.size > 1 ? 'several' : body);
        break;
      }
    });
    passiveDoers(words, doers);
  }
  if (doersKept.size >= DOERS_KEPT) doersKept.clear();
  doersKept.set(text, doers);
  return doers;
}

/**
 * "chaired by the NPS Portfolio lead", "funded by the NPS", "signed off by the YOS manager": the
 * body after "by" does the action before it (a role of the body counts as the body here, as the
 * portfolio lead is the NPS's). Only where no doer stands before the action.
 */
function passiveDoers(words: string[], doers: Map<string, string>): void {
  words.forEach((word, i) => {
    if (word !== 'by') return;
    const named = words[i + 1] === 'the' ? words[i + 2] : words[i + 1];
    const body = BODIES.find(([re]) => re.test(named ?? ''))?.[1];
    // The action: the word before "by", past a particle ("signed off by").
    const action = /^(?:off|out|up)$/.test(words[i - 1] ?? '') ? words[i - 2] : words[i - 1];
    const stem = action && !HELPING.test(action) ? tokens(action)[0] : undefined;
    if (body && stem && !doers.has(stem)) doers.set(stem, body);
  });
}

/**
 * The body the claim puts before an action the sentence gives to another body, if any ("nps" against
 * "yos"), unless the answer elsewhere gives that action to the claimed body too ("the NPS provides
 * laptops ... the YOS provides a desk").
 */
export function wrongBody(claim: string, sentence: string, answer: string): { claimed: string; stated: string } | undefined {
  // "NPS or the YOS?", "nDelius as well as the YOS system": a choice or a pair, not a claim about one doer.
  if (/\bor\b|\bas well as\b|\bboth\b/.test(claim)) return undefined;
  const stated = doersIn(sentence);
  for (const [stem, claimed] of doersIn(claim)) {
    const body = stated.get(stem);
    if (!body || body === claimed || body === 'several' || claimed === 'several') continue;
    const alsoClaimed = answer.split(/(?<=[.;])\s+/).some((part) => doersIn(part).get(stem) === claimed);
    if (!alsoClaimed) return { claimed, stated: body };
  }
  return undefined;
}
