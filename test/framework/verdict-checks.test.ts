/**
 * Check questions as people type them (tags without apostrophes, "£5k", a duty put on the wrong
 * body), and the "Yes" a claim earns only when the closest rule sentence says all of it.
 */
import { expect } from 'chai';
import { answerQuestion } from '../../src/framework/answer';
import { questionForm } from '../../src/framework/question-form';
import { quantitiesIn } from '../../src/framework/figures';
import { configureAnswering } from '../../src/services/english-words';
import { verdictOf } from '../../scripts/qa-score';

/** The verdict the answer leads with, read as the round scorer reads it. */
const verdict = (q: string) => verdictOf(answerQuestion(q));

describe('check questions: tags, figures and bodies as typed, and "Yes" only for all of a claim', () => {
  before(() => configureAnswering());

  it('reads a tag typed without an apostrophe or a comma as a check, but not "Which PI is it?"', () => {
    expect(questionForm('governance board is chaired by the YJB isnt it')).to.equal('yes-no');
    expect(questionForm('The Governance Board doesnt meet more than once a year does it?')).to.equal('yes-no');
    expect(questionForm('I know there is a PI on sharing information with the police. Which PI is it?')).to.not.equal('yes-no');
    expect(questionForm('who pays for it and when does it?')).to.equal('who');
  });

  it('does not read a tag ("..., can\'t we?") as the claim denying itself', () => {
    expect(
      verdict(
        "Our director reckons the framework says the NPS could deal with all the causes of reoffending on its own. That is what it says, isn't it?",
      ),
    ).to.equal('no');
    expect(verdict("The CRC allocation arrangements in the framework still apply after 2021, don't they?")).to.equal('no');
  });

  it('reads "£5k" as £5,000, so a right figure is not called wrong', () => {
    expect(quantitiesIn('the £5k overhead, £4.5k or £5,000')).to.include.members(['5000 gbp', '4500 gbp']);
    expect(verdict("PSOs don't attract the £5k overhead contribution, do they?")).to.not.equal('no');
    expect(verdict('overhead contribution is £4k per PO secondee isnt it')).to.equal('no');
  });

  it('says No when a duty is put on the wrong body ("is the YOT responsible for ...?") or an "only" rules out what is included', () => {
    const story =
      "One of my PO secondees is going on maternity leave in the autumn. The YOT manager's view is that covering her post is down to the YOT. Is the YOT responsible for the maternity cover?";
    expect(verdict(story)).to.equal('no');
    expect(verdict('The £5,000 overhead contribution is paid for every secondee, PSOs included, right?')).to.equal('no');
    expect(verdict('The Governance Board doesnt meet more than once a year does it?'), 'it meets quarterly').to.equal('no');
  });

  it('says Yes when the closest rule sentence says every word of the claim, with no figure or role to agree on', () => {
    expect(verdict('Are secondee training needs meant to be recorded in the SPDR?')).to.equal('yes');
    expect(verdict('Do both the YOS and NPS have to keep a record of the training a secondee attends?')).to.equal('yes');
  });

  it('gives no Yes where the words agree but the claim does not: a choice, a number, a "still", an order, a "no", another body', () => {
    for (const q of [
      'Is it us or NPS that gives the secondee a laptop for getting onto NPS systems?',
      "It's section 38(1) of the Crime and Disorder Act that requires the named partners to co-operate to form a YOS, correct?",
      'Secondments to the YOS are capped at two years, right?',
      'still 20 cases per PO in YOTs right? thats what my old manager told me',
      'the YOT manager wants our new PO to start monday but her nps vetting hasnt come back yet. can she start at the yos before nps vetting is done?',
      'does this framework tell us how to actually do the transition to adult services? looking for the steps',
      'Is the YOT responsible for providing maternity cover for a secondee?',
    ]) {
      expect(verdict(q), q).to.not.equal('yes');
    }
  });

  it('reads a statement ending in "?" as a check when it makes a claim, not a topic typed with a "?"', () => {
    expect(verdict('lammy review in the framework list is the 2019 one?')).to.equal('no');
    expect(verdict('stage 5 reimbursement covers our unfilled fractional pso too?')).to.equal('no');
    expect(verdict('PI for supervising young offenders?')).to.equal('none');
    for (const q of [
      'PO secondee pay band?',
      'Can you give me the phone number for the London YOS lead?',
      'sick pay for secondee - nps rules or council rules?',
      'Wheer is the nearest train stiaton to the YOT?',
      'Whcih YOTs were in the half that sent in their caseload data back in 2019?',
    ]) {
      expect(questionForm(q), q).to.not.equal('yes-no');
    }
    expect(verdict("as portfolio lead is the vacancy tracker something I'm supposed to look at every board meeting?")).to.not.equal('no');
  });

  it('says No to another ceiling ("max 2 yrs"), another frequency ("every six months") and a doer after "by"', () => {
    expect(verdict('secondments are 2 yrs max yeah?')).to.equal('no');
    expect(verdict('My secondment is 2 years plus a 1-year extension, so 3 years max - is that right?')).to.not.equal('no');
    expect(verdict('three-way reviews with the secondee and their YOS manager are every six months, right?')).to.equal('no');
    expect(verdict('governance board is chaired by the YJB isnt it')).to.equal('no');
    expect(verdict("Secondees get vetted by the YOS before they start in post, don't they?")).to.equal('no');
  });

  it('weighs the roles of every close sentence: the escalation named after the first step is a Yes', () => {
    const story =
      'The YOT manager and I have been going back and forth about Saturday court, and it has been well over a month with no resolution. I think the next step is to take it to my Head of LDU and their Senior Manager of YOS to resolve. Is that the right escalation?';
    expect(verdict(story)).to.equal('yes');
  });

  it('gives no Yes to "only" one doer, and no No to a claim that something stops when the rule says it stops', () => {
    expect(
      verdict('Once my YOS manager has signed off my expenses, only NPS needs to keep the record of that authorisation — is that right?'),
    ).to.not.equal('yes');
    expect(
      verdict('so under probation reform all offender management goes to nps from 2021 and the crc arrangements wont apply anymore?'),
    ).to.not.equal('no');
    expect(verdict("Am I right the YOT manager provides the secondee's line management?")).to.equal('yes');
  });

  it("reads a claim against its clause with the words the answer leaves around it, but not the other country's aside", () => {
    // A list item with its introduction; a sentence opening "It" with the sentence it stands for; "does the framework say ...".
    expect(verdict('raising educational achievement is one of the YOT values in the framework isnt it')).to.equal('yes');
    expect(verdict('Am I right the Governance Board is made up of NPS, YJB and AYM?')).to.equal('yes');
    expect(
      verdict('Does the framework say the move from YOT to adult services should be as seamless as possible for the young person?'),
    ).to.equal('yes');
    expect(
      questionForm('Does the framework say that when a young person moves from YOT to adult services the move should be seamless?'),
    ).to.equal('yes-no');
    // "(in Wales, one nominated by the chief education officer)" says nothing of England; 10% agreeing is not 15 cases agreeing.
    expect(verdict('In England the education person on a YOT is nominated by the chief education officer, right?')).to.not.equal('yes');
    expect(verdict('The old funding model was 10% of caseload or 15 cases per PO, right?')).to.not.equal('yes');
  });

  it('takes no "No" from a denial of something the claim does not mention, and reads "only England, not Wales" as agreeing', () => {
    expect(verdict('Does the framework say all offender management transfers to the NPS from 2021 under probation reform?')).to.not.equal(
      'no',
    );
    expect(verdict('Is it right that this framework only covers NPS divisions in England, and not Wales?')).to.equal('yes');
    expect(verdict('Am I right in thinking this framework applies to the NPS divisions in England and not to Wales?')).to.equal('yes');
    expect(verdict('is it right this framework applies to all NPS divisions incl Wales?')).to.equal('no');
    expect(verdict("this framework doesn't cover Wales, does it?")).to.not.equal('no');
  });

  it('reads "Who ... so the recharge is right?" as a who question, never answered "Yes"', () => {
    expect(questionForm('Who do I have to give evidence of my travel and subsistence claims to so the recharge is right?')).to.equal('who');
    expect(verdict('Who do I have to give evidence of my travel and subsistence claims to so the recharge is right?')).to.equal('none');
  });

  it('says No to "still" the figures of a model the rule says was replaced, not to a figure kept', () => {
    expect(verdict("PO resource for YOTs is still 10% of caseload / 20 cases per PO isn't it?")).to.equal('no');
    expect(verdict('we still get resourced on 20 cases per PO / 10% of caseload, right?')).to.equal('no');
    expect(verdict('Is the minimum still 0.5 FTE of PO per YOT?')).to.equal('yes');
  });

  it('says No to another minimum, and reads a fragment after a check ("... does it? Just England?") with it', () => {
    expect(verdict('Under the revised formula, the minimum PO resource any YOT can get is 0.6 FTE, yes?')).to.equal('no');
    expect(verdict("The YJB doesn't cover Wales, does it? Just England?")).to.equal('no');
    expect(verdict('Before I submit my travel expenses on SOP I have to get them signed off first, right? By my link manager?')).to.equal(
      'no',
    );
    expect(questionForm('Once a dispute is escalated, the divisional SPOC has to be told - correct? Why?')).to.equal('other');
  });

  it('says No to the wrong signer, the wrong year a change took effect, and gives no Yes to a doer "on their own"', () => {
    expect(verdict("Final sign-off on this framework was done by Sarah Chand, wasn't it?")).to.equal('no');
    expect(verdict('final sign off on the framework was Sarah Chand as Exec Director of Probation, yes?')).to.equal('no');
    // The right way round, and an approval named before the sign-off, are not called wrong.
    expect(
      verdict(
        'Sarah Chand approved the framework and Sonia Flynn, as Executive Director of Probation, did the final sign-off. Have I got that the right way round?',
      ),
    ).to.not.equal('no');
    expect(
      verdict('Am I right that before final sign-off the framework was approved by Sarah Chand, as a Probation Divisional Director?'),
    ).to.not.equal('no');
    expect(verdict("Probation's statutory partner role in YOTs has sat with the NPS since 2015, hasn't it?")).to.equal('no');
    expect(verdict("the YOT manager completes the secondee's SPDR on their own, yeah?")).to.not.equal('yes');
  });
});
