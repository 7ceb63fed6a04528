/**
 * The "Yes"/"No" that leads an answer to a yes/no question, against the answer the framework gives.
 * `test/fixtures/yes-no-verdicts.json` holds 729 yes/no questions from the rounds, each labelled
 * yes / no / not-stated (or not-yes-no) by a helper who read only the framework text and never saw
 * the bot's answers. A verdict the bot gives must be the framework's; no verdict is allowed (the
 * bot gives one only when the rule's own words settle it).
 */
import fs from 'node:fs';
import path from 'node:path';
import { expect } from 'chai';
import { answerQuestion } from '../../src/framework/answer';
import { configureAnswering } from '../../src/services/english-words';
import { scoreItem, summarise, type QaItem } from '../../scripts/qa-score';

interface Labelled {
  id: string;
  q: string;
  verdict: 'yes' | 'no' | 'not-stated' | 'not-yes-no';
  set: 'studied' | 'hold-out';
}

const labelled: Labelled[] = JSON.parse(
  fs.readFileSync(path.join(__dirname, '..', '..', '..', 'test', 'fixtures', 'yes-no-verdicts.json'), 'utf8'),
);

/** The bot's verdict: the "Yes"/"No" its answer opens with (after a "This looks like" line), if any. */
function verdictOf(question: string): 'yes' | 'no' | undefined {
  const general = answerQuestion(question).general.replace(/^This looks like[^\n]*\n\n/, '');
  const lead = /^(Yes|No)[.:]/.exec(general)?.[1];
  return lead ? (lead.toLowerCase() as 'yes' | 'no') : undefined;
}

describe('yes/no verdicts against labelled questions (no I/O)', () => {
  before(() => configureAnswering());

  // Measured: on the studied rounds' labels 52 right and 13 wrong before the seventh pass, 68 and 1
  // after (the one a "Yes" older than the pass); on the hold-outs' (68-73, 76-77) 37 and 3 before,
  // 41 and 3 after. The eighth pass added rounds 78-79's and 80-81's labels, never tuned on: 8 right
  // and 1 wrong, 10 right and 2 wrong, the same before and after the pass. The eighteenth pass
  // (tags typed without apostrophes, "£5k", "Yes" for a claim the closest sentence says all of):
  // studied 72 -> 79 right, hold-out 59 -> 65, wrong 1 and 6 before and after. The nineteenth
  // (context words, the other country, denials of something else, signers, "still" the old model):
  // studied 79 -> 83 right and 1 -> 0 wrong, hold-out 65 -> 68 right, 6 wrong before and after.
  for (const [set, minRight, maxWrong] of [
    ['studied', 83, 0],
    ['hold-out', 68, 6],
  ] as const) {
    it(`${set}: gives at least ${minRight} right verdicts and at most ${maxWrong} wrong`, () => {
      let right = 0;
      const wrong: string[] = [];
      for (const item of labelled.filter((l) => l.set === set && l.verdict !== 'not-yes-no')) {
        const said = verdictOf(item.q);
        if (!said) continue;
        if (said === item.verdict) right += 1;
        else wrong.push(`${item.id}: said ${said}, the framework says ${item.verdict}`);
      }
      expect(wrong.length, wrong.join('\n')).to.be.at.most(maxWrong);
      expect(right).to.be.at.least(minRight);
    });
  }
});

describe('verdict rounds (check questions labelled yes, no or none) stay at their measured levels (no I/O)', () => {
  before(() => configureAnswering());

  // Written for the eighteenth pass by helpers from the framework text alone, each scored untouched
  // on arrival (docs/answer-quality.md), then studied. Right verdicts on arrival -> now, opposite
  // ones likewise: 163 26 -> 36, 0 -> 0; 164 22 -> 29, 2 -> 0; 165 (the first part's hold-out,
  // opened after the second part) 24 -> 28, 1 -> 1; 166 24 -> 25, 1 -> 1 and 167 28 -> 29, 0 -> 0
  // (both arrived midway). Sections and facts unchanged. 168 and 169 are the pass's final hold-outs,
  // written after the last change and scored once, never opened: on the code at the start of the
  // pass 24 and 23 right, 1 and 2 opposite; on the final code 30 and 29 right, 2 and 1 opposite.
  // Nineteenth pass: 172 written at its start and studied (36 -> 45 right, 2 -> 1 opposite); 163-167
  // studied again (147 -> 172 right together, opposite 2 -> 1); 168 and 169 not opened (30 -> 34 and
  // 29 -> 34 right, opposite 2 -> 2 and 1 -> 0); 173 written at its start, the pass's hold-out,
  // scored on its first and final code only, never opened: 26 -> 27 right, 1 -> 1 opposite.
  for (const [file, minRight, maxOpposite, minInScope, maxOffAnswered] of [
    ['verdict-round-163.json', 42, 0, 79, 1],
    ['verdict-round-164.json', 35, 0, 81, 2],
    ['verdict-round-165.json', 33, 1, 81, 1],
    ['verdict-round-166.json', 28, 0, 79, 0],
    ['verdict-round-167.json', 34, 0, 83, 1],
    ['verdict-round-168.json', 34, 2, 80, 1],
    ['verdict-round-169.json', 34, 0, 80, 1],
    ['verdict-round-172.json', 45, 1, 83, 1],
    ['verdict-round-173.json', 27, 1, 78, 2],
  ] as const) {
    it(`${file}: at least ${minRight} right verdicts, at most ${maxOpposite} opposite; ${minInScope} in scope right`, () => {
      const items = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', '..', 'test', 'fixtures', file), 'utf8')) as QaItem[];
      const summary = summarise(items.map((item) => scoreItem(item, answerQuestion(item.q))));
      expect(summary.verdicts.opposite).to.be.at.most(maxOpposite);
      expect(summary.verdicts.right).to.be.at.least(minRight);
      expect(summary.right).to.be.at.least(minInScope);
      expect(summary.offFrameworkAnswered).to.be.at.most(maxOffAnswered);
    });
  }
});
