/**
 * An answer's clauses (its sentences and "; " items, each a candidate lead), the roles they name,
 * and how one is said on its own: a later item of a list with the words introducing the list, a
 * duty from a role's list with the role. Rule answers are few and fixed, so each is cut once.
 */
import { tokens } from './text';

/** The people and bodies who act; "the secondee" is left out (mostly whom a duty is about). */
export const ROLES: [RegExp, string][] = [
  [/\b(?:nps )?link managers?\b/, 'link manager'],
  // The Association of YOT Managers is a body, not the role.
  [/(?<!association of )\b(?:yot|yos) managers?\b/, 'yot manager'],
  [/\bheads? of (?:ldu|local delivery unit)s?\b/, 'head of ldu'],
  [/\b(?:senior manager of (?:the )?yos|yos senior manager)\b/, 'yos senior manager'],
  [/\bspocs?\b/, 'spoc'],
  [/\bportfolio leads?\b/, 'portfolio lead'],
];

/** Each role's name as a question writes it, as a regular-expression source (no group captured). */
export const ROLE_SPELLINGS = {
  'head of ldu': 'head of (?:ldu|local delivery unit)',
  'link manager': 'link manager',
  'yot manager': 'yo[st] manager',
  'yos senior manager': 'yos senior manager',
  spoc: 'spoc',
  'portfolio lead': 'portfolio lead',
} as const;

/** Any one of the roles' names as a question writes them. */
export const ROLE_NAME = `(?:${Object.values(ROLE_SPELLINGS).join('|')})`;

/** The roles a text names. */
export function rolesIn(text: string): string[] {
  const s = text.toLowerCase();
  return ROLES.filter(([re]) => re.test(s)).map(([, r]) => r);
}

/** Stands for a ";" that does not end a clause, while the answer is cut. */
const ASIDE = '\u0000';

/**
 * The answer with the ";" of each bracket holding one ("(appointed under section 18 ...; in Wales,
 * a local authority social worker)") written as `mark`: an aside, not two clauses. Brackets
 * holding a list ("(Louise Johnson, North East; Sarah Ward, North West; ...)") are cut as lists.
 */
function withBracketedAsides(answer: string, mark: string): string {
  return answer.replace(/\(([^()]*)\)/g, (bracket, inside: string) =>
    inside.split(';').length === 2 ? bracket.replace(';', mark) : bracket,
  );
}

