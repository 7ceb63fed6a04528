import { expect } from 'chai';
import { answerQuestion } from '../../src/framework/answer';
import { ruleById } from '../../src/framework/rules';
import { configureAnswering } from '../../src/services/english-words';

describe('rules answered besides the main one (no I/O)', () => {
  before(() => configureAnswering());

  it('adds no rule whose text the main rule already says ("Also, from section 9.1" repeating the dispute chain)', () => {
    const a = answerQuestion("If NPS and the YOS fall out over something in the framework, what's the escalation ladder step by step?");
    expect(a.ruleId).to.equal('dispute-resolution');
    expect(a.answer).to.not.match(/Also, from section/);
    // The SPOC's rule says the same chain again, from the SPOC's side: nothing the main rule leaves out.
    expect(ruleById('spoc-escalated-disputes')!.answer).to.contain('28 days');
  });

  it('still adds a rule of the same section that says something new (stage 4 beside the staged process)', () => {
    const a = answerQuestion('what are the recruitment stages for an unfilled yot post?');
    expect(a.ruleIds).to.deep.equal(['recruitment-stages', 'stage-4-temporary-worker']);
    expect(a.answer).to.match(/Also, from section 5\.5:/);
  });

  it('answers both of two questions when the best match straddles them and a rule of the same section answers the first', () => {
    const a = answerQuestion('must there be an interview when only one candidate applies? and what if there are no applicants?');
    expect(a.ruleIds).to.include.members(['no-applicants', 'joint-recruitment']);
    expect(a.answer).to.match(/Regardless of the number of candidates/);
    // A single question is not split: the return plan's story keeps its own section's rule beside it.
    expect(answerQuestion('How long can a YOS secondment last?').ruleIds).to.not.include('joint-recruitment');
  });

  it("answers a Welsh YOT's transitions from 1.1 and 6 together, whichever leads", () => {
    for (const q of [
      'transitions guidance for welsh yots?',
      'In Wales transitions go to the CRC under the Joint National Protocol same as England right?',
    ]) {
      const a = answerQuestion(q);
      expect([...a.ruleIds].sort(), q).to.deep.equal(['transitions-guidance', 'wales-policy']);
      expect(a.answer).to.contain('Welsh Transitions protocol');
      expect(a.answer).to.contain('(IOM) Cymru');
    }
    // Led by 6's HMPPS in Wales rule, the Welsh Transitions protocol comes too.
    expect(answerQuestion('Our YOT is in Wales: which transitions protocol do we use?').answer).to.contain('Welsh Transitions protocol');
    // Transitions without Wales, or Wales without transitions, bring no companion.
    expect(answerQuestion('what does the framework say about transitions?').ruleIds).to.not.include('wales-policy');
  });

  it("adds section 6's Welsh rules beside another section's answer only when the message names Wales", () => {
    const english = answerQuestion(
      "I'm a seconded PO. My case turns 18 soon and the YOT worker says the handover is hers and I just sign at the end. What's my part in a transition case?",
    );
    expect(english.section).to.equal('5.3');
    expect(english.sections).to.not.include('6');
    const welsh = answerQuestion("I'm a seconded PO in a Welsh YOT. What's my part in a transition case?");
    expect(welsh.sections).to.include('6');
  });
});
