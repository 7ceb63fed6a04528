/**
 * Cue patterns (src/framework/cue-patterns.ts): the literal words a pattern skips messages by are
 * worked out from its expressions, and skipping never changes which messages match.
 */
import { expect } from 'chai';
import { all, any, CueText, literalsOf, matches, not } from '../../src/framework/cue-patterns';
import { SECTION_CUES } from '../../src/framework/section-cues';
import { fixtureQuestions } from '../../bench/fixture-questions';

const text = (s: string) => new CueText(s);

describe('cue patterns (no I/O)', () => {
  it('finds the words a match needs: the most telling run or group of each alternative', () => {
    expect(literalsOf(/\bvet(?:s|ted|ting)?\b/i)).to.deep.equal(['vet']);
    expect(literalsOf(/\b(?:inform|tell)\b[^.?]{0,30}\bcrc\b/i)).to.deep.equal(['inform', 'tell']);
    expect(literalsOf(/\bcase allocation system\b|\bequip\b/i)).to.deep.equal(['case allocation system', 'equip']);
    // Upper case in a case-sensitive expression is matched against the lower-cased message.
    expect(literalsOf(/\bYOT Manager\b/)).to.deep.equal(['yot manager']);
  });

  it('relies on no words when some alternative needs none, or only one or two letters', () => {
    expect(literalsOf(/\bcrc\b|\w+\b/i)).to.equal(null);
    expect(literalsOf(/\bcrc\b|\w+ing\b/i)).to.deep.equal(['crc', 'ing']);
    expect(literalsOf(/\b(?:is|an?)\b/i)).to.equal(null);
    expect(literalsOf(/[a-z]+/)).to.equal(null);
  });

  it('combines like && (every part, in order), || and !, skipping messages without the words', () => {
    const crcTold = all(/\bcrc\b/i, /\btold\b/i, not(/\bpromised\b/i));
    expect(crcTold.needs).to.deep.equal(['told']);
    expect(crcTold.test(text('Was the CRC told?'))).to.equal(true);
    expect(crcTold.test(text('Was the CRC told? It was promised.'))).to.equal(false);
    expect(crcTold.test(text('Was the NPS told?'))).to.equal(false);
    const either = any(/\bequip\b/i, /\bprotocol version\b/i);
    expect(either.needs).to.deep.equal(['equip', 'protocol version']);
    expect(either.test(text('Which Protocol version?'))).to.equal(true);
    expect(any(/\bequip\b/i, not(/\bx\b/)).needs).to.equal(null);
  });

  it('refuses a global or sticky expression, whose state would carry from one message to the next', () => {
    expect(() => matches(/crc/g)).to.throw(/global or sticky/);
    expect(() => all(/crc/iy)).to.throw(/global or sticky/);
  });

  it('matches exactly where the expressions match, for every section cue over every fixture question (and shouted, or with a long s)', function () {
    // Every cue over every fixture question three ways: about 10 s alone, and it grows with the rounds.
    this.timeout(120_000);
    const questions = [...new Set(fixtureQuestions().map((x) => x.q))];
    expect(questions.length).to.be.greaterThan(10_000);
    const differing: string[] = [];
    let fired = 0;
    for (const q of questions) {
      for (const variant of [q, q.toUpperCase(), q.replace(/s/g, '\u017f')]) {
        const message = text(variant);
        for (const cue of SECTION_CUES) {
          // What the pattern would say without its literal-word check: the same combination, every expression run.
          const unfiltered = runAll(cue.asks, message);
          if (unfiltered) fired += 1;
          if (cue.asks.test(message) !== unfiltered) differing.push(`${cue.ruleId}: ${variant}`);
        }
      }
    }
    expect(differing).to.deep.equal([]);
    // The check means something: cues fire on thousands of these messages.
    expect(fired).to.be.greaterThan(5_000);
  });
});

/** The pattern's verdict with every literal-word check passed: its expressions alone decide. */
function runAll(pattern: { test(m: CueText): boolean }, message: CueText): boolean {
  const unfiltered = Object.create(message) as CueText;
  // Every literal is "contained" in a message that claims to contain everything.
  Object.defineProperty(unfiltered, 'containsOneOf', { value: () => true });
  return pattern.test(unfiltered);
}
