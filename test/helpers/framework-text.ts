/**
 * The framework's own text, split into its numbered sections, for the grounding test. A copy is
 * kept in test/fixtures/ so a fresh clone runs the check with nothing beside it (as with
 * qa-examples.json); FRAMEWORK_TEXT points elsewhere, and a test keeps the copy equal to the
 * shared original when that is beside the checkout.
 */
import fs from 'node:fs';
import path from 'node:path';

const REPO_ROOT = path.resolve(__dirname, '..', '..', '..');
const FILE_NAME = 'national-partnership-framework-yos-2020.txt';
export const FIXTURE_PATH = path.join(REPO_ROOT, 'test', 'fixtures', FILE_NAME);
/** The team's shared original, when the checkout sits beside it (development machines). */
export const SHARED_PATH = path.join(REPO_ROOT, '..', 'shared', 'framework', FILE_NAME);

/** The framework text: FRAMEWORK_TEXT when set, else the copy in test/fixtures/. */
export function frameworkText(): string {
  return fs.readFileSync(process.env.FRAMEWORK_TEXT || FIXTURE_PATH, 'utf8');
}

/** The framework's numbered sections, read once per test file. */
export function frameworkSections(): Map<string, string> {
  return parseSections(frameworkText());
}

/** "5.4" -> [5, 4]; "9" -> [9, 0]: headings must come in this order. */
function order(id: string): number {
  const [major, minor = '0'] = id.split('.');
  return Number(major) * 100 + Number(minor);
}

/** A body heading: "5.4 Other Resource Considerations", "9.1 Where there is dispute...". */
const HEADING = /^(\d{1,2}(?:\.\d{1,2})?)\s+[A-Z]/;

/**
 * Section id -> its text (heading line included, up to the next heading). The Contents list at
 * the top repeats every heading as "- 5.4 ...", and the version table has lines like "1 April
 * 2015", so parsing starts after the Contents block and only accepts headings in ascending order.
 * Everything before Contents (title page, version control, approval, adoption and review dates,
 * document history) is the section "front", which the bot cites as the document control.
 */
export function parseSections(text: string): Map<string, string> {
  const lines = text.split(/\r?\n/);
  let i = lines.findIndex((l) => l.trim() === 'Contents');
  if (i < 0) throw new Error('framework text has no Contents line');
  const front = lines.slice(0, i).join('\n');
  i += 1;
  while (i < lines.length && (lines[i].trim() === '' || /^\s*-\s/.test(lines[i]))) i += 1;

  const sections = new Map<string, string[]>();
  let current: string[] | null = null;
  let last = 0;
  for (; i < lines.length; i += 1) {
    const m = HEADING.exec(lines[i]);
    if (m && order(m[1]) > last) {
      last = order(m[1]);
      current = [];
      sections.set(m[1], current);
    }
    current?.push(lines[i]);
  }
  return new Map([['front', front], ...[...sections].map(([id, body]): [string, string] => [id, body.join('\n')])]);
}

/** Number words the framework and our answers use, as digits (shared with the grounding facts). */
export const NUMBER_WORDS: Record<string, string> = {
  one: '1',
  two: '2',
  three: '3',
  four: '4',
  five: '5',
  six: '6',
  seven: '7',
  eight: '8',
  nine: '9',
  ten: '10',
  eleven: '11',
  twelve: '12',
  'twenty-eight': '28',
  'thirty-six': '36',
};

/** Same spelling for text and answers: whitespace collapsed, curly quotes and dashes plain. */
export function plain(text: string): string {
  return text
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/[\u2013\u2014]/g, '-')
    .replace(/\s+/g, ' ');
}

/**
 * The numbers a text states, normalised so "£5,000" = "£5000" = "5000" and "three" = "3".
 * References to the framework's own sections ("section 5.3", "sections 5.5 and 9.1") are not
 * facts and are left out; an Act's sections ("section 38", "section 91") are facts and stay.
 */
export function numbersIn(text: string): Set<string> {
  const s = plain(text)
    .toLowerCase()
    .replace(/\bsections? [1-9](?:\.[1-6])?(?:(?:,| and| or) [1-9](?:\.[1-6])?)*(?![\d(]|\.\d)/g, ' ')
    .replace(/\b(twenty-eight|thirty-six|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b/g, (w) => NUMBER_WORDS[w])
    .replace(/(\d),(\d{3})\b/g, '$1$2');
  return new Set((s.match(/\d+(?:[./]\d+)*/g) ?? []).map((n) => n.replace(/\.$/, '')));
}
