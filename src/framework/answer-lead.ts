/**
 * Answers the question asked, not just the section: a yes/no question gets "Yes." or "No." first
 * when the rule's own words settle it (a figure, a frequency, a role or a "not" that the question
 * gets right or wrong), and every question gets the rule's sentence that answers it first (the
 * figure for "how long", the role for "who"). The lead only re-uses the rule's sentences, so it says
 * nothing the grounded answer does not; when nothing settles a yes/no, no verdict is given. What
 * kind of question it is: question-form.ts; whether a sentence settles a check: verdict.ts.
 */
import { tokens } from './text';
import { clausesOf, onItsOwn, roleList, rolesIn } from './answer-clauses';
import { checkedRole, doerOf, ignoredRoleWords, offersBothOf } from './who-checks';
import { checksWho, questionForm } from './question-form';
import { claimIn, overlap, verdict } from './verdict';
import { frequenciesIn, quantitiesIn } from './figures';

/** The answer's clauses sharing words with the question (`terms`, less the `ignored` role words), most shared first (ties: the earlier one). */
function rankedClauses(answer: string, terms: Set<string>, ignored: Set<string>, fits?: (clause: string) => boolean): string[] {
  return clausesOf(answer)
    .filter((clause) => !fits || fits(clause))
    .map((clause, i) => ({ clause, i, score: overlap(terms, clause, ignored) }))
    .filter((c) => c.score > 0)
    .sort((a, b) => b.score - a.score || a.i - b.i)
    .map((c) => c.clause);
}

/** Asking for the first step of a process ("the very first thing NPS should try"). */
const FIRST_STEP =
  /\b(?:very )?first (?:thing|step|stage|port of call)\b|\bwhat (?:do|does|should) (?:we|they|the nps|nps|i) (?:try|do) first\b/i;

/**
 * The line said before the rule's answer: "No: <the rule's sentence>" for a yes/no question the
 * rule settles, else the sentence that answers it (with a figure for "when", a role for "who").
 * Nothing when the answer has a single sentence, none fits better than its first, or the one that
 * fits opens with "They" ("They: keep in contact...").
 */
export function leadFor(asked: string, answer: string): string | undefined {
  // Phones type curly apostrophes ("isn’t it?"); the checks below read straight ones.
  const question = asked.replace(/[\u2018\u2019]/g, "'");
  const form = questionForm(question);
  const checked = checkedRole(question);
  const list = roleList(answer);
  const fits =
    form === 'when'
      ? (c: string) => quantitiesIn(c).length > 0 || frequenciesIn(c).length > 0 || /\b(?:before|after|by|within|prior)\b/i.test(c)
      : form === 'who'
        ? // "Is it the link manager who ...?" is answered by a role, not by the body that funds it.
          (c: string) => rolesIn(c).length > 0 || !!list?.has(c) || (!checked && /\b(?:NPS|YOS|YOT|YJB|local authority|secondee)\b/.test(c))
        : undefined;
  const terms = new Set(tokens(question));
  const ignored = ignoredRoleWords(checked);
  const ranked = rankedClauses(answer, terms, ignored, fits);
  const clauses = ranked.length ? ranked : rankedClauses(answer, terms, ignored);
  if (!clauses.length) return undefined;
  // "Link manager or YOT manager?" answered by a sentence naming both: "Both".
  const both = offersBothOf(question, clauses[0]) ? clauses[0] : undefined;
  if (both) return answer.startsWith(both) ? 'Both.' : `Both: ${onItsOwn(answer, both, list)}`;
  const claim = form === 'yes-no' || (form === 'who' && checksWho(question)) ? claimIn(question) : undefined;
  if (claim) {
    // The verdict may come from any of the three closest clauses ("only to the NPS divisions in England").
    for (const [i, clause] of clauses.slice(0, 3).entries()) {
      const head = list?.has(clause) ? list.head : undefined;
      const said = verdict(claim, clause, answer, i === 0, doerOf(head ?? clause), head !== undefined);
      // When the deciding sentence opens the answer anyway, the verdict alone comes first.
      if (said) return answer.startsWith(clause) ? `${said}.` : `${said}: ${onItsOwn(answer, clause, list)}`;
    }
  }
  // "What's the first step?" of a staged process is its stage 1, whatever the question shares with stage 2.
  if (FIRST_STEP.test(question)) {
    const stageOne = clauses.find((c) => /\bstage 1\b/i.test(c));
    if (stageOne) clauses.unshift(stageOne);
  }
  // A sentence opening with "They" reads as a riddle on its own ("They: keep in contact..."; "It"
  // answers a question about the framework or the board well enough): then there is no lead, and
  // the answer says it in full.
  if (answer.startsWith(clauses[0]) || /^(?:they|their)\b/i.test(clauses[0])) return undefined;
  return `In short: ${onItsOwn(answer, clauses[0], list)}`;
}