/** The rule's sentences and "; " clauses, each a candidate lead (cut once per answer). */
const answerClauses = new Map<string, string[]>();
export function clausesOf(answer: string): string[] {
  let clauses = answerClauses.get(answer);
  if (!clauses) {
    if (answerClauses.size > 1000) answerClauses.clear();
    clauses = withBracketedAsides(answer, ASIDE)
      .split(/(?<=[.;])\s+(?=[A-Z0-9(£])|;\s+/)
      .map((c) => c.trim().replace(/;$/, '.').replaceAll(ASIDE, ';'))
      .filter((c) => c.length > 20);
    answerClauses.set(answer, clauses);
  }
  return clauses;
}

/** A rule's clauses (or whole answers) are few and fixed: their words are worked out once (questions are not kept). */
const clauseWords = new Map<string, ReadonlySet<string>>();
export function wordsOfClause(clause: string): ReadonlySet<string> {
  let words = clauseWords.get(clause);
  if (!words) {
    if (clauseWords.size > 5000) clauseWords.clear();
    clauseWords.set(clause, (words = new Set(tokens(clause))));
  }
  return words;
}

/**
 * A clause of the answer said on its own. A duty from a role's list is said with the role ("The
 * NPS portfolio lead has the tracker reviewed ..."); a later item of another list, with the words
 * that introduce the list ("The statutory partners are: … the Clinical Commissioning Group"),
 * never as a bare "And the Clinical Commissioning Group".
 */
export function onItsOwn(answer: string, clause: string, list: RoleList | null): string {
  const item = withoutConjunction(clause);
  if (list?.has(clause)) return capitalised(`${list.head} ${item}`);
  // The first item of a list in brackets: "the NPS divisional YOS leads (Louise Johnson, North East".
  const opens = /^([^()]+?) \(([^()]+)$/.exec(item);
  if (opens) return `${capitalised(opens[1])}: ${opens[2]}`;
  const head = listHeadOf(answer, clause);
  // The last item of a list in brackets closes it: "Patsy Wollaston, London)".
  const closed = item.split(')').length > item.split('(').length ? item.replace(/\)(\.?)$/, '$1') : item;
  return head ? `${head} … ${closed}` : capitalised(closed);
}

const withoutConjunction = (clause: string) => clause.replace(/^(?:and|or),?\s+/, '');
/** What follows the last `separator` in `text` (all of it when there is none). */
function afterLast(text: string, separator: string): string {
  const at = text.lastIndexOf(separator);
  return at < 0 ? text : text.slice(at + separator.length);
}

/** Longest list introduction said with a lead; a longer one is left out. */
const LIST_HEAD_CHARS = 140;

/** The words introducing the list a clause is a later item of ("The statutory partners are:"), if any. */
function listHeadOf(answer: string, clause: string): string | undefined {
  // A clause's closing "." may stand for the "; " the list had.
  const at = answer.indexOf(clause.slice(0, -1));
  if (at < 2 || answer.slice(at - 2, at) !== '; ') return undefined;
  const stop = answer.lastIndexOf('. ', at);
  const sentenceStart = Math.max(stop < 0 ? 0 : stop + 2, answer.lastIndexOf('\n', at) + 1);
  // A later item of a list in brackets is said with what the brackets list: "the NPS divisional YOS
  // leads (...; Mark Burden, ...; ...)" gives "The NPS divisional YOS leads: … Mark Burden, ...".
  const before = answer.slice(sentenceStart, at);
  if (before.split('(').length > before.split(')').length) {
    const listed = withoutConjunction(afterLast(afterLast(before.slice(0, before.lastIndexOf('(')), '; '), ': ').trim());
    return listed && listed.length <= LIST_HEAD_CHARS ? `${capitalised(listed)}:` : undefined;
  }
  const firstItem = answer.slice(sentenceStart, answer.indexOf(';', sentenceStart));
  const head = /^([^;]+?:)\s/.exec(firstItem)?.[1] ?? /^(.+?\binclude[sd]?)\s/.exec(firstItem)?.[1];
  if (!head || head.length > LIST_HEAD_CHARS) return undefined;
  if (!/^(?:they|their|these|those)\b/i.test(head)) return head;
  // "They: … keep in contact" is said with whom "They" are, when the sentence before names a role.
  const subject = /^(.{3,40}?) (?:is|are|will|must|has)\b/.exec(answer.slice(0, sentenceStart))?.[1];
  return subject && head === 'They:' && rolesIn(subject).length ? `${subject}:` : undefined;
}

/**
 * "The NPS portfolio lead: resources YOTs ...; identifies ...; and has the tracker reviewed ...":
 * the role a list of duties is about, and the list's later clauses (the first carries the role).
 */
export interface RoleList {
  head: string;
  has: (clause: string) => boolean;
}
const roleLists = new Map<string, RoleList | null>();
export function roleList(answer: string): RoleList | null {
  let list = roleLists.get(answer);
  if (list === undefined) {
    const head = /^([^:.;]{3,60}):\s/.exec(answer)?.[1];
    const end = answer.search(/\.(?:\s|$)/);
    const items = new Set(clausesOf(answer.slice(0, end + 1)).slice(1));
    list = head && rolesIn(head).length ? { head, has: (clause: string) => items.has(clause) } : null;
    if (roleLists.size > 1000) roleLists.clear();
    roleLists.set(answer, list);
  }
  return list;
}

export function capitalised(clause: string): string {
  return clause.charAt(0).toUpperCase() + clause.slice(1);
}
