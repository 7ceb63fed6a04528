import { expect } from 'chai';
import { answerQuestion } from '../../src/framework/answer';
import { LeaningCheck, weighLine } from '../../src/framework/leaning';
import { NOT_COVERED_TOPICS, mayBeAbout } from '../../src/framework/not-covered';
import { RULES } from '../../src/framework/rules';

const unitWeight = () => 1;
const line = (id: string, terms: string[]) => weighLine(terms, unitWeight, id);

describe('leaning: towards the framework or away from it (no I/O)', () => {
  const check = new LeaningCheck(
    [
      line('review', ['review', 'quarter']),
      line('review', ['quarter', 'review']),
      line('tracker', ['tracker', 'due']),
    ],
    [line('pension', ['pension', 'scheme'])],
    unitWeight,
  );

  it('averages the nearest three lines on each side, a line said twice counting once', () => {
    const leaning = check.lean(['review', 'quarter']);
    // Nearest framework lines: the review line (cosine 1, once), the tracker line (0), nothing else.
    expect(leaning.framework).to.be.closeTo(1 / 3, 1e-9);
    expect(leaning.nearestFramework).to.be.closeTo(1, 1e-9);
    expect(leaning.notCovered).to.equal(0);
    expect(leaning.topicId).to.equal(null);
  });

  it('names the not-covered topic of the nearest off-framework line', () => {
    const leaning = check.lean(['pension', 'scheme', 'review']);
    expect(leaning.notCovered).to.be.greaterThan(leaning.framework);
    expect(leaning.topicId).to.equal('pension');
  });

  it('gives nothing for a question with no words', () => {
    expect(check.lean([])).to.deep.equal({ framework: 0, notCovered: 0, nearestFramework: 0, nearestNotCovered: 0, topicId: null });
  });
});

describe('declining what the framework does not say (no I/O)', () => {
  it('declines a question near a real topic that asks what the text leaves to others, with a pointer', () => {
    const a = answerQuestion('Can our seconded PO join the local government pension scheme?');
    expect(a.section).to.equal(null);
    // A yes/no question gets the verdict it asked for.
    expect(a.answer).to.match(/^Sorry, the National Partnership Framework does not say, so I cannot answer yes or no\./);
    expect(a.answer).to.match(/pension/i);
  });

  it('declines "how much" when the nearest rule states no figure, and points to that rule', () => {
    const a = answerQuestion('how much does NPS pay for reasonable adjustments?');
    expect(a.section).to.equal(null);
    expect(a.answer).to.match(/does not give that (?:figure|sum of money); the nearest it comes is section 5\.4/);
    expect(a.suggestions[0]).to.equal(RULES.find((r) => r.id === 'reasonable-adjustments')!.title);
  });

  it('still answers "how much / how many / how often" where the framework gives the figure', () => {
    expect(answerQuestion('how much overhead do we invoice for 2 PO secondees?').section).to.equal('5.4');
    expect(answerQuestion('how many POs does a small YOT get?').section).to.equal('5.1');
    expect(answerQuestion('how often are three-way reviews held?').section).to.equal('5.3');
    // A list answers "how many?" by counting, when it names what is counted.
    expect(answerQuestion('how many statutory partners are there?').section).to.equal('1.2');
    expect(answerQuestion('how many points does a youth rehabilitation order case carry?').section).to.equal(null);
  });

  it('still answers framework questions that share words with a not-covered topic', () => {
    expect(answerQuestion('who approves my annual leave?').ruleId).to.equal('leave-approval');
    expect(answerQuestion('who pays for reasonable adjustments?').ruleId).to.equal('reasonable-adjustments');
  });

  it('not-covered topics are well formed: ids unique and apart from the rules, a pointer, phrasings', () => {
    const ids = NOT_COVERED_TOPICS.map((t) => t.id);
    expect(new Set(ids).size).to.equal(ids.length);
    for (const topic of NOT_COVERED_TOPICS) {
      expect(
        RULES.some((r) => r.id === topic.id),
        topic.id,
      ).to.equal(false);
      expect(topic.pointer, topic.id).to.match(/\w.*\.$/);
      expect(topic.phrasings.length, topic.id).to.be.at.least(10);
    }
  });

  it("leans to a topic about someone only when the message names them (other agencies' staff)", () => {
    const staff = NOT_COVERED_TOPICS.find((t) => t.id === 'not-covered-other-agency-staff')!;
    // Every way of asking it names them, so the gate never turns away the topic's own questions.
    for (const q of [staff.title, ...staff.phrasings]) expect(mayBeAbout(staff, q), q).to.equal(true);
    expect(mayBeAbout(staff, 'Our tiny YOT has hardly any high-risk cases: could the formula leave us with no PO?')).to.equal(false);
    // A topic without a gate may be about anything its lines come near.
    const ungated = NOT_COVERED_TOPICS.find((t) => !t.namedBy)!;
    expect(mayBeAbout(ungated, 'anything at all')).to.equal(true);
  });

  it('declines nearly all of its own off-framework phrasings (the wiring works end to end)', () => {
    const phrasings = NOT_COVERED_TOPICS.flatMap((t) => t.phrasings);
    const answered = phrasings.filter((q) => answerQuestion(q).section !== null);
    expect(answered.length / phrasings.length, answered.join(' | ')).to.be.at.most(0.1);
  });
});
