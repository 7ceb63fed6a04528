/**
 * More section cues (src/framework/section-cues.ts), from the ninth pass's study rounds: a fact one
 * section states and a neighbour restates in part, or a story whose words lean elsewhere, answered
 * from the section that states it.
 */
import { expect } from 'chai';
import { answerQuestion } from '../../src/framework/answer';
import { configureAnswering } from '../../src/services/english-words';

describe('section cues between neighbouring sections (no I/O)', () => {
  before(() => configureAnswering());
  it('answers where a dispute about the framework goes from 9.1, not the distribution list; whom the framework went to stays the front page', () => {
    expect(answerQuestion('Disputes about how the framework is applied go straight to the Youth Justice Board, correct?').section).to.equal(
      '9.1',
    );
    expect(answerQuestion('Who was the framework sent to - did it go to the YJB?').section).to.equal('front');
  });

  it('answers how often a link manager sees the secondee from the three-way reviews (at least quarterly), not the SPDR', () => {
    const contact = answerQuestion('Is once a year at appraisal time enough contact with my secondee?');
    expect(contact.ruleId).to.equal('three-way-reviews');
    expect(contact.answer).to.match(/at least quarterly/);
    expect(answerQuestion('Who completes the SPDR for a secondee?').ruleId).to.equal('spdr');
  });

  it("answers a secondee following only the YOT's procedures, not the NPS PIs, from 3; the tracker looked at each board from 5.3", () => {
    const pis = answerQuestion("She thinks she only needs to follow the YOT's procedures now and can ignore the NPS PIs - right?");
    expect(pis.section).to.equal('3');
    expect(pis.answer).to.match(/must be familiar with the Probation Instructions/);
    expect(answerQuestion('How often do we look at the vacancy tracker at board level?').ruleId).to.equal('portfolio-lead');
    expect(answerQuestion("Induction - what's incl?").section).to.equal('8');
  });

  it("answers a PSO holding high-risk or MAPPA cases from the PSO's duties, and who holds them from the PO's (both 5.3)", () => {
    const pso = answerQuestion('As a PSO secondee will I be holding MAPPA cases?');
    expect(pso.ruleId).to.equal('pso-duties');
    expect(pso.answer).to.match(/case management support/);
    const who = answerQuestion('Who case manages the high risk cases in the YOT?');
    expect(who.ruleId).to.equal('po-duties');
    expect(who.answer).to.match(/case management of high risk/);
  });

  it("answers who decides on a secondee's sickness from 5.6 (managed locally)", () => {
    const sick = answerQuestion('Does a decision on every secondee sickness absence have to go to the SPOC?');
    expect(sick.section).to.equal('5.6');
    expect(sick.answer).to.match(/managed at a local level|managed locally/);
  });

  it("answers who prepares a secondee for going back from the link manager's duties (5.3); the return meeting stays 5.4's", () => {
    const who = answerQuestion(
      'Our PO secondee is nearly at the end of her time with us and wants to go back to her old team. Who is supposed to be preparing her for the return, and does that cover training and finding her a post?',
    );
    expect(who.section).to.equal('5.3');
    expect(who.answer).to.match(/link manager/);
    expect(answerQuestion('Who has to be at the meeting to plan her return to the NPS?').section).to.equal('5.4');
  });

  it('answers "no PO free to fill the gap: what happens next?" from 5.5\'s stages', () => {
    const next = answerQuestion('The NPS has no PO free to fill our vacant secondment. What happens next before the YOT has to step in?');
    expect(next.ruleId).to.equal('recruitment-stages');
  });

  it("answers vetting before a secondment starts from 5.3, a seconded PO's own part in a transition from 5.3, stage 1 from 5.5, and since when the NPS holds the probation duty from 1.2", () => {
    expect(answerQuestion('Who vets people before they go out on secondment to a YOT, and when must it be done by?').ruleId).to.equal(
      'vetting',
    );
    // Whose vetting policy a joint recruitment follows stays 5.5's.
    expect(answerQuestion('Is recruitment to a secondee post joint with the YOT, and whose vetting policy applies?').section).to.equal(
      '5.5',
    );
    const part = answerQuestion(
      "As the seconded PO, what's my role when a young person on my caseload is about to move over to adult services?",
    );
    expect(part.ruleId).to.equal('transition-cases');
    const first = answerQuestion(
      "Our PO secondee post is empty. What's the very first step the NPS should take before anyone brings in agency staff?",
    );
    expect(first.ruleId).to.equal('recruitment-stages');
    expect(first.answer).to.match(/Stage 1: the NPS provides existing/);
    // Led by stage 1, not by stage 2, which shares the question's "agency".
    expect(first.general).to.not.match(/^In short: Stage 2/);
    const since = answerQuestion('Since when has the NPS had the probation responsibility in a YOS?');
    expect(since.section).to.equal('1.2');
    expect(since.answer).to.match(/1 June 2014/);
  });

  it("answers what counts as a youth justice service from 2.2, how partners may pay for them from 38(3) in 2.1, who has a say over a secondee's capability from 8, and which system allocates a transition case from 5.2", () => {
    expect(answerQuestion('Give me a few examples of what counts as a youth justice service in law.').section).to.equal('2.2');
    // Where to read the whole Act, as 2.1 and 2.2 say.
    expect(answerQuestion('Are referral orders a youth justice service, and where can I read the full Act?').answer).to.contain(
      'www.legislation.gov.uk',
    );
    expect(
      answerQuestion('Under section 38(3), how are the partners allowed to make payments towards youth justice services?').ruleId,
    ).to.equal('act-section-38');
    expect(answerQuestion("Our YOS says the NPS has no say over a secondee's capability now. Is that right?").section).to.equal('8');
    expect(
      answerQuestion('When a young person is leaving the YOT for adult services, which system is used to allocate the case?').section,
    ).to.equal('5.2');
  });

  it('answers "the three-way meeting" dated from a start date from 5.4\'s return meeting, and the Head of LDU seeing the tracker done from 5.3', () => {
    const meeting = answerQuestion(
      'My secondee began on 1 June 2022 on the usual term. Roughly which month and year should the three-way meeting with her and the YOS manager happen?',
    );
    expect(meeting.ruleId).to.equal('return-meeting');
    expect(answerQuestion('How often should the three-way meeting with the secondee happen?').ruleId).to.not.equal('return-meeting');
    expect(answerQuestion('What must the Head of LDU make sure of with the vacancy tracker?').ruleId).to.equal('head-of-ldu');
  });

  it("answers the document's review dates from the front page, a new PSO's day from 5.3's PSO duties, and a secondee kept from mandatory training from 8", () => {
    expect(answerQuestion('What review dates are on the front page, and who reviewed it?').section).to.equal('front');
    expect(answerQuestion("I'm a new PSO in the YOT. What will I be doing, compared with the PO?").ruleId).to.equal('pso-duties');
    const training = answerQuestion(
      'My secondee is booked on mandatory NPS training next week, but her YOT manager has said no because of court. What does the framework say?',
    );
    expect(training.section).to.equal('8');
    expect(
      answerQuestion('Who is responsible for my development while I am at the YOS, and where is my training need recorded?').section,
    ).to.equal('8');
  });

  it('answers cover for a secondee off with an infection, or "put in straight away", from 5.6; whether probation moved to the NPS with the CRCs\' end from 1.2', () => {
    expect(
      answerQuestion('Our PSO has been off a week with a chest infection. Does the NPS have to send cover for her court duty?').ruleId,
    ).to.equal('sickness-cover');
    expect(answerQuestion('The NPS must put cover in the moment a secondee goes off sick, right?').section).to.equal('5.6');
    const moved = answerQuestion('Did the probation part of the partnership only move to the NPS when the CRCs ended in 2021?');
    expect(moved.section).to.equal('1.2');
    // When offender management as a whole moves to the NPS stays 5.2's.
    expect(answerQuestion('From when is all offender management meant to move over to the NPS?').section).to.equal('5.2');
  });

  it('answers what the framework is meant to achieve and how much room it leaves divisions from 1.1 ("how much room" asks no figure)', () => {
    const a = answerQuestion('Could you sum up what this framework is meant to achieve, and how much room it leaves divisions?');
    expect(a.section).to.equal('1.1');
  });

  it("answers who vets the YOT's own temp from stage 4, a secondee weeks behind from the link manager's part in performance matters, and whether every YOT sent data from 5.1", () => {
    expect(
      answerQuestion('The YOT has recruited its own temporary worker for the empty post. Who vets her, the NPS or the YOS?').ruleId,
    ).to.equal('stage-4-temporary-worker');
    const behind = answerQuestion(
      "My seconded PO has fallen weeks behind on her nDelius recording. Is this mine to sort out or should I raise it as a dispute? What's my part?",
    );
    expect(behind.ruleId).to.equal('performance-matters');
    expect(behind.answer).to.match(/Probation Instructions/);
    expect(answerQuestion('Did every YOT send in data for the new funding formula?').section).to.equal('5.1');
    // What the SPOC reports is backed by the Vacancy Tracker.
    expect(answerQuestion('As the new divisional SPOC, what do I report to the Governance Board on vacancies?').answer).to.match(
      /Vacancy Tracker/,
    );
  });

  it("answers a board's composition from 9.1's board rule (with how often it meets), what work a seconded PO carries from 5.3, who tells the CRC from 5.2, and the YJB's remit from 1.2", () => {
    const board = answerQuestion('What is the agency composition of the Governance Board, and how often does it meet?');
    expect(board.ruleId).to.equal('governance-board');
    expect(board.answer).to.match(/quarterly/);
    expect(
      answerQuestion(
        'Our seconded PO wants to spend most of her time on RJ panels. What work is a seconded PO actually meant to be carrying?',
      ).ruleId,
    ).to.equal('po-duties');
    expect(
      answerQuestion("The CRC keep ringing me about a lad moving to them and when they'll hear officially. Is it me who has to tell them?")
        .section,
    ).to.equal('5.2');
    expect(answerQuestion('What does the YJB oversee, and does its remit cover Wales too?').ruleId).to.equal('youth-justice-board');
  });

  it('answers maternity leave starting "in June" from 5.6, not 1.2\'s 1 June 2014', () => {
    const a = answerQuestion(
      "My seconded PO starts maternity leave in June. I'm meeting the NPS link manager. Who is responsible for sorting cover?",
    );
    expect(a.ruleId).to.equal('maternity-cover');
    expect(answerQuestion('Since 1 June 2014, who has held the probation responsibility in a YOS?').section).to.equal('1.2');
  });
  it('answers "what should happen before a secondment ends, and who should be there?" from 5.4\'s return meeting', () => {
    const a = answerQuestion(
      "Our PO secondee hits her three-year point next March and nobody's done anything. What should already have happened by now, and who needs to be in the room for it?",
    );
    expect(a.ruleId).to.equal('return-meeting');
    expect(a.answer).to.match(/6 months|six months/i);
    // The quarterly reviews stay 5.3's.
    expect(answerQuestion('Who needs to be in the room for the quarterly three-way reviews?').section).to.equal('5.3');
  });

  it("answers a YOT manager saying a secondee can't go to mandatory NPS training from 8's release for training", () => {
    const a = answerQuestion(
      "NPS have booked me onto a mandatory training day. My YOT manager says I can't go because they need me on office duty that week. Should I be let go to NPS training?",
    );
    expect(a.section).to.equal('8');
  });
  it("answers the framework's own review, circulation and room for local flexibility from its front page and 1.1", () => {
    expect(
      answerQuestion('People keep mentioning a review of this document. When was it actually reviewed, and which group did the reviewing?')
        .ruleId,
    ).to.equal('document-control');
    expect(
      answerQuestion('Am I right this is purely an internal NPS doc - it never went to the YJB or the YOT managers association?').ruleId,
    ).to.equal('document-ownership');
    expect(
      answerQuestion('Does every division have to run things exactly the same way or is there a bit of wiggle room locally?').ruleId,
    ).to.equal('scope');
  });

  it("answers who may go to the local management board in someone's place from 2.3, and a role's responsibilities from its own rule", () => {
    const deputy = answerQuestion(
      'Our NPS senior manager who normally goes to the local YOS management board is off for the next two meetings. Is anyone else allowed to go instead?',
    );
    expect(deputy.ruleId).to.equal('local-management-board');
    expect(deputy.answer).to.match(/deputy/);
    const portfolioLead = answerQuestion(
      "What are the Portfolio Lead's responsibilities in respect of safeguarding and representation at the local YOS management board?",
    );
    expect(portfolioLead.ruleId).to.equal('portfolio-lead');
  });

  it('reads covid as sickness only when someone has it ("covid rules for the office" are not 5.6\'s)', () => {
    expect(answerQuestion('covid rules for secondees in the yot office?').section).to.equal(null);
    expect(answerQuestion('My secondee has got covid and will be off for weeks. Who sorts out cover?').section).to.equal('5.6');
  });
  it('answers whether the Probation Instructions can be read outside the NPS, and where, from 3', () => {
    const where = answerQuestion(
      "I'm YOT side and don't have NPS logins - can I still read these 'probation instructions' people mention? where?",
    );
    expect(where.ruleId).to.equal('probation-instructions');
    expect(where.answer).to.match(/MOJ internet/);
    const classified = answerQuestion('Am I right that PIs are all classified so no one at the YOS outside NPS can see them?');
    expect(classified.section).to.equal('3');
    expect(classified.answer).to.match(/unclassified/);
  });
  it("answers whether HMIP's inspections are the NPS's business from 4, and whether appropriate adults are a YJ service in law from 2.2", () => {
    expect(answerQuestion('HMIP inspection reports are for the YOT to worry about, not NPS staff, right?').section).to.equal('4');
    // What a report found is not the framework's.
    expect(answerQuestion('What did the latest HMIP inspection of our YOS find?').section).to.not.equal('4');
    expect(answerQuestion('is appropriate adult provision a YJ service in law').ruleId).to.equal('youth-justice-services');
  });
  it('answers "can we just send the file to the CRC?" at transition from 5.2 (the NPS allocates first)', () => {
    const a = answerQuestion(
      "Lad on our YOS caseload turns 18 next month. YOT manager wants to just send the file to the CRC office round the corner because he's low risk. Is that how it's meant to work, or does something have to happen first?",
    );
    expect(a.section).to.equal('5.2');
  });
  it("declines a CRC's own practice once it has a case (which office, which officer), keeping who tells the CRC 5.2's", () => {
    const office = answerQuestion(
      'Once a young adult has transferred, which of the CRC offices do they report to, and how is that decided?',
    );
    expect(office.section).to.equal(null);
    expect(office.answer).to.match(/CRC's own practice/);
    const officer = answerQuestion('How do CRCs decide which of their officers gets a transition case?');
    expect(officer.section).to.equal(null);
    expect(officer.answer).to.match(/CRC's own practice/);
    expect(answerQuestion('Who tells the CRC that a transition case has been allocated to them?').section).to.equal('5.2');
  });
  it('answers councils sharing a YOT from 2.1, appointing without an interview from 5.5, Welsh transitions from 6', () => {
    expect(answerQuestion('could three neighbouring councils team up and have a single YOT?').ruleId).to.equal('yot-membership');
    const interview = answerQuestion('Only one person applied for the PO secondment and the Head of LDU wants to skip the interview. OK?');
    expect(interview.ruleId).to.equal('joint-recruitment');
    expect(interview.answer).to.match(/Regardless of the number of candidates/);
    expect(answerQuestion('do welsh transition cases just get allocated to the CRC as in England?').section).to.equal('6');
  });
  it('answers when the framework came in from its document control, and PSOs in the overhead invoice from 5.4', () => {
    const adopted = answerQuestion('did this framework only come in this year?');
    expect(adopted.ruleId).to.equal('document-control');
    expect(adopted.answer).to.contain('1 April 2015');
    expect(answerQuestion('Success is defined by the framework in terms of reoffending rates, yes?').section).to.equal('1.3');
    const invoice = answerQuestion(
      'We have 1 PO and some PSO time from NPS. What do we invoice for the overhead, and does the PSO time count?',
    );
    expect(invoice.section).to.equal('5.4');
  });
  it('answers YOT values beyond the HMPPS ones, how a move to adult services should be, and what the NPS promises on allocation', () => {
    expect(answerQuestion('Do youth offending teams only follow the HMPPS values, or do they have extra ones?').ruleId).to.equal(
      'yot-values',
    );
    expect(answerQuestion('what are the HMPPS values?').ruleId).to.equal('hmpps-values');
    const handover = answerQuestion('My lad is moving over to adult probation next month - what should the handover feel like for him?');
    expect(handover.section).to.equal('1.3');
    expect(handover.answer).to.match(/as seamless as possible/);
    const promised = answerQuestion(
      'A girl on a YRO turns 18 soon and will transition. My team wants to know if it is the YOT that chooses the adult probation provider. What does the framework promise about allocating such cases?',
    );
    expect(promised.ruleId).to.equal('nps-commitment');
  });
  it('answers when the SPOC hears of a dispute from 9.1, what the YJB is from 1.2, and what a role named in a story is there for', () => {
    expect(answerQuestion('At which stage does the divisional SPOC have to be told about a dispute?').ruleId).to.equal(
      'spoc-escalated-disputes',
    );
    expect(answerQuestion('what does the divisional SPOC do?').section).to.equal('5.5');
    expect(answerQuestion('what exactly is the YJB? nobody has told me').ruleId).to.equal('youth-justice-board');
    // The YJB's member of the Governance Board is 9.1's.
    expect(answerQuestion("who's the YJB rep on the governance board?").section).to.equal('9.1');
    expect(answerQuestion("I'm a new PSO and keep hearing about the link manager - what are they there for?").ruleId).to.equal(
      'link-manager',
    );
  });
  it("answers a vacancy coming up from 5.3, the statutory duty under section 38 from 2.2, and the NPS's own policies from 4", () => {
    const vacancy = answerQuestion('When a PO vacancy comes up, can the YOT manager decide on their own to recruit?');
    expect(vacancy.section).to.equal('5.3');
    expect(vacancy.answer).to.match(/approval from the Head of LDU/);
    const duty = answerQuestion('What duty do the NPS and the YOT have under section 38 of the Crime and Disorder Act?');
    expect(duty.ruleId).to.equal('youth-justice-services');
    expect(duty.answer).to.match(/statutory duty to contribute/);
    expect(
      answerQuestion("referral orders aren't classed as youth justice services, are they? I thought that was the panel's job").section,
    ).to.equal('2.2');
    expect(answerQuestion("Do we only follow the NPS's own policies rather than youth offending ones?").section).to.equal('4');
  });
  it('reads a "go-to person" as the PO\'s in-house expert (5.3), not a house', () => {
    const a = answerQuestion('What is a seconded PO supposed to be the go-to person for?');
    expect(a.ruleId).to.equal('po-duties');
    expect(a.answer).to.match(/in-house expert on MAPPA/);
  });
  it("answers the asker's own role's duties however the story puts them, sickness as managed locally (5.6), and whether the YJB runs YOTs (1.2)", () => {
    const lead = answerQuestion(
      "I was appointed as the new NPS portfolio lead for our YOS partnerships last month and want to be clear what is mine and not the Heads of LDU's before my first board. What are my responsibilities?",
    );
    expect(lead.ruleId).to.equal('portfolio-lead');
    expect(answerQuestion('list of my duties as YOT manager for the NPS secondee please').ruleId).to.equal('yot-manager');
    const sickness = answerQuestion('Is sickness of secondees just for NPS HR to sort, with the YOT having no say?');
    expect(sickness.ruleId).to.equal('sickness-cover');
    expect(sickness.answer).to.match(/the YOT manager and the NPS lead agree/);
    expect(answerQuestion("The YJB manages YOTs day to day, doesn't it?").section).to.equal('1.2');
    // "I manage a YOT ... YJB figures" is not the YJB managing anything.
    expect(
      answerQuestion(
        'I manage a YOT in a big city and the YJB figures say about 15% of our offences relate to serious youth violence. Does that get us more PO time?',
      ).section,
    ).to.not.equal('1.2');
  });
});
