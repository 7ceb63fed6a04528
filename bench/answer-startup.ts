/**
 * Run as a child of first-answers.ts with --expose-gc: the answer modules loaded (the baseline),
 * then the English word list read and the answer index built (on the first question), each timed, and every distinct
 * fixture question answered once; memory after GC before and after. Reports to the parent.
 */
import { answerQuestion, useEnglishWords } from '../src/framework/answer';
import { englishWords } from '../src/services/english-words';
import { distinctQuestions } from './fixture-questions';

export interface StartupReport {
  wordsMs: number;
  firstAnswerMs: number;
  answered: number;
  meanMs: number;
  before: { heapUsed: number; rss: number };
  after: { heapUsed: number; rss: number };
}

function memory(): { heapUsed: number; rss: number } {
  global.gc?.();
  global.gc?.();
  const { heapUsed, rss } = process.memoryUsage();
  return { heapUsed, rss };
}

function measure(): StartupReport {
  const texts = distinctQuestions();
  const before = memory();
  // What the first question pays: the word list (read on the first word the rules do not know) ...
  let started = performance.now();
  englishWords();
  const wordsMs = performance.now() - started;
  // ... and the answer index, built on the first question.
  useEnglishWords(englishWords);
  started = performance.now();
  answerQuestion('who handles a dispute?');
  const firstAnswerMs = performance.now() - started;
  started = performance.now();
  for (const q of texts) answerQuestion(q);
  const meanMs = (performance.now() - started) / texts.length;
  return { wordsMs, firstAnswerMs, answered: texts.length, meanMs, before, after: memory() };
}

if (require.main === module) {
  process.send!(measure());
  process.disconnect();
}
