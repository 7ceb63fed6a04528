/**
 * The grounding check (pure): does a statement the bot shows say only what the framework's text
 * says? A statement is split into sentences, and each sentence into clauses (grounding-sentences.ts).
 * Each clause must be a labelled product choice or an instruction about the bot, or carry its own
 * anchor: it is aligned to the sentences of the cited section(s) that share most of its content
 * words (plus any sentence a person pinned with a `ground`), and every fact it states
 * (grounding-facts.ts) must be in those source sentences: each whole-token number; each time span
 * with its direction ("6 months before"); each frequency; who pays, invoices, chairs, approves or
 * has a dispute escalated to them; each person it names; which board; the grades (PO, PSO) it
 * applies to; the countries; its negation; and any text it quotes, verbatim. Findings name the
 * statement, the sentence, the clause and the reason, with the source sentence.
 */
import { plain } from './framework-text';
import { factsOf, normalise, withoutConditions, type Facts, type Relation, type TimeSpan } from './grounding-facts';
import { citedSections, sourceSentences, splitClauses, splitSentences, type SourceSentence } from './grounding-sentences';

export { splitClauses } from './grounding-sentences';

/**
 * A person's pin: the clause starting with `sentence` comes (also) from the source sentence holding
 * `source`; it counts as anchored, and its facts are checked against that sentence and those aligned.
 */
export interface Ground {
  sentence: string;
  source: string;
}

export interface Statement {
  /** Who says it, for failure messages: "rule dispute-resolution", "reminder return-plan (asks)". */
  id: string;
  /** The section(s) it cites; sections a sentence names itself ("section 5.3", "5.3:") are added. */
  sections: string[];
  text: string;
  grounds?: Ground[];
  /** The whole text is a product choice, labelled as such where it is shown. */
  productChoice?: boolean;
}

export interface Finding {
  statement: string;
  sentence: string;
  reason: string;
}

/**
 * The markers that label a sentence a product choice: the bot says them, so a reader can tell.
 * "the framework sets none / does not ..." states the framework's silence, which is no fact of it.
 */
export const PRODUCT_MARKER =
  /\bproduct(?:'s)? (?:choice|default|setting|note)s?\b|\blocal (?:choice|setting|practice|policy)\b|\bthis product\b|\bin this bot\b|\bnot (?:the|a) framework(?:'s)?\b|\bthe framework (?:sets|gives|says) (?:no|none|nothing)\b|\bthe framework does not\b|\bnot from the framework\b|\bour reading\b|\b(?:this|the) reminders?\b|\breminders (?:stop|repeat)/i;

/** An instruction to the reader about the bot ("Record the review when it is held") claims nothing of the framework. */
export const INSTRUCTION = /^(?:(?:yes|no)[:,] )?(?:record|say|open|press|choose|tap|type|enter|mark|use the|ask the bot)\b/;

/** More than half of a clause's content words must be in its source sentences. */
const MIN_COVERAGE = 0.5;

interface Alignment {
  support: SourceSentence[];
  /** The sentences sharing the most words (ties kept): what grades are checked against. */
  closest: SourceSentence[];
  /** The best single source sentence, for messages. */
  best: SourceSentence | undefined;
  coverage: number;
}

function overlap(a: Set<string>, b: Set<string>): number {
  let n = 0;
  for (const w of a) if (b.has(w)) n += 1;
  return n;
}

/** The source sentences a clause comes from: the best, and those sharing at least half as many words. */
/** Shared words; a role counts half, so naming the wrong person does not pull in that person's duties. */
function score(a: Set<string>, b: Set<string>): number {
  let n = 0;
  for (const w of a) if (b.has(w)) n += w.startsWith('role') ? 0.5 : 1;
  return n;
}

