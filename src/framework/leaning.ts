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
  private readonly frameworkLines: LineIndex;
  private readonly notCoveredLines: LineIndex;

  constructor(
    frameworkLines: WeighedLine[],
    notCoveredLines: WeighedLine[],
    /** A term's weight (IDF), the one the lines were weighed with; a term no rule uses weighs as the rarest. */
    private readonly weight: (term: string) => number,
  ) {
    this.frameworkLines = new LineIndex(distinct(frameworkLines));
    this.notCoveredLines = new LineIndex(distinct(notCoveredLines));
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

/**
 * The mean cosine of the NEAREST closest lines, the closest one's cosine and whose line it is.
 * Only lines sharing a word with the question are visited: a line with none has cosine 0, which
 * changes neither the mean, nor the closest, nor whose it is.
 */
function nearest(question: WeighedQuestion, lines: LineIndex): { mean: number; top: number; topId: string | null } {
  if (!question.norm) return { mean: 0, top: 0, topId: null };
  // The few best kept in order as we go, rather than sorting all; lines come in any order, so a
  // tie goes to the earlier line.
  const best: { line: number; cosine: number }[] = [];
  const before = (line: number, c: number, other: { line: number; cosine: number }) => c > other.cosine || (c === other.cosine && line < other.line);
  const { count, lines: at, cosines } = lines.compare(question);
  for (let i = 0; i < count; i++) {
    const line = at[i];
    const c = cosines[i];
    if (best.length === NEAREST && !before(line, c, best[NEAREST - 1])) continue;
    let place = best.length;
    while (place > 0 && before(line, c, best[place - 1])) place -= 1;
    best.splice(place, 0, { line, cosine: c });
    if (best.length > NEAREST) best.pop();
  }
  return {
    mean: best.reduce((sum, s) => sum + s.cosine, 0) / NEAREST,
    top: best[0]?.cosine ?? 0,
    topId: best[0]?.cosine ? lines.lines[best[0].line].id : null,
  };
}

/** What `LineIndex.compare` finds. */
export interface Comparison {
  count: number;
  lines: Int32Array;
  cosines: Float64Array;
}

/**
 * Lines by the words they contain (an inverted index), so a question is compared only with the
 * lines it shares a word with, each in a few array reads, instead of every line of every rule for
 * every part of every question. The cosines are the same numbers `cosine()` gives: a line sharing
 * one or two words with the question gets the same sum in any order (floating-point addition of
 * two numbers commutes); one sharing more is summed again in the line's own order.
 */
export class LineIndex {
  private readonly termIds = new Map<string, number>();
  /** Line i's term ids and squared weights are at [starts[i], starts[i + 1]). */
  private readonly starts: Int32Array;
  private readonly ids: Int32Array;
  private readonly squares: Float64Array;
  private readonly norms: Float64Array;
  /** Per term id, each place it is used: the line, and its squared weight there. */
  private readonly postingLines: Int32Array[];
  private readonly postingSquares: Float64Array[];
  /** Working space for one question, stamped (never cleared): its terms, and per line touched the shared sum and count. */
  private readonly inQuestion: Uint32Array;
  private readonly touched: Uint32Array;
  private readonly shared: Float64Array;
  private readonly count: Int32Array;
  private readonly candidates: Int32Array;
  private readonly result: Comparison;
  private stamp = 0;

  constructor(readonly lines: readonly WeighedLine[]) {
    const size = lines.reduce((sum, l) => sum + l.terms.length, 0);
    this.starts = new Int32Array(lines.length + 1);
    this.ids = new Int32Array(size);
    this.squares = new Float64Array(size);
    this.norms = Float64Array.from(lines, (l) => l.norm);
    const postings: { lines: number[]; squares: number[] }[] = [];
    let at = 0;
    lines.forEach((line, i) => {
      this.starts[i] = at;
      line.terms.forEach((term, k) => {
        let id = this.termIds.get(term);
        if (id === undefined) this.termIds.set(term, (id = postings.push({ lines: [], squares: [] }) - 1));
        postings[id].lines.push(i);
        postings[id].squares.push(line.squares[k]);
        this.ids[at] = id;
        this.squares[at++] = line.squares[k];
      });
    });
    this.starts[lines.length] = at;
    this.postingLines = postings.map((p) => Int32Array.from(p.lines));
    this.postingSquares = postings.map((p) => Float64Array.from(p.squares));
    this.inQuestion = new Uint32Array(postings.length);
    this.touched = new Uint32Array(lines.length);
    this.shared = new Float64Array(lines.length);
    this.count = new Int32Array(lines.length);
    this.candidates = new Int32Array(lines.length);
    this.result = { count: 0, lines: this.candidates, cosines: new Float64Array(lines.length) };
  }

  private nextStamp(): number {
    this.stamp = (this.stamp + 1) >>> 0;
    if (this.stamp) return this.stamp;
    // Wrapped round (after 4 billion questions): old marks would read as this question's.
    this.inQuestion.fill(0);
    this.touched.fill(0);
    return (this.stamp = 1);
  }

  /**
   * The cosine of every line sharing a word with the question (in no particular order): line
   * `lines[i]` has `cosines[i]`, for i < count. Working space, valid until the next call.
   */
  compare(question: WeighedQuestion): Comparison {
    const stamp = this.nextStamp();
    const { touched, shared, count, candidates } = this;
    let n = 0;
    for (const term of question.terms) {
      const id = this.termIds.get(term);
      if (id === undefined) continue;
      this.inQuestion[id] = stamp;
      const lines = this.postingLines[id];
      const squares = this.postingSquares[id];
      for (let k = 0; k < lines.length; k++) {
        const line = lines[k];
        if (touched[line] !== stamp) {
          touched[line] = stamp;
          shared[line] = squares[k];
          count[line] = 1;
          candidates[n++] = line;
        } else {
          shared[line] += squares[k];
          count[line] += 1;
        }
      }
    }
    const cosines = this.result.cosines;
    for (let i = 0; i < n; i++) {
      const line = candidates[i];
      const sum = count[line] > 2 ? this.sharedInOrder(line, stamp) : shared[line];
      cosines[i] = sum && question.norm ? sum / this.norms[line] / question.norm : 0;
    }
    this.result.count = n;
    return this.result;
  }

  /** The line's weights of the question's terms, summed in the line's order (as `cosine()` does). */
  private sharedInOrder(line: number, stamp: number): number {
    let sum = 0;
    for (let k = this.starts[line]; k < this.starts[line + 1]; k++) if (this.inQuestion[this.ids[k]] === stamp) sum += this.squares[k];
    return sum;
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
