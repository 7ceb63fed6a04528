import fs from 'node:fs';
import path from 'node:path';
import { expect } from 'chai';
import { answerQuestion } from '../../src/framework/answer';
import { scoreItem, summarise, type QaItem } from '../../scripts/qa-score';

const fixtures = path.join(__dirname, '..', '..', '..', 'test', 'fixtures');
const load = (file: string): QaItem[] => JSON.parse(fs.readFileSync(path.join(fixtures, file), 'utf8'));
const score = (items: QaItem[]) => items.map((item) => scoreItem(item, answerQuestion(item.q)));

describe('question rounds stay at their measured levels (no I/O)', () => {
  // Rounds that were hold-outs or scored untouched once, each guarded at the level measured after
  // the work they served (docs/answer-quality.md has their history). Rounds 9 and 11 are hold-outs of
  // the decline work, never studied: their misses are deliberately not printed.
  //  3: first hold-out (63% when first scored), studied later: 85% right, 0-1 of 8 off answered.
  //  5: hold-out of the phrasings (80%, 2/8), studied later: 35/40, 0/8 (one question of slack).
  //  6: hold-out of the disambiguation (34/36, 4/8), studied for the declines: 35/36, 1/8.
  //  7, 8: written for the decline work, untouched 38/44 with 9/24 and 35/42 with 8/20; now
  //     38/44 with 2/24 and 38/42 with 2/20.
  //  9, 11: hold-outs, 41/45 with 7/20 and 39/44 with 11/20 before; 42/45 with 1/20 and 38/44 with 2/20 after.
  //  10: hold-out (34/42, 9/20 before; 32/42, 4/20 midway), then studied: 33/42, 2/20.
  //  12-23: written for the expert-level work (issue 20) from the framework text alone by helpers
  //     who never saw the code or other rounds; each scored untouched first (see docs/answer-quality.md),
  //     then 12, 13, 15, 16 and 18-23 studied. 14 and 17 are that work's hold-outs, never studied:
  //     14 was 94/115 with 7/21 before, 105/115 with 3/21 after; 17 (the final hold-out) was 80/106
  //     with 4/18 before, 90/106 with 1/18 after.
  //  24-26: written for the second pass at issue 20 the same way and scored untouched on arrival;
  //     24 and 25 then studied, 26 the hold-out (only its totals and section pairs looked at).
  //  27-28: written for the third pass (the rule classifier) the same way, scored untouched on
  //     arrival; 27 then studied (and 26 with it), 28 the hold-out: 125/138 with 1/26 before,
  //     128/138 with 2/26 after (only its totals and section pairs looked at), then opened.
  //  29: written late in the third pass as a second hold-out, never opened: 129/141 with 4/26
  //     before the pass, 134/141 with 4/26 on arrival and at the end.
  //  Levels since the classifier (December 2026): every round at or above where it stood before it.
  //  Round 26 then gave back one (112 -> 111 of 123, still above its 104 before the classifier) for
  //  the SPOC's own 9.1 rule, which answers four escalated-dispute questions of rounds 18, 21, 24
  //  and 28 from 9.1 instead of the SPOC's 5.5 role.
  //  Fourth pass (December 2026): rounds 10 (41 -> 40 of 42: the Act's funding question now goes to
  //  1.2) and 13 (95 -> 94 of 95: a two-in-one about recording and NPS IT answers the IT half only)
  //  each gave back one for the 5.3 rule on a seconded PO's links to NPS services (IT, interventions,
  //  restorative justice, victim liaison), which gained ten on rounds 27-35.
  //  Round 5 (40 -> 39 of 40: a two-part question on the violence weighting and where its figures
  //  come from now leans to budgets) for section 1's "two respects" wording on partnership-purpose,
  //  which gained six on rounds 22-35.
  //  Rounds 19 and 24 (one each; 27, 28 and 34 one each too, above their guards) for declining an
  //  answer whose section the classifier all but rules out (classifierDoubts): five off-framework
  //  answers fewer on the studied rounds, and 44 -> 39 of 90 on a set written only of off-framework
  //  questions that had been scored once, totals only, before the change.
  //  30-41: written for the fourth pass the same way and scored untouched on arrival; 30 (the pass's
  //  hold-out), 31, 36, 37, 40 and 41 never opened (totals and section pairs only), 32-35 studied.
  //  Fifth pass (December 2026): every earlier level held or rose (raised here). 42-49 written for it
  //  the same way and scored untouched on arrival; 42-43 studied first, 44-47 opened after a midpoint
  //  scoring, 48-49 after the next and 50-51 after the third; 52-53, written during the third part
  //  and scored once on the final code, are its hold-outs (never opened).
  //  Sixth pass (December 2026): every earlier level held or rose (raised here). 54-63 written for it
  //  the same way and scored untouched on arrival; 54-57 studied; 60-61 scored at the first part's
  //  end, then opened; 58, 59, 62 and 63 its final hold-outs, scored once (r58 without r58-96, seen
  //  by a slip), then opened: their three regressions were cue flaws, fixed after (docs/answer-quality.md); 64-65,
  //  written after those fixes, scored once on the final code as the check.
  //  Seventh pass (December 2026): 66-77 written the same way and scored untouched on arrival; 66-67
  //  and 74-75 studied; 68-71, 72-73 (heavy in yes/no questions) and 76-77 (the final ones) hold-outs,
  //  each scored once, then opened.
  //  Eighth pass (December 2026): 78-85 written the same way and scored untouched on arrival; 79, 82
  //  and 83 studied (78 had no miss); 80-81 hold-outs, scored once at the first part's end, then opened
  //  and studied; 84-85 hold-outs, scored once on the code of the second part, then opened; 86-87,
  //  written last, scored once on the final code, then opened.
  //  Ninth pass (December 2026): 88-101 written the same way and scored untouched on arrival; all but
  //  90-91 studied; 90-91, written first and kept unopened, scored once on the final code, then opened.
  //  Tenth pass (December 2026): 102-107 written the same way; 102, 104 and 105 studied; 103 (written
  //  first), 106 and 107 kept unopened, scored once on the final code, then opened.
  //  Eleventh pass (December 2026): 108 and 109 written the same way and scored untouched on arrival;
  //  108 studied (with the tenth pass's opened hold-outs); 109 kept unopened, scored once on the
  //  final code, then opened.
  //  Twelfth pass (December 2026): 110-114 written the same way and scored untouched on arrival
  //  (110: 91/98 with 4/17 answered; 111: 95/101 with 4/17; 113 and 114, written midway: 93/98 with
  //  1/17 and 91/99 with 2/17); 110, 111, 113 and 114 studied (98/98, 101/101, 98/98, 98/99; 2, 2, 0
  //  and 2 of 17 answered; guarded with one question of slack); 112 kept unopened as the hold-out:
  //  94/98 with 1/17 on arrival, 95/98 with 1/17 on the final code (only its totals and section
  //  pairs looked at), then opened. Late in the pass 115 (studied: 95/98 with 1/17 on arrival, then
  //  98/98) and 116 (a second hold-out: 92/99 with 1/17 on arrival and on the final code, then
  //  opened and studied: 96/99, its other three misses labelled with a fact the asked rule does not
  //  hold) were written the same way.
  //  Thirteenth pass (December 2026): 117-119 written the same way and scored untouched on arrival
  //  (117: 93/98 with 1/17 answered; 118: 91/99 with 2/16); 117 and 118 studied (98/98 and 98/99,
  //  1 of 17 and 1 of 16 answered; guarded with one question of slack); 119 kept unopened as the hold-out.
  //  Midway, 120-122 written the same way (120: 92/99 with 2/17; 121: 92/98 with 2/17; 122, a second
  //  hold-out, kept unopened); 120 and 121 studied (98/99 and 97/98, both 0 of 17 answered; one question of slack).
  //  Late, 123-125 written the same way (123: 94/101 with 1/17; 124: 94/98 with 1/16; 125, a third
  //  hold-out, kept unopened); 123 and 124 studied (99/101 with 1/17 and 96/98 with 0/16; one question of slack).
  //  Last, 126 and 127 written the same way (92/99 with 1/16; 93/98 with 1/17) and studied (98/99 and
  //  97/98, 1 of 16 and 1 of 17 answered; one question of slack). The three hold-outs, scored once
  //  on the final code and never opened: 119 93/98 with 0/17, 122 96/98 with 2/17, 125 96/99 with
  //  1/17, as on arrival (one question of slack in scope). 128 and 129, two more hold-outs written
  //  after the pass's last change and scored once: 96/99 and 96/98, both 0 of 17 answered.
  // Fourteenth pass (December 2026): 130-132 written the same way at its start and scored on
  //  arrival (130: 95/98 with 1/17; 131: 101/102 with 1/17; 132: 96/100 with 1/18); 130 and 131 studied
  //  (98/98 and 102/102, both 0 of 17 answered; one question of slack). Midway, 135 and 136 written the
  //  same way (97/98 with 0/17; 98/99 with 1/17) and studied (97/98 and 99/99, both 0 of 17 answered).
  //  Late, 137 and 138 written the same way (97/101 and 94/98, both 0/17) and studied (99/101 and 97/98);
  //  then 139 and 140 (96/98 and 96/98, both 0/17), studied (98/98 and 97/98); last, 141 and 142
  //  (97/99 with 1/16; 94/98 with 0/17), studied (99/99 with 1/16; 96/98 with 0/17); then 143 and 144
  //  (94/98 with 0/17; 94/98 with 1/17), studied (97/98 with 0/17; 95/98 with 1/17). The hold-outs,
  //  never opened, on the final code: 132 (written at the start) 96/100 with 1/18, as on arrival; 133 and
  //  134 (after the first changes) 96/98 with 0/17 and 96/99 with 0/17 (95/98 and 96/99 with 1/17 on
  //  arrival); 145 and 146, written after the last change and scored once, 95/98 and 96/99, both 0/17
  //  (one question of slack in scope).
  // Fifteenth pass (December 2026): 147-149 written the same way at its start, scored once on arrival
  //  and never opened (hold-outs for a speed-only pass): 96/98, 98/98 and 95/100, all 0 of 17 answered
  //  (one question of slack in scope).
  // Sixteenth pass (December 2026): 150-152 written the same way at its start and scored on arrival
  //  (150: 91/98 with 1/17; 151: 94/99 with 0/17; 152: 96/98 with 1/17). 150 and 151 studied (96/98 and
  //  98/99, both 0/17); 152 the hold-out, not studied, scored again on the final code: 97/98 with 1/17
  //  (a scoring run printed its two miss lines after that score; nothing was tuned on them). One
  //  question of slack in scope, one off-framework answer on the studied ones. Last, 153, written after
  //  the last answer change and scored once, never opened: 96/98 with 0/17; the same after a final
  //  wording change to the dispute rule (whose scoring run printed two of its miss lines).
  // Seventeenth pass (December 2026): 154-161 written the same way and scored on arrival (154: 95/98,
  //  155: 96/99, 156: 96/98, 157: 97/99, 158: 95/99, 159: 92/98 with 1/17, 160: 95/98 with 1/17, 161:
  //  96/99 with 1/16; the rest 0/17). 154, 155 and 158-161 studied (98/98, 99/99, 99/99, 97/98, 98/98
  //  with 1/17, 98/99); 156 and 157 the hold-outs, never opened, scored again on the final code: the
  //  same, 96/98 and 97/99, both 0/17. One question of slack in scope, one off-framework answer on the
  //  studied ones. Last, 162, written after the last answer change and scored once, never opened:
  //  97/98 with 0/17.
  // Nineteenth pass (December 2026): 170 and 171 written the same way at its start, the pass's
  //  hold-outs, scored on arrival and on the final code, never opened (the pass changed verdicts
  //  only): 96/99 with 0/17 and 95/99 with 1/17, both times.
  const levels: [file: string, minRight: number, maxOffAnswered: number][] = [
    ['qa-round-3.json', 0.95, 0],
    ['qa-round-5.json', 1, 0],
    ['qa-round-6.json', 1, 0],
    ['qa-round-7.json', 1, 1],
    ['qa-round-8.json', 1, 0],
    ['qa-round-9.json', 0.97, 0],
    ['qa-round-10.json', 0.97, 1],
    ['qa-round-11.json', 0.97, 1],
    ['qa-round-12.json', 1, 0],
    ['qa-round-13.json', 0.98, 0],
    ['qa-round-14.json', 0.97, 0],
    ['qa-round-15.json', 1, 0],
    ['qa-round-16.json', 1, 0],
    ['qa-round-17.json', 0.96, 0],
    ['qa-round-18.json', 0.99, 1],
    ['qa-round-19.json', 0.98, 0],
    ['qa-round-20.json', 0.97, 0],
    ['qa-round-21.json', 0.97, 0],
    ['qa-round-22.json', 0.98, 0],
    ['qa-round-23.json', 0.98, 0],
    ['qa-round-24.json', 0.98, 0],
    ['qa-round-25.json', 0.97, 1],
    ['qa-round-26.json', 0.97, 1],
    ['qa-round-27.json', 0.97, 1],
    ['qa-round-28.json', 0.97, 0],
    ['qa-round-29.json', 1, 0],
    ['qa-round-30.json', 0.95, 2],
    ['qa-round-31.json', 0.98, 1],
    ['qa-round-32.json', 0.97, 0],
    ['qa-round-33.json', 0.97, 2],
    ['qa-round-34.json', 0.96, 1],
    ['qa-round-35.json', 0.96, 1],
    ['qa-round-36.json', 0.95, 0],
    ['qa-round-37.json', 0.97, 1],
    ['qa-round-40.json', 0.97, 2],
    ['qa-round-41.json', 0.97, 3],
    ['qa-round-42.json', 0.96, 0],
    ['qa-round-43.json', 0.98, 2],
    ['qa-round-44.json', 0.97, 1],
    ['qa-round-45.json', 0.94, 3],
    ['qa-round-46.json', 0.96, 0],
    ['qa-round-47.json', 0.96, 1],
    ['qa-round-48.json', 0.95, 2],
    ['qa-round-49.json', 0.97, 1],
    ['qa-round-50.json', 0.93, 2],
    ['qa-round-51.json', 0.98, 1],
    ['qa-round-52.json', 0.96, 3],
    ['qa-round-53.json', 0.94, 3],
    ['qa-round-54.json', 0.97, 2],
    ['qa-round-55.json', 0.99, 0],
    ['qa-round-56.json', 0.98, 1],
    ['qa-round-57.json', 0.98, 1],
    ['qa-round-58.json', 0.96, 2],
    ['qa-round-59.json', 0.99, 0],
    ['qa-round-60.json', 0.99, 1],
    ['qa-round-61.json', 1, 0],
    ['qa-round-62.json', 0.97, 1],
    ['qa-round-63.json', 0.96, 0],
    ['qa-round-64.json', 0.92, 1],
    ['qa-round-65.json', 0.99, 0],
    ['qa-round-66.json', 0.99, 0],
    ['qa-round-67.json', 1, 0],
    ['qa-round-68.json', 0.99, 1],
    ['qa-round-69.json', 0.99, 1],
    ['qa-round-70.json', 0.97, 1],
    ['qa-round-71.json', 0.97, 1],
    ['qa-round-72.json', 0.96, 0],
    ['qa-round-73.json', 0.94, 0],
    ['qa-round-74.json', 0.97, 0],
    ['qa-round-75.json', 0.99, 1],
    ['qa-round-76.json', 0.98, 1],
    ['qa-round-77.json', 0.99, 1],
    ['qa-round-78.json', 1, 0],
    ['qa-round-79.json', 0.98, 1],
    ['qa-round-80.json', 0.96, 1],
    ['qa-round-81.json', 0.96, 1],
    ['qa-round-82.json', 0.96, 1],
    ['qa-round-83.json', 0.94, 0],
    ['qa-round-84.json', 0.95, 1],
    ['qa-round-85.json', 1, 0],
    ['qa-round-86.json', 0.97, 1],
    ['qa-round-87.json', 0.94, 1],
    ['qa-round-88.json', 0.99, 0],
    ['qa-round-89.json', 0.98, 0],
    ['qa-round-90.json', 0.95, 1],
    ['qa-round-91.json', 0.96, 0],
    ['qa-round-92.json', 0.98, 0],
    ['qa-round-93.json', 1, 0],
    ['qa-round-94.json', 1, 0],
    ['qa-round-95.json', 0.98, 0],
    ['qa-round-96.json', 1, 0],
    ['qa-round-97.json', 0.99, 0],
    ['qa-round-98.json', 0.98, 1],
    ['qa-round-99.json', 1, 0],
    ['qa-round-100.json', 0.96, 1],
    ['qa-round-101.json', 0.95, 0],
    ['qa-round-102.json', 1, 0],
    ['qa-round-103.json', 0.97, 1],
    ['qa-round-104.json', 0.97, 1],
    ['qa-round-105.json', 0.96, 1],
    ['qa-round-106.json', 0.97, 2],
    ['qa-round-107.json', 0.97, 0],
    ['qa-round-108.json', 0.98, 1],
    ['qa-round-109.json', 0.98, 2],
    ['qa-round-110.json', 0.98, 2],
    ['qa-round-111.json', 0.98, 2],
    ['qa-round-112.json', 0.96, 1],
    ['qa-round-113.json', 0.98, 0],
    ['qa-round-114.json', 0.98, 2],
    ['qa-round-115.json', 0.98, 0],
    ['qa-round-116.json', 0.96, 1],
    ['qa-round-117.json', 0.98, 1],
    ['qa-round-118.json', 0.97, 1],
    ['qa-round-119.json', 0.93, 0],
    ['qa-round-120.json', 0.97, 1],
    ['qa-round-121.json', 0.97, 1],
    ['qa-round-122.json', 0.96, 2],
    ['qa-round-123.json', 0.97, 1],
    ['qa-round-124.json', 0.96, 1],
    ['qa-round-125.json', 0.95, 1],
    ['qa-round-126.json', 0.97, 1],
    ['qa-round-127.json', 0.97, 1],
    ['qa-round-128.json', 0.95, 0],
    ['qa-round-129.json', 0.96, 0],
    ['qa-round-130.json', 0.98, 1],
    ['qa-round-131.json', 0.99, 1],
    ['qa-round-132.json', 0.95, 1],
    ['qa-round-133.json', 0.96, 0],
    ['qa-round-134.json', 0.95, 0],
    ['qa-round-135.json', 0.97, 1],
    ['qa-round-136.json', 0.98, 1],
    ['qa-round-137.json', 0.97, 1],
    ['qa-round-138.json', 0.97, 1],
    ['qa-round-139.json', 0.98, 1],
    ['qa-round-140.json', 0.97, 1],
    ['qa-round-141.json', 0.98, 2],
    ['qa-round-142.json', 0.97, 1],
    ['qa-round-143.json', 0.97, 1],
    ['qa-round-144.json', 0.96, 2],
    ['qa-round-145.json', 0.95, 0],
    ['qa-round-146.json', 0.95, 0],
    ['qa-round-147.json', 0.96, 0],
    ['qa-round-148.json', 0.98, 0],
    ['qa-round-149.json', 0.94, 0],
    ['qa-round-150.json', 0.96, 1],
    ['qa-round-151.json', 0.97, 1],
    ['qa-round-152.json', 0.97, 1],
    ['qa-round-153.json', 0.96, 0],
    ['qa-round-154.json', 0.98, 1],
    ['qa-round-155.json', 0.98, 1],
    ['qa-round-156.json', 0.96, 0],
    ['qa-round-157.json', 0.96, 0],
    ['qa-round-158.json', 0.98, 1],
    ['qa-round-159.json', 0.97, 1],
    ['qa-round-160.json', 0.98, 1],
    ['qa-round-161.json', 0.97, 1],
    ['qa-round-162.json', 0.97, 0],
    ['qa-round-170.json', 0.95, 0],
    ['qa-round-171.json', 0.94, 1],
  ];
  for (const [file, minRight, maxOffAnswered] of levels) {
    it(`${file}: does not fall below its measured level (${minRight * 100}% right, at most ${maxOffAnswered} off-framework answered)`, () => {
      const s = summarise(score(load(file)));
      expect(s.right / s.inScope).to.be.at.least(minRight);
      expect(s.offFrameworkAnswered).to.be.at.most(maxOffAnswered);
    });
  }

  /**
   * Sets written only of off-framework questions that sit close to the framework's topics (90 each,
   * by helpers from the text alone): many are still answered; these keep the measured level. 38 was
   * studied, 39 only scored (44 answered before the classifier's doubt, 39 after; 25 and 29 in the twelfth pass).
   */
  for (const [file, maxAnswered] of [
    ['qa-off-38.json', 25],
    ['qa-off-39.json', 29],
  ] as const) {
    it(`${file}: answers at most ${maxAnswered} of its 90 off-framework questions`, () => {
      const s = summarise(score(load(file)));
      expect(s.inScope).to.equal(0);
      expect(s.offFrameworkAnswered).to.be.at.most(maxAnswered);
    });
  }
});