export function align(clause: Facts, candidates: SourceSentence[]): Alignment {
  const scored = candidates.map((s) => ({ s, n: score(clause.words, s.facts.words) })).sort((a, b) => b.n - a.n);
  const top = scored[0]?.n ?? 0;
  const support = scored.filter((x) => x.n > 0 && x.n >= Math.max(2, top / 2)).map((x) => x.s);
  if (!support.length && scored[0]?.n) support.push(scored[0].s);
  const covered = new Set(support.flatMap((s) => [...s.facts.words]));
  const coverage = clause.words.size ? overlap(clause.words, covered) / clause.words.size : 1;
  const closest = scored.filter((x) => x.n > 0 && x.n === top).map((x) => x.s);
  return { support, closest, best: scored[0]?.s, coverage };
}

/**
 * A direction the source allows: the same, none stated, "within" for "before"; and "after" for a
 * "cannot be resolved within 28 days ... escalated" (what follows when the time runs out).
 */
function compatible(dir: string, source: TimeSpan, support: SourceSentence[]): boolean {
  if (!source.dir || dir === source.dir || (dir === 'within' && source.dir === 'before')) return true;
  return (
    dir === 'after' &&
    source.dir === 'within' &&
    support.some((s) => s.facts.times.includes(source) && /\b(?:cannot|not)\b[^.]*\bwithin\b/.test(normalise(s.text)))
  );
}

/** The organisation a role acts for: the YOT manager invoices for "the YOT", the link manager acts for "the NPS". */
const ACTS_FOR: Record<string, string> = {
  '@yotmgr': '@yot',
  '@yossm': '@yot',
  '@link': '@nps',
  '@holdu': '@nps',
  '@spoc': '@nps',
  '@portfolio': '@nps',
};

/** The people the framework gives duties to: a clause naming one must have a source naming them. */
const PERSON_ROLES = new Set(['@yotmgr', '@link', '@holdu', '@yossm', '@spoc', '@portfolio', '@npslead']);

function relationSupported(r: Relation, support: SourceSentence[]): boolean {
  const named = (actor: string, q: Relation): boolean =>
    q.actors.includes(actor) || (!!ACTS_FOR[actor] && q.actors.includes(ACTS_FOR[actor]));
  return r.actors.every((actor) => support.some((s) => s.facts.relations.some((q) => q.type === r.type && named(actor, q))));
}

function who(r: Relation): string {
  return r.actors.map((a) => a.slice(1)).join(' and ');
}

function whoAll(rs: Relation[]): string {
  return [...new Set(rs.map(who))].join('; ');
}

/** What a clause states that its source sentences do not: one reason per unsupported fact. */
export function unsupported(
  clause: Facts,
  support: SourceSentence[],
  sectionFacts: SourceSentence[] = support,
  closest: SourceSentence[] = support,
): string[] {
  const reasons: string[] = [];
  const union = <T>(pick: (f: Facts) => Iterable<T>): Set<T> => new Set(support.flatMap((s) => [...pick(s.facts)]));
  const numbers = union((f) => f.numbers);
  const sectionNumbers = new Set(sectionFacts.flatMap((s) => [...s.facts.numbers]));
  for (const n of clause.numbers) {
    // A part of an Act ("39(5)") is checked against the section: the text names the Act once.
    if (!numbers.has(n) && !(clause.statuteNumbers.has(n) && sectionNumbers.has(n)))
      reasons.push(`states the number ${n}, which its source sentence does not`);
  }
  const times = support.flatMap((s) => s.facts.times);
  for (const t of clause.times) {
    const same = times.filter((x) => x.n === t.n && x.unit === t.unit);
    if (!same.length) reasons.push(`states "${t.n} ${t.unit}(s)", which its source sentence does not`);
    else if (t.dir && !same.some((x) => compatible(t.dir, x, support)))
      reasons.push(`says ${t.n} ${t.unit}(s) ${t.dir}; the source says ${same.map((x) => x.dir || '(no direction)').join(' / ')}`);
  }
  const freqs = union((f) => f.frequencies);
  for (const f of clause.frequencies)
    if (!freqs.has(f)) reasons.push(`says "${f}"; the source says ${[...freqs].join(', ') || 'no frequency'}`);
  if (!clause.negated) {
    for (const r of clause.relations) {
      if (relationSupported(r, support)) continue;
      const theirs = support.flatMap((s) => s.facts.relations).filter((q) => q.type === r.type);
      reasons.push(
        `says ${who(r)} ${r.type}; the source ${theirs.length ? `says ${whoAll(theirs)} ${r.type}` : `does not say who ${r.type}`}`,
      );
    }
  }
  const roles = union((f) => f.roles);
  for (const r of clause.roles)
    if (PERSON_ROLES.has(r) && !roles.has(r)) reasons.push(`names the ${r.slice(1)}, whom its source sentence does not`);
  // "the board" where the source means the local YOS management board is the wrong board (5.3 vs 9.1).
  const boards = union((f) => f.boards);
  for (const b of clause.boards) {
    const ok =
      boards.has(b) ||
      (b === 'board' && boards.has('governance')) ||
      (b === 'governance' && boards.has('board') && !boards.has('management'));
    if (!ok)
      reasons.push(
        `speaks of ${b === 'board' ? '"the board"' : `the ${b} board`}; its source means ${[...boards].map((x) => (x === 'management' ? 'a local YOS management board' : x === 'governance' ? 'the YOS Governance Board' : 'a board')).join(' / ') || 'no board'}`,
      );
  }
  const countries = union((f) => f.countries);
  for (const c of clause.countries) if (!countries.has(c)) reasons.push(`names ${c}, which its source sentence does not`);
  reasons.push(...gradeReasons(clause, closest));
  reasons.push(...polarityReasons(clause, support));
  return reasons;
}

