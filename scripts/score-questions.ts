/**
 * `npm run score -- file.json [more.json] [--misses] [--by-style]`: answers every question of each
 * file with the framework rules (no personal context) and prints, per file, how many were right,
 * answered from the wrong section, missing a required fact, declined although in scope, and
 * off-framework questions answered instead of declined, and for check questions the verdicts the
 * answers lead with. `--misses` lists the misses (do not use it
 * on a hold-out set you must not tune on). `--confusion` counts the wrong sections as "wanted ->
 * got" pairs (no question text, so it is safe on a hold-out).
 */
import fs from 'node:fs';
import path from 'node:path';
import { answerQuestion } from '../src/framework/answer';
import { configureAnswering } from '../src/services/english-words';
import { formatSummary, scoreItem, summarise, type QaItem, type Scored } from './qa-score';

function describeMiss(s: Scored): string {
  const got = s.got.section ?? 'declined';
  const why = s.outcome === 'missing-facts' ? ` missing ${s.missing.map((g) => JSON.stringify(g)).join(', ')}` : '';
  const verdict = s.item.verdict && s.verdict !== s.item.verdict ? ` verdict want ${s.item.verdict} got ${s.verdict}` : '';
  return `  [${s.outcome}] ${s.item.id ?? ''} "${s.item.q}" want ${s.item.section} got ${got}${why}${verdict}`;
}

const isMiss = (s: Scored) => (s.outcome !== 'right' && s.outcome !== 'off-framework-declined') || (!!s.item.verdict && s.verdict !== s.item.verdict);

function byStyle(scored: Scored[]): string[] {
  const styles = [...new Set(scored.map((s) => s.item.style ?? '-'))].sort();
  return styles.map((style) => `  ${formatSummary(`style ${style}`, summarise(scored.filter((s) => (s.item.style ?? '-') === style)))}`);
}

/** "5.3 -> 5.4 x2": which neighbouring sections are mistaken for each other. */
function confusion(scored: Scored[]): string {
  const pairs = new Map<string, number>();
  for (const s of scored.filter((x) => x.outcome === 'wrong-section')) {
    const key = `${s.item.section} -> ${s.got.section}`;
    pairs.set(key, (pairs.get(key) ?? 0) + 1);
  }
  const list = [...pairs].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([k, n]) => (n > 1 ? `${k} x${n}` : k));
  return `  wrong sections (wanted -> got): ${list.join(', ') || 'none'}`;
}

function main(argv: string[]): number {
  configureAnswering();
  const files = argv.filter((a) => !a.startsWith('--'));
  if (!files.length) {
    console.error('usage: npm run score -- <questions.json> [...] [--misses] [--by-style] [--confusion]');
    return 2;
  }
  for (const file of files) {
    let items: QaItem[];
    try {
      items = JSON.parse(fs.readFileSync(file, 'utf8')) as QaItem[];
    } catch (err) {
      console.error(`${file}: cannot read questions (${(err as Error).message})`);
      return 1;
    }
    const scored = items.map((item) => scoreItem(item, answerQuestion(item.q)));
    console.log(formatSummary(path.basename(file), summarise(scored)));
    if (argv.includes('--by-style')) console.log(byStyle(scored).join('\n'));
    if (argv.includes('--confusion')) console.log(confusion(scored));
    if (argv.includes('--misses')) for (const s of scored.filter(isMiss)) console.log(describeMiss(s));
  }
  return 0;
}

process.exitCode = main(process.argv.slice(2));
