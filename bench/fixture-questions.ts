/**
 * The questions of the test fixtures (qa-examples.json, qa-own*.json, qa-round-*.json): the
 * bench's questions never asked before, and the answer dump's inputs.
 */
import fs from 'node:fs';
import path from 'node:path';

export interface FixtureQuestion {
  file: string;
  /** Position in the file. */
  i: number;
  q: string;
}

const FIXTURES = path.resolve(__dirname, '..', '..', 'test', 'fixtures');

export function fixtureQuestions(): FixtureQuestion[] {
  const files = fs
    .readdirSync(FIXTURES)
    .filter((f) => /^qa-.*\.json$/.test(f))
    .sort();
  return files.flatMap((file) =>
    (JSON.parse(fs.readFileSync(path.join(FIXTURES, file), 'utf8')) as { q: string }[]).map((x, i) => ({ file, i, q: x.q })),
  );
}

/** Each distinct question text once (trimmed), in file order. */
export function distinctQuestions(): string[] {
  return [...new Set(fixtureQuestions().map((x) => x.q.trim()))];
}