/**
 * Negation flipped: the clause denies what its source affirms (its denied words are affirmed, not
 * denied, there), or affirms what the source denies (it uses, un-negated, words the source denies).
 */
function polarityReasons(clause: Facts, support: SourceSentence[]): string[] {
  const denied = new Set(support.flatMap((s) => [...s.facts.denied]));
  if (clause.negated && !support.some((s) => s.facts.negated))
    return [`is negated ("${[...clause.denied].join(' ')}"); its source sentence is not`];
  const flipped = [...clause.asserted]
    .filter((w) => !clause.denied.has(w))
    .filter((w) => denied.has(w) && !support.some((s) => s.facts.words.has(w) && !s.facts.denied.has(w)));
  return flipped.length ? [`affirms "${flipped.join(' ')}", which its source sentence denies`] : [];
}

/** A grade the clause applies something to, that its sources exclude ("not applied to PSOs"), restrict away ("PO only") or leave out. */
function gradeReasons(clause: Facts, support: SourceSentence[]): string[] {
  const reasons: string[] = [];
  const named = [...new Set(support.flatMap((s) => [...s.facts.grades]))];
  for (const g of clause.grades) {
    if (clause.deniedGrades.has(g)) continue;
    const G = `${g.toUpperCase()}s`;
    const affirmed = support.some(
      (s) => s.facts.grades.has(g) && !s.facts.deniedGrades.has(g) && !(s.facts.onlyGrades.size && !s.facts.onlyGrades.has(g)),
    );
    if (affirmed) continue;
    if (support.some((s) => s.facts.deniedGrades.has(g))) reasons.push(`applies to ${G}; its source excludes them`);
    else if (support.some((s) => s.facts.onlyGrades.size && !s.facts.onlyGrades.has(g)))
      reasons.push(`applies to ${G}; its source says only ${named.join(', ').toUpperCase()}`);
    else if (named.length && !named.includes(g)) reasons.push(`applies to ${G}; its source names only ${named.join(', ').toUpperCase()}`);
  }
  return reasons;
}

/** Quoted text ("...") must be verbatim in one of the sections. */
function quoteReasons(sentence: string, sectionsText: string[]): string[] {
  if (!sectionsText.length) return [];
  const quotes = [...plain(sentence).matchAll(/"([^"]{8,})"/g)].map((m) => m[1].replace(/[.,;:]+$/, ''));
  const haystack = sectionsText.map((t) => normalise(t.replace(/\*\*/g, ''))).join(' ');
  return quotes.filter((q) => !haystack.includes(normalise(q))).map((q) => `quotes "${q}", which is not verbatim in the cited section`);
}

