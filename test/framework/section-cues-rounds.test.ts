/**
 * Section cues added from the studied rounds of the thirteenth pass (117, 118, 120, 121, 123, 124, 126, 127)
 * and the fourteenth (130, 131, 135-144), each asked in words of our own; their neighbours a cue must
 * not claim are in section-cues.test.ts.
 */
import { expect } from 'chai';
import { answerQuestion } from '../../src/framework/answer';
import { configureAnswering } from '../../src/services/english-words';
import { nextStepAsked } from '../../src/framework/message-cues';
import { tokens } from '../../src/framework/text';

describe('section cues from the thirteenth pass (no I/O)', () => {
  before(() => configureAnswering());
  const a = (q: string) => answerQuestion(q);

  it('answers the cues from rounds 117 and 118 from their own sections (PI for a topic, the reviewer, membership, 38(4), the board, agency policy, stage 2)', () => {
    expect(a('Which PI is relevant when a seconded PO has a case on ViSOR?').section).to.equal('3');
    expect(a('Is the YJB the body that reviews this framework?').section).to.equal('front');
    expect(a('youth to adult handover: how smooth should it be for the young person?').section).to.equal('1.3');
    const members = a('Who must a youth offending team include by law?');
    expect(members.section).to.equal('2.1');
    expect(members.answer).to.contain('Section 39');
    const services = a("What does 'youth justice services' mean in the Act?");
    expect(services.section).to.equal('2.2');
    expect(services.answer).to.match(/appropriate adults/i);
    const board = a('Does the NPS only need to attend the YOS management board when probation items are on the agenda?');
    expect(board.section).to.equal('2.3');
    expect(board.answer).to.match(/senior management level/);
    expect(a("Does the NPS work only to its own agency's policy?").section).to.equal('4');
    expect(a('What does a seconded PO do, as opposed to a PSO?').ruleId).to.equal('po-duties');
    expect(a('Could agency cover take on her caseload so she can be released to the YOT?').answer).to.match(/Stage 2/);
    // A secondee leaving for a CRC job leaves a vacancy: not the CRC interface of 5.2.
    expect(a('My secondee has handed in her notice for a CRC job. What do I do first about the post?').section).to.not.equal('5.2');
  });

  it('answers the cues from rounds 120 and 121 from their own rules (the board, named link managers, training, the partner duty, transitions, role questions)', () => {
    expect(a("If the YOT and the NPS can't agree on something in the framework, does it go to the YJB?").section).to.equal('9.1');
    const board = a('Is the YOS Governance Board an internal NPS meeting?');
    expect(board.ruleId).to.equal('governance-board');
    expect(board.answer).to.contain('multi-agency');
    expect(a('Is a named NPS link manager needed for PSO secondees too?').answer).to.contain('named NPS link manager for all secondees');
    expect(a('the YOT keeps blocking my NPS training').section).to.equal('8');
    const duty = a("Does probation's statutory duty to the YOT sit with the CRC, not the NPS?");
    expect(duty.section).to.equal('1.2');
    expect(duty.answer).to.contain('1 June 2014');
    expect(a("New SPOC here - what's my bit in vacancies?").ruleId).to.equal('spoc');
    expect(a('Does this framework tell me how to do a transition to adult services?').section).to.equal('1.1');
    expect(a("I'm a PSO at the YOT, what does my role include?").ruleId).to.equal('pso-duties');
    expect(a('how do i claim milage').section).to.equal('5.4');
    // Asking to take a disagreement "above" the other person asks its next step (9.1).
    expect(
      a('The link manager and I have been arguing for weeks about who pays for the temp. Can I take this above her?').section,
    ).to.equal('9.1');
  });

  it('answers the cues from rounds 123 and 124 from their own rules (no applicants, stages before a YOT temp, PIs, training records, 38(4), the T&S record)', () => {
    expect(a('If nobody applies for the post, what happens first?').ruleId).to.equal('no-applicants');
    expect(a('Must we try an agency temp before the YOT can appoint its own?').ruleId).to.equal('recruitment-stages');
    expect(a('Do council staff in the YOT have to be familiar with the probation instructions?').section).to.equal('3');
    const records = a('Who keeps the record of courses a secondee goes on?');
    expect(records.section).to.equal('8');
    expect(records.answer).to.match(/Both the YOS and the NPS keep a record/);
    expect(a('What does s38(4) list?').section).to.equal('2.2');
    expect(a('Is a record of the expenses sign-off kept?').answer).to.contain('kept for both NPS and YOS finance');
    // Asked as two questions, the cue answers one and the best-matched part's rule the other.
    expect(a('do we keep a copy of the T&S sign off? and is the overhead paid for PSOs as well?').ruleIds).to.include.members([
      'travel-subsistence',
      'overhead-contribution',
    ]);
    expect(
      a("We've been arguing with the link manager for months. Can I skip the local stage and go straight to the governance board?").section,
    ).to.equal('9.1');
  });

  it('answers the cues from rounds 126 and 127 from their own rules (the version, why probation is in YOTs, ViSOR, NPS training, the minimum, a leaver)', () => {
    expect(a("We're on version 1.0 of the framework now, aren't we?").section).to.equal('front');
    expect(a('why is probation involved in youth offending teams?').ruleId).to.equal('partnership-purpose');
    expect(a('Is using ViSOR optional for a seconded PO?').section).to.equal('3');
    const wait = a('Do we have to wait 3 months before escalating a dispute?');
    expect(wait.section).to.equal('9.1');
    expect(wait.answer).to.contain('28 days');
    expect(a("I've been seconded 2.5 years and nobody has mentioned the end. Who is meant to be in that conversation?").section).to.equal(
      '5.4',
    );
    expect(a("I'm at the YOS now so I don't need NPS training any more, do I?").section).to.equal('8');
    expect(a('New PO secondee here: is writing court reports part of my role?').ruleId).to.equal('po-duties');
    expect(a('What conditions apply to stage 5 evidence?').ruleId).to.equal('recruitment-conditions');
    expect(a('Does the NPS resource YOTs only at the national minimum?').ruleId).to.equal('portfolio-lead');
    expect(a('My PO is leaving next month and the YOT has advertised without telling me. What do I need to do?').ruleId).to.equal(
      'vacancy-review',
    );
  });

  it('answers the cues and folds from rounds 130 and 131 (an issue is a problem, a briefing is released for, the duty to contribute, an HR probation period, a CRC own tool)', () => {
    // "An issue with ..." is a grievance, not something handed out; directly to the board is an escalation.
    expect(a('I have an issue with my case allocation - can I go directly to the YOGB?').section).to.equal('9.1');
    const briefing = a("Our PO has been invited to an NPS practice briefing; we're short so we'll refuse, fine?");
    expect(briefing.section).to.equal('8');
    expect(briefing.answer).to.match(/briefings/);
    const duty = a('Is the NPS duty to contribute to the YOS only triggered when the council formally requests it?');
    expect(duty.section).to.equal('2.2');
    expect(duty.answer).to.contain('statutory duty');
    // The staged process says, as 5.5 does, that stage 5 is a reimbursement.
    expect(a('what are the stages when nobody can fill a PSO post?').answer).to.contain('reimbursement');
    // An employee's probation period is HR's, not the probation service's (nor the secondment's length).
    expect(a("what's the probation period length for a PO who just qualified?").section).to.equal(null);
    expect(a('The CRC told us they use their own internal system to tier cases. How does it tier them?').section).to.equal(null);
    // How the CRC charges for what it does is its own business, even where a cue (PSS) would read the message as 5.2's.
    expect(a('How will the CRC bill us for the PSS work it does on our old cases?').section).to.equal(null);
    expect(a('Who supervises PSS for an 18 year old after a DTO?').section).to.equal('5.2');
  });

  it('answers the cues from rounds 135 and 136 (a dispute under the framework, pensions asked about or told as context)', () => {
    const dispute = a("For a dispute about the framework, do we use the council's grievance procedure?");
    expect(dispute.ruleId).to.equal('dispute-resolution');
    expect(dispute.answer).to.contain('HMPPS policies');
    // The framework never mentions pensions: asked about, they are HR's; told as context, the question is answered.
    const pension = a("I'm a PO seconded to the YOT and a friend said my pension changes while seconded. Will it, and who do I ask?");
    expect(pension.section).to.equal(null);
    expect(pension.answer).to.match(/pensions/i);
    expect(a("I'm worried about my pension and my terms. Who is actually my employer while I'm seconded?").section).to.equal('5.4');
  });

  it('answers the cues from rounds 137-140 (a temp kept on permanently, no agreement and what happens now, the statutory partners)', () => {
    expect(
      a(
        "Under stage 4 the YOT brought in an agency temp and it's worked out well. Can they take her on permanently as a council employee instead of the NPS continuing to recruit?",
      ).ruleId,
    ).to.equal('stage-4-temporary-worker');
    // "No agreement" is a disagreement, and "what's supposed to happen now?" asks for its next step (9.1).
    expect(tokens('still no agreement')).to.include(tokens('dispute')[0]);
    expect(nextStepAsked("What's supposed to happen now?")).to.equal(true);
    expect(
      a(
        'A councillor on our YOS board asked me why probation is there at all. Which organisations does the framework list as the statutory partners?',
      ).ruleId,
    ).to.equal('statutory-partners');
  });

  it('answers the cues from rounds 141 and 142 (POs writing reports, an agency cover PO kept on permanently)', () => {
    const reports = a('Do seconded POs write any reports for the YOT, or do YOT staff do all of them?');
    expect(reports.ruleId).to.equal('po-duties');
    expect(reports.answer).to.match(/Youth Offending reports/i);
    // How to fill in an assessment before a report is practice, not a duty the framework lists.
    expect(a('Which sections of AssetPlus must a seconded PO fill in before writing a report?').ruleId).to.not.equal('po-duties');
    expect(a('The YOT would like to take their agency cover PO on permanently as a council employee. Allowed?').ruleId).to.equal(
      'stage-4-temporary-worker',
    );
  });

  it('answers the cues and folds from rounds 143 and 144 (AL is annual leave, a mgmt board, supervision after release, the list of services)', () => {
    expect(a('who approves my AL?').ruleId).to.equal('leave-approval');
    expect(a('Is post-sentence supervision on the list of youth justice services in the Act?').ruleId).to.equal('youth-justice-services');
    // After a DTO, who supervises and for how long stays 5.2's.
    expect(a('A lad on a DTO turns 18 before release. How long will he be supervised after release?').ruleId).to.equal('crc-interface');
  });
});
