/**
 * Answering speed of this build against another one (say, a worktree of the previous commit), in
 * one process: the two answer the same questions in alternating batches, so the machine's drift,
 * which moves separate runs by a fifth here, falls on both alike. Used to check a speed change
 * before keeping it (a few per cent is visible; between separate runs it is not):
 *
 *   node dist/bench/compare-builds.js ../other-worktree/dist [passes]
 *
 * Each pass asks every distinct fixture question once; passes after the first add a word, so no
 * text-level memo carries over. Prints each build's mean time per answer and the ratio.
 */
import path from 'node:path';
import { distinctQuestions } from './fixture-questions';

type Answerer = (question: string) => unknown;

const BATCH = 100;
const WARM_UP = 1500;

/** A build's answerQuestion, with its own English word list configured (its own module instances). */
function answererOf(dist: string): Answerer {
  /* eslint-disable @typescript-eslint/no-require-imports -- another build's modules, found at run time */
  const { answerQuestion } = require(path.join(dist, 'src/framework/answer')) as { answerQuestion: Answerer };
  (require(path.join(dist, 'src/services/english-words')) as { configureAnswering(): void }).configureAnswering();
  /* eslint-enable @typescript-eslint/no-require-imports */
  return answerQuestion;
}

function timeBatch(answer: Answerer, batch: string[]): bigint {
  const started = process.hrtime.bigint();
  for (const q of batch) answer(q);
  return process.hrtime.bigint() - started;
}

export function compareBuilds(otherDist: string, passes = 1): { thisMs: number; otherMs: number } {
  const builds = { this: answererOf(path.resolve(__dirname, '..')), other: answererOf(path.resolve(otherDist)) };
  const texts = distinctQuestions();
  for (const q of texts.slice(0, WARM_UP)) for (const answer of Object.values(builds)) answer(`${q} first`);
  const total = { this: 0n, other: 0n };
  for (let pass = 0; pass < passes; pass++) {
    for (let at = 0; at < texts.length; at += BATCH) {
      const batch = texts.slice(at, at + BATCH).map((q) => (pass ? `${q} ${pass}` : q));
      // Who goes first alternates: the second to answer a batch may find it in the processor's caches.
      const order = (at / BATCH) % 2 ? (['this', 'other'] as const) : (['other', 'this'] as const);
      for (const which of order) total[which] += timeBatch(builds[which], batch);
    }
  }
  const asked = texts.length * passes;
  return { thisMs: Number(total.this) / 1e6 / asked, otherMs: Number(total.other) / 1e6 / asked };
}

if (require.main === module) {
  const [other, passes] = process.argv.slice(2);
  if (!other) {
    console.error('usage: node dist/bench/compare-builds.js OTHER_DIST [passes]');
    process.exit(2);
  }
  const r = compareBuilds(other, passes ? Number(passes) : 1);
  console.log(
    `this build ${(r.thisMs * 1000).toFixed(1)} us per answer, ${other} ${(r.otherMs * 1000).toFixed(1)} us: ratio this/other ${(r.thisMs / r.otherMs).toFixed(3)}`,
  );
}
