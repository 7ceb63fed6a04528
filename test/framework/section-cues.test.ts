/**
 * Section cues (src/framework/message-cues.ts): a fact one section states and another restates in
 * part is answered from the section that states it, whatever else the message's words say.
 */
import { expect } from 'chai';
import { answerQuestion } from '../../src/framework/answer';
import { CueText } from '../../src/framework/cue-patterns';
import { SECTION_CUES } from '../../src/framework/section-cues';
import { ruleById } from '../../src/framework/rules';
import { configureAnswering } from '../../src/services/english-words';

describe('section cues (no I/O)', () => {
  before(() => configureAnswering());

  it("answers who tells the CRC, and when a transition case's provider is decided, from 5.2; the PO's part stays 5.3's", () => {
    const when = answerQuestion('At what point is the case allocation system applied for a young person moving to adult services?');
    expect(when.section).to.equal('5.2');
    expect(when.answer).to.match(/case allocation system prior to the point of transition/);
    const who = answerQuestion("Is it the seconded PO's job to let the CRC know that a transition case is being allocated to them?");
    expect(who.section).to.equal('5.2');
    expect(who.answer).to.contain('the NPS is responsible for informing the CRC');
    expect(answerQuestion('Who holds the transition cases at the YOT?').section).to.equal('5.3');
  });

  it('answers what an induction should include, release for mandatory training and who monitors performance from 8', () => {
    expect(answerQuestion('induction for new secondees - what should it cover?').section).to.equal('8');
    const monitoring = answerQuestion("Who is ultimately accountable for a secondee's capability, the YOS or NPS?");
    expect(monitoring.section).to.equal('8');
    expect(monitoring.answer).to.match(/YOS keeps overall responsibility for monitoring/);
    expect(answerQuestion('What kinds of training might secondees need while in the YOS?').section).to.equal('8');
    // Who makes sure there is an induction is the YOT manager's duty (5.3).
    expect(answerQuestion('Who makes sure a new secondee gets an induction?').section).to.equal('5.3');
  });

  it("answers the Joint National Protocol's version from 3, who reviews the tracker at each board from 5.3, no applicants from 5.5", () => {
    const protocol = answerQuestion("What's the EQuIP document number for the Joint National Protocol for Transitions?");
    expect(protocol.section).to.equal('3');
    expect(protocol.answer).to.contain('EQuIP Doc 427');
    expect(answerQuestion('Which transitions protocol do we follow?').section).to.equal('1.1');
    expect(answerQuestion('How often should the recruitment vacancy tracker be reviewed at board level?').section).to.equal('5.3');
    expect(answerQuestion('When is the vacancy tracker due?').section).to.equal('5.5');
    expect(answerQuestion('Nobody applied for our PO secondee post. What are the first steps NPS takes?').section).to.equal('5.5');
    // Which PI covers a topic is 3's list, except offender travel (5.4's own PI); the board's terms of reference are 9.1's.
    expect(answerQuestion('Which NPS instruction covers safeguarding children? I need the number.').section).to.equal('3');
    expect(answerQuestion('which PI for offender travel').section).to.equal('5.4');
    expect(
      answerQuestion("If I want the Governance Board's terms of reference I just ask the divisional SPOC, is that right?").section,
    ).to.equal('9.1');
    // Someone going to the local YOS management board in the Head of LDU's place: 2.3's deputy, whatever the out-of-scope local board rule says.
    const deputy = answerQuestion(
      "I'm going on extended leave for three months. The YOS management board meets every month and I'd like one of my senior probation officers to go in my place. Is that OK under the framework?",
    );
    expect(deputy.section).to.equal('2.3');
    expect(deputy.answer).to.contain('deputy with delegated authority');
    expect(answerQuestion('What does the link manager have to sort out to get a secondee ready to come back to the NPS?').section).to.equal(
      '5.3',
    );
    expect(answerQuestion('who put together the very first template for this framework?').answer).to.contain('Joseph Sugden');
    expect(answerQuestion('approval box - who approved it??').answer).to.contain('Sarah Chand');
    expect(answerQuestion('what % of yots sent in caseload data in 2019').answer).to.contain('50% of YOTs');
    // The framework's own document reference, whether the CRC arrangements outlast the reforms, and what the framework is for.
    expect(answerQuestion('Could you confirm the document reference number of the NPS partnership framework for YOS?').answer).to.contain(
      'NPS-BDC-SITOS01',
    );
    expect(answerQuestion('ref no for the yos partnership framework doc??').answer).to.contain('NPS-BDC-SITOS01');
    expect(answerQuestion('Will the CRC hand-over arrangements with the YOS carry on after probation reform?').section).to.equal('5.2');
    expect(
      answerQuestion('What does the framework state about the balance between national consistency and divisional discretion?').section,
    ).to.equal('1.1');
    // "ASB" is the Anti-social Behaviour Act's.
    expect(answerQuestion('asb act sections that yots have functions under?').section).to.equal('2.2');
  });

  it("answers how a young person's move to adult services should feel, and what the partnership aims for them, from 1.3", () => {
    const anxious = answerQuestion(
      "I've got a lad moving from the YOT to adult services next month and he's really anxious about it. What does the framework say?",
    );
    expect(anxious.section).to.equal('1.3');
    expect(anxious.answer).to.match(/as seamless as possible/);
    // What the partnership is trying to achieve for the young person is 1.3's aim (desisting) ...
    const aim = answerQuestion('What are we trying to achieve for the young person through this partnership?');
    expect(aim.section).to.equal('1.3');
    expect(aim.answer).to.match(/desist from offending/);
    // ... but the partnership between the NPS and YOS, named as such, is the NPS's purpose (1).
    expect(
      answerQuestion('What is the partnership between the NPS and youth offending services supposed to achieve for young people?').section,
    ).to.equal('1');
  });

  it("answers from the document history which version brought what, whatever the topic's own section", () => {
    const wales = answerQuestion('which version of the doc first put the wales stuff in?');
    expect(wales.section).to.equal('front');
    expect(wales.answer).to.contain('V0.6 (12.8.15) the HMPPS Wales content');
    expect(answerQuestion('when was the crc interface bit added to the doc?').answer).to.contain(
      'V0.3 (20.7.15) population and the CRC interface',
    );
  });

  it('answers when offender management moves to the NPS and who may supervise after a DTO from 5.2', () => {
    const reform = answerQuestion('when does offender management all go over to the NPS?');
    expect(reform.section).to.equal('5.2');
    expect(reform.answer).to.contain('2021');
    const pss = answerQuestion('Lad on a DTO turns 18 before release - who can supervise him on post-sentence supervision?');
    expect(pss.section).to.equal('5.2');
    expect(pss.answer).to.contain('Offender Rehabilitation Act 2014');
  });

  it("answers who deals with a secondee's sickness from 5.6, unless someone else's sickness is only the story", () => {
    const sick = answerQuestion('My PSO secondee is off sick again - who is meant to deal with it?');
    expect(sick.section).to.equal('5.6');
    expect(sick.answer).to.match(/managed locally/);
    expect(answerQuestion('Who records special leave when my secondee is off sick?').section).to.equal('5.3');
    const story = answerQuestion(
      'The duty officer is off sick and a 17-year-old care leaver is moving to adult services next week. Who at the YOT should be handling his transition?',
    );
    expect(story.section).to.not.equal('5.6');
  });

  it('answers who wrote the framework from its front page, and when the NPS became a statutory partner from 1.2', () => {
    const author = answerQuestion('Who is the author of this framework document?');
    expect(author.section).to.equal('front');
    expect(author.answer).to.contain('Becky Hart');
    // "authority" is not "author".
    expect(answerQuestion('Which local authority leads on youth justice services under the framework?').section).to.not.equal('front');
    const partner = answerQuestion('Since when has the NPS been the statutory partner for probation in a YOS? Was it 2014?');
    expect(partner.section).to.equal('1.2');
    expect(partner.answer).to.contain('1 June 2014');
  });

  it("answers what comes after stage 4 from stage 5, and a link manager's least contact from the quarterly three-way reviews", () => {
    const after = answerQuestion("We've been at stage 4 for a while with no temp found. What are we entitled to next?");
    expect(after.section).to.equal('5.5');
    expect(after.answer).to.match(/reimburse/);
    const contact = answerQuestion('As a link manager, how often must I at least meet my secondees and their YOT managers?');
    expect(contact.section).to.equal('5.3');
    expect(contact.answer).to.match(/at least quarterly/);
  });

  it("answers a meeting about a secondment's end from 5.4's return meeting, and extending one from its three-year limit", () => {
    const meeting = answerQuestion(
      'My secondee started in January 2023 on the usual term. The YOS manager and I have not talked about the end yet. When do we all have to sit down together and what is the meeting for?',
    );
    expect(meeting.section).to.equal('5.4');
    expect(meeting.answer).to.match(/replacement/);
    const extend = answerQuestion('The YOT wants to extend our secondee for another two years after her third. Can we?');
    expect(extend.section).to.equal('5.4');
    expect(extend.answer).to.match(/3 years|three years/);
    // The quarterly reviews stay 5.3's.
    expect(answerQuestion('How often are the three-way reviews with the secondee and YOT manager?').section).to.equal('5.3');
  });

  it("answers what a seconded PO or PSO does from their duties in 5.3, and a newcomer to the link manager role from the link manager's", () => {
    const po = answerQuestion('seconded po main duties?');
    expect(po.section).to.equal('5.3');
    expect(po.answer).to.match(/MAPPA/);
    const pso = answerQuestion('What duties can we give our seconded PSO?');
    expect(pso.section).to.equal('5.3');
    expect(pso.answer).to.match(/office duty/);
    // PSO time in the formula stays 5.1's.
    expect(answerQuestion('How much PSO time does the formula give for the extra duties?').section).to.equal('5.1');
    const newcomer = answerQuestion(
      'I have been asked to take on being link manager for three secondees with no handover. What am I meant to be doing for them?',
    );
    expect(newcomer.section).to.equal('5.3');
    expect(newcomer.answer).to.match(/primary link/);
  });

  it("answers a secondee's work falling short from the link manager's part under the PIs, and Wales from 1.1", () => {
    const behind = answerQuestion(
      'I manage a YOT and one secondee has fallen badly behind on her recording. I line manage her day to day but she is NPS staff. Who on the NPS side should deal with this with me, and on what basis?',
    );
    expect(behind.section).to.equal('5.3');
    expect(behind.answer).to.match(/Probation Instructions/);
    const wales = answerQuestion('We are a YOT in Swansea. Does this document actually cover us?');
    expect(wales.section).to.equal('1.1');
    expect(wales.answer).to.match(/England/);
  });

  it('answers getting onto NPS systems for background checks from the PO duties in 5.3, not vetting', () => {
    const systems = answerQuestion(
      "Will I still be able to get onto NPS systems to run background checks when I'm based in the YOT office?",
    );
    expect(systems.ruleId).to.equal('po-nps-links');
    expect(systems.answer).to.match(/on-site access to NPS IT/);
    // A background check of the secondee before they start is vetting.
    expect(answerQuestion('Do secondees need background checks before they start at the YOT?').ruleId).to.equal('vetting');
  });

  it('answers who looks over the tracker at each board from the portfolio lead, and a person asked after a story about the violence figures from 9.1', () => {
    expect(answerQuestion("Who's supposed to look over the Recruitment Vacancy Tracker at each Board meeting?").ruleId).to.equal(
      'portfolio-lead',
    );
    const person = answerQuestion(
      "I want to raise the serious youth violence figures with the YJB person on the national board who covers innovation and engagement for the North West. Who is she and what's her email address?",
    );
    expect(person.section).to.equal('9.1');
    expect(person.answer).to.contain('susan.walker@yjb.gov.uk');
    // Where the figures come from is still 5.1's.
    expect(answerQuestion('Where do the serious youth violence figures in the formula come from?').section).to.equal('5.1');
  });

  it("answers cover for a secondee off sick from 5.6's sickness rule, and who sees every secondee has a named link manager from the Head of LDU's duties", () => {
    const flu = answerQuestion('My secondee has had flu for ten days. Does that mean we start the staged process for cover?');
    expect(flu.ruleId).to.equal('sickness-cover');
    expect(flu.answer).to.contain('Staff sickness is managed locally');
    // "Off three months with stress" is sickness too, and "what are we doing about cover?" asks for it.
    const stress = answerQuestion(
      'Our PO secondee has been off three months with stress. The YOT manager asked what we are doing about cover and wants an agency worker in right away. Who decides?',
    );
    expect(stress.ruleId).to.equal('sickness-cover');
    // Maternity cover keeps its own rule.
    expect(answerQuestion('Our PO is going on maternity leave, do we start the staged process for cover?').ruleId).to.equal(
      'maternity-cover',
    );
    const named = answerQuestion('Whose job is it to make sure each secondee is given a named NPS link manager?');
    expect(named.section).to.equal('5.3');
    expect(named.answer).to.contain('NPS Heads of Local Delivery Unit');
  });

  it('answers a post nobody can fill "what next?" from 5.5\'s stages, how a performance concern is handled from 5.3, and the framework\'s reference number from the front matter', () => {
    const next = answerQuestion('Our PO left in March and the NPS says it cannot release anyone to replace her. What should happen next?');
    expect(next.ruleId).to.equal('recruitment-stages');
    // Handling a performance concern is 5.3's; who is ultimately accountable for capability stays 8's.
    expect(
      answerQuestion('How should a performance problem be handled when the YOT wants to use its own capability process for our secondee?')
        .ruleId,
    ).to.equal('performance-matters');
    expect(answerQuestion("Who is ultimately accountable for a secondee's capability, the YOS or NPS?").section).to.equal('8');
    expect(answerQuestion("What's the reference number of this framework, and is it on EQuIP?").section).to.equal('front');
    expect(answerQuestion("What's the EQuIP document number for the Joint National Protocol for Transitions?").section).to.equal('3');
  });

  it('answers a disagreement\'s next step from 9.1, whatever the disagreement is about, and "who decides what work" as who allocates it', () => {
    const next = answerQuestion(
      "We've had a disagreement with the NPS about who pays for a secondee's training course for six weeks now. What now?",
    );
    expect(next.ruleId).to.equal('dispute-resolution');
    expect(answerQuestion('Who decides what cases and work a secondee is given day to day?').section).to.equal('5.3');
  });

  it("answers where the Probation Instructions are kept from 3, and which Act covers a service on 38(4)'s list from 2.2", () => {
    expect(answerQuestion('where does probation keep its instructions?').ruleId).to.equal('probation-instructions');
    expect(answerQuestion('which law covers remanding children to local authority accommodation?').section).to.equal('2.2');
    // Which Act sets up YOTs stays 2.1's.
    expect(answerQuestion('which act sets up youth offending teams?').section).to.equal('2.1');
  });

  it("points questions about other agencies' staff in the YOT to their employers, while who the Act says a YOT must include stays 2.1's", () => {
    const police = answerQuestion('Does the police officer based at our YOT get an appraisal from the NPS?');
    expect(police.section).to.equal(null);
    expect(police.answer).to.contain('set by their own employing agencies');
    expect(answerQuestion('Does the law say a YOT must have a police officer?').section).to.equal('2.1');
    expect(answerQuestion('Who provides the probation officer seconded to our YOT?').section).to.not.equal(null);
  });

  it("points a CRC's own internal practice to the CRC, while who tells the CRC about a case stays 5.2's", () => {
    for (const q of [
      'How does a CRC decide internally which of its own officers takes a case?',
      'which of their own teams does the CRC give a transition case to?',
    ]) {
      const a = answerQuestion(q);
      expect(a.section, q).to.equal(null);
      expect(a.answer, q).to.contain("the CRC's own practice");
    }
    expect(answerQuestion('who tells the CRC when a transition case is allocated to it?').section).to.equal('5.2');
  });

  it('leaves alone the neighbours a cue must not claim', () => {
    const cueFor = (q: string) => SECTION_CUES.find((c) => c.asks.test(new CueText(q)))?.ruleId;
    // A person covering Wales is not the document covering it; an assessment score is not a PO's
    // duties; what the NPS commits to about the provider is 2.3's commitment, not 5.2's procedure.
    expect(cueFor('Who covers Wales as YOS lead on the Governance Board?')).to.not.equal('scope');
    expect(cueFor('Which OASys score means a case is high risk enough for the seconded PO to hold?')).to.not.equal('po-duties');
    expect(cueFor('What does the NPS commit to about which probation provider takes a young person on?')).to.not.equal('crc-interface');
    expect(cueFor('What is the day rate for an agency PO at stage 2?')).to.equal(undefined);
    // "Cover" as in "include": the list of youth justice services, not sickness cover.
    expect(cueFor("The duty officer is off sick; does the Act's list of youth justice services cover appropriate adults?")).to.not.equal(
      'sickness-cover',
    );
    // Released from custody is not released for training; TUPE in a reform is HR's, not 5.2's.
    expect(cueFor('He will be released from custody at 18: which training covers that supervision?')).to.not.equal('training-records');
    expect(cueFor('Does TUPE apply to secondees when offender management moves to the NPS?')).to.not.equal('crc-interface');
    // "No longer apply" is no applicant; a secure training centre and an SPDR to complete are no training record.
    expect(cueFor('NPS procedures no longer apply to secondees at the YOT, right?')).to.not.equal('no-applicants');
    expect(cueFor('I claimed mileage for a trip to a secure training centre: is the sign-off recorded?')).to.not.equal('training-records');
    expect(cueFor('Who completes the SPDR? She wants her courses recorded properly.')).to.not.equal('training-records');
    // Getting a ViSOR account is a local IT matter, not which PI makes ViSOR mandatory.
    expect(cueFor('How do I get a ViSOR account set up on the YOT computers?')).to.not.equal('probation-instructions');
    // The Governance Board's membership is 9.1's, not who a YOT must include.
    expect(cueFor('Which organisations make up the membership of the YOS Governance Board?')).to.not.equal('yot-membership');
    // Asking who one's own link manager is, not who sees there is one.
    expect(cueFor("I haven't been told who my named link manager is, who do I ask?")).to.not.equal('head-of-ldu');
  });

  it('every section cue names a framework rule', () => {
    for (const cue of SECTION_CUES) expect(ruleById(cue.ruleId)?.section ?? null, cue.ruleId).to.not.equal(null);
  });
});
