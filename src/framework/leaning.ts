/**
 * Which way a question leans: towards the framework or towards a topic it leaves to others.
 * BM25 answers "how much does the police put into the pooled budget?" from 2.1, because the words
 * are 2.1's; the questions it most resembles are not. So a question is compared with the ways
 * people ask about the framework's rules and with the off-framework questions of not-covered.ts:
 * the mean IDF-weighted cosine of its nearest few lines on each side. A mean of several, not the
 * single nearest, so that one odd line cannot decide.
 */
export interface Leaning {
  /** Mean cosine of the nearest framework lines, 0..1. */
  framework: number;
  /** Mean cosine of the nearest not-covered lines, 0..1. */
  notCovered: number;
  /** Cosine of the single nearest framework line, and of the single nearest not-covered line. */
  nearestFramework: number;
  nearestNotCovered: number;
  /** The not-covered topic (or out-of-scope rule) of the nearest not-covered line. */
  topicId: string | null;
}

export interface Line {
  /** The rule or not-covered topic the line asks about. */
  id: string;
  terms: string[];
}

/** How many nearest lines on each side are averaged. */
const NEAREST = 3;

export class LeaningCheck {
  private readonly frameworkLines: Line[];
  private readonly notCoveredLines: Line[];

  constructor(
    frameworkLines: Line[],
    notCoveredLines: Line[],
    /** A term's weight (IDF); a term no rule uses weighs as the rarest. */
    private readonly weight: (term: string) => number,
  ) {
    this.frameworkLines = distinct(frameworkLines);
    this.notCoveredLines = distinct(notCoveredLines);
  }

  lean(terms: string[]): Leaning {
    const framework = this.nearest(terms, this.frameworkLines);
    const notCovered = this.nearest(terms, this.notCoveredLines);
    return {
      framework: framework.mean,
      notCovered: notCovered.mean,
      nearestFramework: framework.top,
      nearestNotCovered: notCovered.top,
      topicId: notCovered.topId,
    };
  }

  private nearest(terms: string[], lines: Line[]): { mean: number; top: number; topId: string | null } {
    const question = weighedQuestion(terms, this.weight);
    if (!question.norm) return { mean: 0, top: 0, topId: null };
    const scored = lines.map((line) => ({ id: line.id, cosine: cosine(question, line.terms, this.weight) }));
    scored.sort((a, b) => b.cosine - a.cosine);
    const top = scored.slice(0, NEAREST);
    return {
      mean: top.reduce((sum, s) => sum + s.cosine, 0) / NEAREST,
      top: top[0]?.cosine ?? 0,
      topId: top[0]?.cosine ? top[0].id : null,
    };
  }
}

export interface WeighedQuestion {
  terms: Set<string>;
  /** Euclidean norm of the question's term weights. */
  norm: number;
}

export function weighedQuestion(terms: string[], weight: (term: string) => number): WeighedQuestion {
  const unique = new Set(terms);
  return { terms: unique, norm: Math.sqrt([...unique].reduce((sum, t) => sum + weight(t) ** 2, 0)) };
}

/** Cosine between a question and one way of asking, each term weighed by `weight` (IDF). */
export function cosine(question: WeighedQuestion, line: string[], weight: (term: string) => number): number {
  let shared = 0;
  let norm = 0;
  for (const t of line) {
    const w = weight(t) ** 2;
    norm += w;
    if (question.terms.has(t)) shared += w;
  }
  return shared && question.norm ? shared / Math.sqrt(norm) / question.norm : 0;
}

/** A line said twice (a title repeated as a way of asking) must not count twice among the nearest. */
function distinct(lines: Line[]): Line[] {
  const seen = new Set<string>();
  return lines.filter((line) => {
    const key = [...line.terms].sort().join(' ');
    if (!line.terms.length || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
