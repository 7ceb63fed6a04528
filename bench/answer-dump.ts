/**
 * Proof that a speed-up changed nothing: every fixture question (and variants of it: openings,
 * lower case, typos, fragments) answered, with the answer and the retrieval's inner numbers, one
 * JSON line each, written to a file. Dump before and after a change and compare the files byte
 * for byte (`cmp`). Lines are keyed by file and index, not by question, so the dump can be
 * compared without reading hold-out questions.
 *
 *   node dist/bench/answer-dump.js OUT.jsonl
 */
import fs from 'node:fs';
import { answerQuestion } from '../src/framework/answer';
import { configureAnswering } from '../src/services/english-words';
import { RuleIndex } from '../src/framework/retrieval';
import { RULES } from '../src/framework/rules';
import { englishWords } from '../src/services/english-words';
import { fixtureQuestions } from './fixture-questions';

/** A deterministic typo in every other longer word: two neighbouring letters swapped. */
function withTypos(q: string): string {
  let n = 0;
  return q.replace(/[A-Za-z]{5,}/g, (w) => (n++ % 2 ? w : w.slice(0, 2) + w[3] + w[2] + w.slice(4)));
}

/** Each question as asked, and as people also write it. */
function variants(q: string): string[] {
  const words = q.split(/\s+/);
  return [q, `Hi, ${q}`, q.toLowerCase(), withTypos(q), words.slice(0, Math.ceil(words.length / 2)).join(' '), `${q} Also, ${q}`];
}

const round = (n: number) => Math.round(n * 1e9) / 1e9;

function main(out: string): void {
  configureAnswering();
  const index = new RuleIndex(RULES, {}, englishWords);
  // Written line by line: the whole dump (about 600 MB) is longer than one string may be.
  const fd = fs.openSync(out, 'w');
  let written = 0;
  for (const { file, i, q } of fixtureQuestions()) {
    variants(q).forEach((text, v) => {
      const r = index.search(text.trim().slice(0, 500));
      const inner = {
        parts: r.parts.map((p) => [
          p.span,
          p.confidence,
          p.terms.join(' '),
          p.matches.slice(0, 5).map((m) => [m.rule.id, round(m.score), round(m.coverage), m.matched.join(' ')]),
        ]),
        leaning: Object.fromEntries(
          Object.entries(r.leaning).map(([k, l]) => [
            k,
            {
              ...l,
              framework: round(l.framework),
              notCovered: round(l.notCovered),
              nearestFramework: round(l.nearestFramework),
              nearestNotCovered: round(l.nearestNotCovered),
            },
          ]),
        ),
      };
      fs.writeSync(fd, JSON.stringify({ key: `${file}#${i}.${v}`, answer: answerQuestion(text), inner }) + '\n');
      written += 1;
    });
  }
  fs.closeSync(fd);
  console.log(`${written} answers written to ${out}`);
}

main(process.argv[2] ?? 'answers.jsonl');
