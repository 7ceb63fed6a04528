/**
 * The English word list (word-list package, ~275k words) that keeps the framework's typo
 * correction from bending real words into rule words ("chain" is not "chair"). Read here, not in
 * src/framework, which does no I/O; read once, on the first question that needs it.
 */
import fs from 'node:fs';
import wordListPath from 'word-list';
import { useEnglishWords } from '../framework/answer';
import type { EnglishWords } from '../framework/vocabulary';

let words: ReadonlySet<string> | null = null;

export const englishWords: EnglishWords = () => {
  words ??= new Set(fs.readFileSync(wordListPath, 'utf8').split('\n'));
  return words;
};

let configured = false;
/** Gives the framework's default answering index the word list (idempotent, lazy: no read yet). */
export function configureAnswering(): void {
  if (configured) return;
  configured = true;
  useEnglishWords(englishWords);
}