export interface Sections {
  get(id: string): string | undefined;
  has(id: string): boolean;
  keys(): Iterable<string>;
}

const parsed = new Map<string, SourceSentence[]>();

/** Every finding for one statement; none means every clause is grounded or labelled. */
export function checkStatement(st: Statement, sections: Sections): Finding[] {
  const known = new Set(sections.keys());
  const findings: Finding[] = [];
  const sentencesOf = (id: string): SourceSentence[] => {
    const body = sections.get(id) ?? '';
    const key = `${id}\n${body}`;
    if (!parsed.has(key)) parsed.set(key, sourceSentences(id, body, known));
    return parsed.get(key)!;
  };
  for (const id of st.sections)
    if (!known.has(id)) findings.push({ statement: st.id, sentence: '', reason: `cites section ${id}, which the framework does not have` });
  for (const sentence of splitSentences(st.text)) {
    const cites = citedSections(sentence, known);
    const fail = (reason: string): void => void findings.push({ statement: st.id, sentence, reason });
    // Whatever a sentence quotes is the framework's words, labelled or not.
    const quoted = [...new Set([...st.sections, ...cites])].filter((id) => known.has(id));
    // A quote is from the section the sentence names ("Framework 5.4: "..."), else from the statement's.
    // (A product statement quotes the bot's own commands: say "tracker submitted".)
    const quoteFrom = cites.length ? cites : quoted;
    if (cites.length || !(st.productChoice || PRODUCT_MARKER.test(sentence)))
      quoteReasons(
        sentence,
        quoteFrom.map((id) => sections.get(id) ?? ''),
      ).forEach(fail);
    // A product statement may refer to the framework: what it attributes to a section must hold.
    if (st.productChoice && !cites.length) continue;
    const ids = st.productChoice ? cites : quoted;
    const allCandidates = ids.flatMap(sentencesOf);
    for (const clause of splitClauses(sentence)) {
      if (PRODUCT_MARKER.test(clause) || INSTRUCTION.test(withoutConditions(normalise(clause)).trim())) continue;
      const facts = factsOf(clause);
      // A bare citation ("Framework section 5.4") states nothing.
      if (facts.words.size === 0) continue;
      // A clause that names its section is checked there (or against a sentence that names it too).
      const own = citedSections(clause, known);
      const candidates = own.length
        ? [
            ...own.flatMap(sentencesOf),
            ...ids
              .filter((id) => !own.includes(id))
              .flatMap(sentencesOf)
              .filter((x) => x.cites.some((c) => own.includes(c))),
          ]
        : allCandidates;
      const pins = (st.grounds ?? []).filter((g) => clause.startsWith(g.sentence));
      const pinned = allCandidates.filter((x) => pins.some((g) => normalise(x.text).includes(normalise(g.source))));
      const lost = pins.filter((g) => !pinned.some((x) => normalise(x.text).includes(normalise(g.source))));
      if (lost.length) {
        fail(`its ground "${lost[0].source}" is not in section ${ids.join(', ')}`);
        continue;
      }
      const aligned = align(facts, candidates);
      const { support, closest, best, coverage } = pins.length
        ? { support: [...pinned, ...aligned.support], closest: [...pinned, ...aligned.closest], best: pinned[0], coverage: 1 }
        : aligned;
      if (coverage <= MIN_COVERAGE) {
        fail(
          `clause "${clause}" carries no anchor in section ${ids.join(', ') || '(none)'} (${Math.round(coverage * 100)}% of its words; nearest: "${best?.text.slice(0, 90) ?? ''}")`,
        );
        continue;
      }
      for (const reason of unsupported(facts, support, allCandidates, closest))
        fail(`clause "${clause}" ${reason} (source ${support[0]?.section}: "${support[0]?.text.slice(0, 110)}")`);
    }
  }
  return findings;
}

export function formatFindings(findings: Finding[]): string {
  return findings
    .map((f) => `${f.statement}: ${f.reason}${f.sentence && !f.reason.includes(f.sentence) ? `\n    in: "${f.sentence}"` : ''}`)
    .join('\n');
}
