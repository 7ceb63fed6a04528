import fs from 'node:fs';
import path from 'node:path';
import { expect } from 'chai';
import { answerQuestion } from '../../src/framework/answer';
import { withAskersRoleWhenAsked, withoutCheckedRole } from '../../src/framework/message-cues';
import { leadFor } from '../../src/framework/answer-lead';
import { questionForm } from '../../src/framework/question-form';
import { claimOf } from '../../src/framework/verdict';
import { frequenciesIn, quantitiesIn } from '../../src/framework/figures';
import { rolesIn } from '../../src/framework/answer-clauses';
import { ruleById } from '../../src/framework/rules';
import { configureAnswering } from '../../src/services/english-words';
import { verdictOf } from '../../scripts/qa-score';

const answerOf = (id: string): string => ruleById(id)!.answer;
const firstLine = (q: string): string => answerQuestion(q).general.split('\n\n')[0];

describe('answering the question asked (yes/no first, the deciding sentence first)', () => {
  before(() => configureAnswering());

  it('tells the form of a question by its last question', () => {
    expect(questionForm('Can a secondment last four years?')).to.equal('yes-no');
    expect(questionForm('The tracker goes in once a year, correct?')).to.equal('yes-no');
    expect(questionForm('We had one applicant, so we can appoint her, yes?')).to.equal('yes-no');
    expect(questionForm('As link manager, am I the first contact for disputes?')).to.equal('yes-no');
    expect(questionForm('I have a dispute. Who do I raise it with?')).to.equal('who');
    expect(questionForm('How long before a dispute is escalated?')).to.equal('when');
    expect(questionForm('What should an induction include?')).to.equal('other');
  });

  it('reads figures, frequencies and roles in words or digits', () => {
    expect(quantitiesIn('at most three years (2+1), a plan 6 months before, £5,000 per PO, 0.5 FTE')).to.include.members([
      '3 year',
      '6 month',
      '5000 gbp',
      '0.5 fte',
    ]);
    expect(frequenciesIn('submitted once a year')).to.deep.equal(['yearly']);
    expect(frequenciesIn('three-way reviews at least quarterly')).to.deep.equal(['quarterly']);
    expect(rolesIn('the NPS link manager and the Head of Local Delivery Unit')).to.have.members(['link manager', 'head of ldu']);
  });

  it('takes the claim from the last question, with the sentence before a bare "Is that right?"', () => {
    expect(claimOf('My manager is on leave. Secondments last five years. Is that right?')).to.equal(
      'Secondments last five years. Is that right?',
    );
    expect(claimOf('We met in March. Can my deputy attend the board instead of me?')).to.equal(
      'Can my deputy attend the board instead of me?',
    );
  });

  it('says a duty from a role\'s list with the role: "who" is answered by whose list it is on', () => {
    const portfolio = ruleById('portfolio-lead')!.answer;
    expect(leadFor('who reviews the recruitment vacancy tracker at board meetings?', portfolio)).to.equal(
      'In short: The NPS portfolio lead has the recruitment vacancy tracker reviewed at each board meeting.',
    );
  });

  it('says No, with the rule sentence that corrects it, when the question gets a figure wrong', () => {
    expect(leadFor('Can a secondment run for four years?', answerOf('secondment-length'))).to.equal('No.');
    expect(answerOf('secondment-length')).to.match(/^A YOS secondment lasts at most 3 years/);
    expect(leadFor('Disputes go to the Head of LDU if not settled within 14 days, right?', answerOf('dispute-resolution'))).to.match(
      /^No: .*28 days/,
    );
    expect(leadFor('The minimum PO resource for a YOT is 0.6 FTE, correct?', answerOf('po-resource'))).to.match(
      /^No: .*minimum of 0\.5 FTE/,
    );
  });

  it('says No when the question gets the frequency, the role or the country wrong', () => {
    // When the deciding sentence opens the rule's answer, the verdict alone leads.
    expect(leadFor('The Vacancy Tracker only goes to the NPS once a year, correct?', answerOf('vacancy-tracker'))).to.equal('No.');
    expect(answerOf('vacancy-tracker')).to.match(/^[^.]*quarterly/);
    expect(leadFor('My leave is approved by my NPS link manager, right?', answerOf('leave-approval'))).to.equal('No.');
    expect(answerOf('leave-approval')).to.match(/^The YOT manager \(YOS manager\) approves the secondee's leave/);
    expect(
      leadFor('This framework covers NPS divisions in England and Wales, doesn\u2019t it?'.replace('\u2019', "'"), answerOf('scope')),
    ).to.match(/^No: .*only to the NPS divisions in England/);
  });

  it('says No when the question does without what the rule requires, or claims what it denies', () => {
    expect(leadFor('Only one applicant, so we can skip the interview, yes?', answerOf('joint-recruitment'))).to.match(/^No[.:]/);
    expect(leadFor('Does the £5,000 overhead apply to PSOs?', answerOf('overhead-contribution'))).to.match(
      /^No: It does not apply to probation service officers/,
    );
    expect(leadFor('The NPS pays the overhead for PSOs as well as POs, yes?', answerOf('overhead-contribution'))).to.match(/^No[.:]/);
  });

  it('answers "X or Y?" with "Both" when the deciding sentence names both roles offered, and not when another sentence does', () => {
    expect(leadFor('first port of call for a dispute, link mgr or yot mgr?', answerOf('dispute-resolution'))).to.match(/^Both\b/);
    expect(leadFor('who fills in the vacancy tracker, the YOT manager or the Head of LDU?', answerOf('vacancy-tracker'))).to.match(
      /^Both\b/,
    );
    // T&S is signed off by the YOS manager alone, though a later sentence names the link manager too.
    expect(leadFor('who signs off T&S, the link manager or the YOS manager?', answerOf('travel-subsistence')) ?? '').to.not.match(
      /^Both\b/,
    );
  });

  it('reads an "only" as ruling out what is asked "too" when it limits the thing asked, not a condition on something else', () => {
    // "Saturday court only by agreement" conditions Saturday court: asked about, it is a No.
    expect(leadFor('Saturday court is one of their duties too, so I can just rota our PSO on, yes?', answerOf('pso-duties'))).to.match(
      /^No[.:]/,
    );
    // Asked only whether other work can be given too, the condition on Saturday court settles nothing.
    expect(leadFor('what do seconded PSOs do, and can I give them other duties too?', answerOf('pso-duties')) ?? '').to.not.match(/^No\b/);
    expect(answerOf('pso-duties')).to.contain('any other duties commensurate with the role');
  });

  it('says Yes only when the rule says all the question says', () => {
    expect(leadFor('Am I right that the NPS Portfolio Lead chairs the YOS Governance Board?', answerOf('governance-board'))).to.equal(
      'Yes.',
    );
    expect(answerOf('governance-board')).to.match(/^The YOS Governance Board \(YOGB\) is chaired by the NPS Portfolio lead/);
    // Agreeing on the figure is not agreeing with "pro rata for part-time POs".
    expect(leadFor('Is the £5,000 pro rata for part-time POs?', answerOf('overhead-contribution')) ?? '').not.to.match(/^(Yes|No)/);
    // Below a ceiling is not past it: "beyond two years" is within the 3-year maximum.
    expect(leadFor('Can my secondment be extended beyond two years?', answerOf('secondment-length')) ?? '').not.to.match(/^(Yes|No)/);
    // "X or Y?" asks which, not whether.
    expect(leadFor('Do low risk transition cases go to the NPS or the CRC?', answerOf('crc-interface')) ?? '').not.to.match(/^(Yes|No)/);
  });

  it('gives a verdict on the name a "who" question puts to check ("the one who ..., right?", "Is it X who ...?")', () => {
    expect(leadFor('My NPS link manager is the one who approves my annual leave, right?', answerOf('leave-approval'))).to.equal('No.');
    expect(leadFor('Is it the divisional SPOC who reports on vacancy management to the Governance Board?', answerOf('spoc'))).to.match(
      /^Yes[.:]/,
    );
    // Named but not the doer: "the link manager links with the YOT manager to complete the SPDR".
    expect(leadFor('The YOT manager is the one who completes the SPDR, yes?', answerOf('link-manager')) ?? '').not.to.match(/^Yes/);
    // A denial nearby does not settle who does something ("the cover must stay temporary, not employed").
    expect(
      leadFor('Is it the NPS SPOC who gives the YOT the business hub details?', answerOf('stage-4-temporary-worker')) ?? '',
    ).not.to.match(/^No/);
    // A plain "who" question still gets the sentence naming who, with no verdict.
    expect(leadFor('Who approves my annual leave?', answerOf('leave-approval')) ?? '').not.to.match(/^(Yes|No)/);
    // A duty on another role's list: No, with that duty (the role named in it, "a named link manager", is what it is about).
    expect(
      leadFor("is it the Portfolio Lead who has to make sure there's a named link manager for every secondee?", answerOf('head-of-ldu')),
    ).to.match(/^No: NPS Heads of Local Delivery Unit \(Head of LDU\) manage secondments [^;]*named NPS link manager/);
    expect(
      leadFor(
        "The Head of LDU is the one who has to make sure NPS commitments on safeguarding and CSE are met, isn't it?",
        answerOf('portfolio-lead'),
      ),
    ).to.match(/^No: The NPS portfolio lead makes sure NPS commitments/);
    // "Is it the link manager who ...?" is settled by the sentence naming a role, not by the one naming the body that funds it.
    expect(leadFor('is it the link manager who signs off T&S claims?', answerOf('travel-subsistence'))).to.match(
      /^No: .*signed off by the YOS manager/,
    );
    // A sentence opened by another role that names the one asked outside brackets has two doers: no No.
    expect(leadFor('Is it the Head of LDU who has to get the Vacancy Tracker completed?', answerOf('vacancy-tracker')) ?? '').not.to.match(
      /^No/,
    );
    expect(
      leadFor("It's the YOT manager who reports on vacancy management to the Governance Board, is that correct?", answerOf('spoc')),
    ).to.match(/^No/);
    // "I'm the one who ..." names no one to check, unless the asker gives their role.
    expect(
      leadFor(
        "Just checking: line management sits with the YOT manager, but I'm the one who links with them to complete her SPDR?",
        answerOf('link-manager'),
      ) ?? '',
    ).not.to.match(/^No/);
  });

  it('matches a "who" check on the duty, not on the role it puts to the test', () => {
    expect(withoutCheckedRole("reporting on vacancy management is the portfolio lead's job, true?")).to.equal(
      "reporting on vacancy management is someone's job, true?",
    );
    expect(withoutCheckedRole('Is it the SPOC who reports on vacancies?')).to.equal('Is it someone who reports on vacancies?');
    expect(withoutCheckedRole('The link manager approves leave, right?')).to.equal('The link manager approves leave, right?');
    const q =
      "SPOC here - my colleague says reporting on vacancy management to the Governance Board is the portfolio lead's job, not mine. true?";
    expect(answerQuestion(q).ruleId).to.equal('spoc');
  });

  it('puts the figure first for "how long" and the role first for "who"', () => {
    expect(firstLine('How long do we have to sort out a dispute before it is escalated?')).to.match(/^In short: .*28 days/);
    expect(firstLine('who has to sign off my travel expenses before I submit them?')).to.match(/YOS manager/);
  });

  it('a disagreement told with "what is the next step?" is answered from the dispute rule, whatever it is about', () => {
    const a = answerQuestion(
      'The YOT manager and I have been going round in circles for five weeks over whether our PSO covers Saturday court. What is the next step?',
    );
    expect(a.section).to.equal('9.1');
    expect(a.answer).to.match(/28 days/);
    // Without the disagreement, Saturday court is Saturday court.
    expect(answerQuestion('Does our PSO have to cover Saturday court?').section).to.equal('5.3');
    // "Who should this go to now?" asks for the next step too, even when the words lean elsewhere.
    const story =
      'Six weeks ago I raised a disagreement with our link manager about how many high-risk cases the secondee should hold. Two meetings on, we are still miles apart. Who should this go to now?';
    expect(answerQuestion(story).section).to.equal('9.1');
  });

  it("answers keeping secondees in touch with the NPS from the link manager's duties, and who the law says a YOT must include from 2.1", () => {
    const touch = answerQuestion("How do I stop my secondees losing touch with what's happening in the NPS while they're at the YOT?");
    expect(touch.ruleId).to.equal('link-manager');
    expect(touch.answer).to.match(/bulletins/);
    const law = answerQuestion(
      'Ours has a PO, a police officer and a social worker but nobody from health. The law only requires those three, right?',
    );
    expect(law.section).to.equal('2.1');
  });

  it('names who attends when the rule that answers "by when" names nobody (the return meeting\'s three beside the secondment\'s length)', () => {
    const q =
      "I manage two secondees: Priya began on 1 February 2023 and Tom has been at his YOT since 2021 on an extension. By when do I hold Priya's return-planning meeting, and who has to be at it?";
    const a = answerQuestion(q);
    expect(a.ruleIds).to.include('return-meeting');
    expect(a.answer).to.match(/YOS manager, the NPS link manager and the secondee/);
  });

  it('names who makes sure something happens from the rule that says so, beside the rule that says what it is', () => {
    const a = answerQuestion('What must an induction for a secondee include, and who makes sure it happens?');
    expect(a.section).to.equal('8');
    expect(a.ruleIds).to.include('induction-duty');
    expect(a.answer).to.match(/Also, from section 5\.3: The YOT manager makes sure secondees have an induction/);
  });

  it('reads "how long-term sickness is handled" as asking how, not for a length of time', () => {
    const a = answerQuestion(
      'Our secondee has been off with stress for ten weeks, no return date on the fit note. How does long-term sickness like this get handled, and who decides?',
    );
    expect(a.section).to.equal('5.6');
    expect(answerQuestion('What does the framework say about how long-term sickness like this gets handled?').section).to.equal('5.6');
  });

  it('does not decline a question for the story around it: a journey told is no question about mileage rates', () => {
    const a = answerQuestion(
      "I'm a seconded PO. Next week I'm taking the train to a secure unit about 80 miles away, and I'll buy lunch on the way. I've never claimed expenses on secondment. What's the process, and does anyone at the YOT have to see it first?",
    );
    // Answered from the claim rules (5.4's sign-off, or 5.3's evidence for the YOS and link manager), not declined.
    expect(a.section).to.be.oneOf(['5.4', '5.3']);
    expect(a.answer).to.match(/claim/i);
    // Asked outright, the rate is still declined with its pointer.
    expect(answerQuestion('what mileage rate do I get for driving to a secure unit 80 miles away?').section).to.equal(null);
  });

  it("keeps the asker's role as the topic only when they ask about their own part", () => {
    expect(withAskersRoleWhenAsked("I'm the portfolio lead. What am I responsible for on safeguarding?")).to.contain('the portfolio lead');
    expect(withAskersRoleWhenAsked("I'm the portfolio lead. What am I responsible for on safeguarding?")).not.to.match(
      /I'm the portfolio lead/,
    );
    // A story told by a Head of LDU about something else keeps the role as context (folded away later).
    expect(withAskersRoleWhenAsked('As Head of LDU, when must the vacancy tracker go in?')).to.equal(
      'As Head of LDU, when must the vacancy tracker go in?',
    );
    expect(answerQuestion("What am I personally on the hook for re safeguarding? I'm the portfolio lead").ruleId).to.equal(
      'portfolio-lead',
    );
    // "What does it put on me" asks about the asker's part too; "a form for me" does not.
    expect(answerQuestion("I'm the portfolio lead - what exactly does the framework put on me personally?").ruleId).to.equal(
      'portfolio-lead',
    );
    expect(withAskersRoleWhenAsked('As the link manager, is there a form for me to fill in?')).to.match(/^As the link manager/);
  });

  it('leads the whole answer with the verdict and keeps the rule text after it', () => {
    const a = answerQuestion('Secondments to a YOT can last up to five years, is that right?');
    expect(a.section).to.equal('5.4');
    expect(a.general).to.match(/No\.\n\nA YOS secondment lasts at most 3 years/);
    expect(a.general).to.include(answerOf('secondment-length'));
  });
  it('says "No" only for a denial about what the question asks, and not for figures the answer states together elsewhere', () => {
    const verdict = (q: string) => verdictOf(answerQuestion(q));
    // "The cover must stay temporary, not employed" says nothing about who vets a stage 4 temp.
    expect(verdict("If we bring in our own temp at Stage 4, am I right that it's down to us at the YOS to vet them?")).to.equal('none');
    // A question saying the arrangements stop is not contradicted by "will then no longer apply".
    expect(
      verdict(
        'Under probation reform all offender management moves to the NPS from 2021, so the CRC arrangements stop applying after that, correct?',
      ),
    ).to.equal('none');
    expect(verdict('Is the PSO part of the allocation 0.3 FTE, based on about 1.7 days a week of extra duties?')).to.equal('none');
    // Still "No": keeping the cover on permanently; a wrong floor; the arrangements staying for good.
    expect(verdict('May the temporary cover arranged under the staged process be taken on as a permanent employee?')).to.equal('no');
    expect(verdict("The floor for PO resource in any YOT is 0.6 FTE, isn't it?")).to.equal('no');
    expect(verdict('Are the CRC arrangements described in the framework going to stay in place long term?')).to.equal('no');
  });

  it('gives no "In short" lead that opens with a bare "They" (whose?)', () => {
    const linkManager = ruleById('link-manager')!.answer;
    const lead = leadFor('Does the link manager have to keep in contact with my YOS manager, and how often?', linkManager);
    expect(lead ?? '').to.not.match(/^In short: They\b/);
    expect(linkManager).to.match(/\. They: keep in contact/);
    // Nor "They: … make sure": a list introduced by "They" is said with the role the sentence before names.
    expect(lead ?? '').to.not.match(/^In short: They: …/);
    expect(leadFor('does my link manager have to send me the NPS bulletins and training events?', linkManager)).to.match(
      /^In short: The NPS link manager: … make sure the secondee gets NPS information/,
    );
  });

  it('says a later item of a list with the words introducing the list, never as a bare "And ..."', () => {
    expect(firstLine('victim liaison unit needs a contact at the yot for a VCS eligible case - who should that be?')).to.equal(
      "In short: A seconded probation officer's (PO's) specialist duties (section 5.3) include … acting as the point of contact for NPS Victim Liaison Units on cases eligible for Victim Contact Service (VCS) involvement.",
    );
    expect(leadFor('Which PI covers information sharing between police and probation?', answerOf('probation-instructions'))).to.equal(
      'In short: The PIs the framework lists as relevant to working with children are: … PI 21/10 Information sharing agreement between police and probation.',
    );
    // An item of a list in brackets is said with what the brackets list (the divisional YOS leads among the board's members).
    expect(answerQuestion('Mark Burden is the NPS Midlands YOS lead, isn’t he?').general).to.match(
      /^No: The NPS divisional YOS leads: … Mark Burden, South East and Eastern/,
    );
    const leads = ['qa-examples.json', 'qa-round-89.json', 'qa-round-93.json', 'qa-round-94.json', 'qa-round-100.json', 'qa-round-102.json']
      .flatMap((f) => JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', '..', 'test', 'fixtures', f), 'utf8')) as { q: string }[])
      .map((x) => firstLine(x.q));
    expect(leads.filter((l) => /^(?:In short|Yes|No): (?:and|or)\b/i.test(l))).to.deep.equal([]);
    // Nor half an aside in brackets: "(the NPS SPOC gives the business hub details" or "Patsy Wollaston, London)".
    expect(leads.filter((l) => /^(?:In short|Yes|No):/.test(l) && l.split('(').length !== l.split(')').length)).to.deep.equal([]);
  });

  it('reads "I\'m a PSO secondee, am I meant to ...?" as asking about a PSO\'s part, not as context', () => {
    expect(withAskersRoleWhenAsked("I'm a PSO secondee, am I meant to be holding the high risk / MAPPA cases too?")).to.match(
      /^the PSO secondee/,
    );
    expect(answerQuestion("I'm a PSO secondee, am I meant to be holding the high risk / MAPPA cases too?").section).to.equal('5.3');
    // A PSO's story about something else keeps the role as context.
    expect(withAskersRoleWhenAsked("I'm a PSO secondee. When is my return plan due?")).to.match(/^I'm a PSO secondee/);
  });
});
