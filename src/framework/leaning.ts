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

/** How many nearest lines on each side are averaged. */
const NEAREST = 3;

export class LeaningCheck {
  private readonly frameworkLines: WeighedLine[];
  private readonly notCoveredLines: WeighedLine[];

  constructor(
    frameworkLines: WeighedLine[],
    notCoveredLines: WeighedLine[],
    /** A term's weight (IDF), the one the lines were weighed with; a term no rule uses weighs as the rarest. */
    private readonly weight: (term: string) => number,
  ) {
    this.frameworkLines = distinct(frameworkLines);
    this.notCoveredLines = distinct(notCoveredLines);
  }

  lean(terms: string[]): Leaning {
    const question = weighedQuestion(terms, this.weight);
    const framework = nearest(question, this.frameworkLines);
    const notCovered = nearest(question, this.notCoveredLines);
    return {
      framework: framework.mean,
      notCovered: notCovered.mean,
      nearestFramework: framework.top,
      nearestNotCovered: notCovered.top,
      topicId: notCovered.topId,
    };
  }
}

/** The mean cosine of the NEAREST closest lines, the closest one's cosine and whose line it is. */
function nearest(question: WeighedQuestion, lines: WeighedLine[]): { mean: number; top: number; topId: string | null } {
  if (!question.norm) return { mean: 0, top: 0, topId: null };
  // The few best kept in order as we go (earlier lines first on a tie), rather than sorting all.
  const best: { id: string; cosine: number }[] = [];
  for (const line of lines) {
    const c = cosine(question, line);
    if (best.length === NEAREST && c <= best[NEAREST - 1].cosine) continue;
    let at = best.length;
    while (at > 0 && best[at - 1].cosine < c) at -= 1;
    best.splice(at, 0, { id: line.id, cosine: c });
    if (best.length > NEAREST) best.pop();
  }
  return {
    mean: best.reduce((sum, s) => sum + s.cosine, 0) / NEAREST,
    top: best[0]?.cosine ?? 0,
    topId: best[0]?.cosine ? best[0].id : null,
  };
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

/** One way of asking with its terms' squared weights, computed once. */
export interface WeighedLine {
  /** The rule or not-covered topic it asks about ('' where that does not matter). */
  id: string;
  terms: string[];
  squares: number[];
  /** Euclidean norm of the line's term weights. */
  norm: number;
}

export function weighLine(terms: string[], weight: (term: string) => number, id = ''): WeighedLine {
  const squares = terms.map((t) => weight(t) ** 2);
  return { id, terms, squares, norm: Math.sqrt(squares.reduce((sum, w) => sum + w, 0)) };
}

/** Cosine between a question and one way of asking, each term weighed by its IDF. */
export function cosine(question: WeighedQuestion, line: WeighedLine): number {
  let shared = 0;
  line.terms.forEach((t, i) => {
    if (question.terms.has(t)) shared += line.squares[i];
  });
  return shared && question.norm ? shared / line.norm / question.norm : 0;
}

/** A line said twice (a title repeated as a way of asking) must not count twice among the nearest. */
function distinct(lines: WeighedLine[]): WeighedLine[] {
  const seen = new Set<string>();
  return lines.filter((line) => {
    const key = [...line.terms].sort().join(' ');
    if (!line.terms.length || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
