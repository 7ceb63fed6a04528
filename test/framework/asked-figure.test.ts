import { expect } from 'chai';
import fs from 'node:fs';
import path from 'node:path';
import { answerQuestion } from '../../src/framework/answer';
import { givesWhatIsAsked, missingParticular, missingParticularOf } from '../../src/framework/asked-figure';
import { ruleById } from '../../src/framework/rules';
import { configureAnswering } from '../../src/services/english-words';

const answerOf = (id: string): string => ruleById(id)!.answer;

describe('questions asking for a figure or a particular the framework does not give', () => {
  before(() => configureAnswering());

  it('a rate or a sum needs money in the answer, not a time span', () => {
    expect(givesWhatIsAsked('What is the maximum hourly rate we can pay a stage 4 temp?', [answerOf('stage-4-temporary-worker')])).to.equal(
      false,
    );
    expect(givesWhatIsAsked('How much is the overhead per PO?', [answerOf('overhead-contribution')])).to.equal(true);
    // An invoice's "finance address" is an address; the contact for a unit is a role the rules name, not a person for a place.
    expect(answerQuestion('Which finance address should we send the £5,000 overhead invoice to?').section).to.equal(null);
    expect(answerQuestion("Who's the contact for the Victim Liaison Unit on cases that qualify for the Victim Contact Service?").section).to.equal('5.3');
    // "How much per month" asks a sum, which stage 5's "a further period of 1 month" is not.
    expect(givesWhatIsAsked('How much per month does the NPS reimburse at stage 5?', [answerOf('stage-5-reimbursement')])).to.equal(false);
    // An allowance is a sum: training's rule, which states none, does not answer one.
    expect(givesWhatIsAsked('What is the overnight allowance for a secondee on a residential course?', [answerOf('training-records')])).to.equal(false);
    const allowance = answerQuestion('What is the day allowance for seconded staff on a training course?');
    expect(allowance.section).to.equal(null);
    expect(allowance.answer).to.contain('It does not give that figure');
    // Whether a figure rises with inflation: the framework states its figures as they are.
    const inflation = answerQuestion('Does the £5,000 overhead go up with inflation each year?');
    expect(inflation.section).to.equal(null);
    expect(inflation.answer).to.match(/^Sorry, the National Partnership Framework does not say/);
    expect(givesWhatIsAsked('Is the overhead uprated for inflation?', [answerOf('overhead-contribution')])).to.equal(false);
  });

  it('"when is the next" needs a date, "phone number" needs a number', () => {
    expect(givesWhatIsAsked('When is the next YOS Governance Board meeting?', [answerOf('governance-board')])).to.equal(false);
    expect(givesWhatIsAsked('What is the phone number for the North East YOS lead?', [answerOf('governance-board-members')])).to.equal(
      false,
    );
    // A month and year dates a document: "January 2018, version 2" answers "which date".
    expect(givesWhatIsAsked('Which date and version of the transitions protocol does the framework use?', [answerOf('related-policies')])).to.equal(true);
    // A phone as equipment is not a phone number.
    expect(givesWhatIsAsked('Who gives me a desk and phone at the YOT?', [answerOf('workspace-equipment')])).to.equal(true);
  });

  it('"how many weeks / hours", "how much notice" need a figure in that unit; a time of day, a clock time; a count as it stands now is never given', () => {
    expect(givesWhatIsAsked('How many weeks of full pay do I get on maternity leave?', [answerOf('maternity-cover')])).to.equal(false);
    // "How many working hours" asks hours as much as "how many hours" does: 0.6 FTE is no number of hours.
    expect(givesWhatIsAsked('How many working hours a week is 0.6 FTE?', [answerOf('po-resource')])).to.equal(false);
    expect(givesWhatIsAsked('How many hours a week must the police give the YOT?', [answerOf('yot-membership')])).to.equal(false);
    expect(givesWhatIsAsked('How much notice must a secondee give to leave early?', [answerOf('employment-status')])).to.equal(false);
    // Notice is a period called notice: the return meeting's "six months before the end" is not one.
    expect(givesWhatIsAsked('How much notice does the NPS give if it pulls a secondee back early?', [answerOf('return-meeting')])).to.equal(false);
    expect(givesWhatIsAsked('How much notice do I need?', ["You must give one month's notice in writing."])).to.equal(true);
    // "How long-term sickness is handled" asks how, not for a length of time.
    expect(givesWhatIsAsked('What does the framework say about how long-term sickness gets handled?', [answerOf('sickness-cover')])).to.equal(true);
    expect(givesWhatIsAsked('0.6 fte = how many hrs a week for a PO?', [answerOf('po-resource')])).to.equal(false);
    // The unit asked is stated: answered.
    expect(givesWhatIsAsked('How many months before the end is the return meeting?', [answerOf('return-meeting')])).to.equal(true);
    expect(givesWhatIsAsked('How many days do we have to sort a dispute locally?', [answerOf('dispute-resolution')])).to.equal(true);
    expect(givesWhatIsAsked('What time does the Saturday court start?', [answerOf('saturday-court')])).to.equal(false);
    expect(givesWhatIsAsked('How many seconded POs are currently in YOTs across England?', [answerOf('po-resource')])).to.equal(false);
  });

  it('a figure or allocation for one named YOT is never the framework\'s; for "our" or "a small" YOT it is a rule', () => {
    const english = (word: string) => ['small', 'rural', 'our'].includes(word);
    const formula = [answerOf('resource-formula')];
    expect(missingParticular('what FTE has leeds yot been allocated under the new formula?', formula, english)).to.equal(
      'figures or allocations for particular places',
    );
    expect(missingParticular("How much PO time is Bradford YOT's allocation?", formula, english)).to.not.equal(null);
    expect(missingParticular('how much PO time does a small YOT get?', formula, english)).to.equal(null);
    expect(missingParticular('how is our YOT allocated its PSO time?', formula, english)).to.equal(null);
    // Without a word list, only a capitalised name is a place.
    expect(missingParticular('how much PO time does a small YOT get?', formula)).to.equal(null);
    expect(missingParticular('what FTE has Leeds YOT been allocated?', formula)).to.not.equal(null);
    // A place named without asking for a figure is no particular.
    expect(missingParticular('does the formula apply to Leeds YOT?', formula, english)).to.equal(null);
  });

  it('a postal address needs an address; an e-mail address is not one', () => {
    expect(givesWhatIsAsked("What's the postal address of the business hub for stage 4 invoices?", [answerOf('spoc')])).to.equal(false);
    expect(givesWhatIsAsked('what postcode do we send the invoice to', [answerOf('stage-4-temporary-worker')])).to.equal(false);
    expect(givesWhatIsAsked('What is the email address format for NPS staff?', [answerOf('governance-board-members')])).to.equal(true);
  });

  it("a vetting level needs a named level; a cost centre or budget code is never the framework's", () => {
    expect(givesWhatIsAsked('What DBS / vetting level do we need for a YOS secondee?', [answerOf('vetting')])).to.equal(false);
    expect(givesWhatIsAsked('Who vets a secondee before they start?', [answerOf('vetting')])).to.equal(true);
    expect(givesWhatIsAsked("what's the cost centre for the overhead invoice?", [answerOf('overhead-contribution')])).to.equal(false);
    expect(givesWhatIsAsked("when's the next governance board?", [answerOf('governance-board')])).to.equal(false);
  });

  it('a named person for a place needs a person the framework names', () => {
    expect(givesWhatIsAsked('Who is the NPS Head of LDU for Birmingham?', [answerOf('head-of-ldu')])).to.equal(false);
    expect(givesWhatIsAsked('Who is the YOS lead for London?', [answerOf('governance-board-members')])).to.equal(true);
    const board = [answerOf('governance-board-members')];
    // The board list names YOS leads by region, a director and a YJB lead for the North West only.
    expect(givesWhatIsAsked('Who is the Regional Probation Director for the North West?', board)).to.equal(true);
    expect(givesWhatIsAsked('Who are the joint YOS leads for Wales?', board)).to.equal(true);
    expect(givesWhatIsAsked('Who is the NPS divisional SPOC for the Midlands?', board)).to.equal(false);
    expect(givesWhatIsAsked("Who's the YJB's regional contact for London?", board)).to.equal(false);
    expect(givesWhatIsAsked('Who is the YOS lead for Yorkshire and the Humber?', board)).to.equal(false);
    expect(givesWhatIsAsked('Who is the Head of LDU for Wales?', board)).to.equal(false);
    // England or Wales as a whole is no particular place.
    expect(givesWhatIsAsked('Who is responsible for YOS secondments in England?', [answerOf('nps-commitment')])).to.equal(true);
    // "The NPS Midlands division" names the Midlands; the board lists a director for the North West only.
    expect(givesWhatIsAsked('Who is the Regional Probation Director for the NPS Midlands division?', board)).to.equal(false);
    expect(givesWhatIsAsked('Who is the Regional Probation Director for the NPS North West division?', board)).to.equal(true);
    // A unit's name is no place: the NPS Victim Liaison Unit's contact point is 5.3's answer.
    expect(givesWhatIsAsked("Who's the contact point for the NPS Victim Liaison Unit on YOT cases?", [answerOf('po-nps-links')])).to.equal(true);
  });

  it('what another document itself says is never restated: the framework only names the PIs and protocols it refers to', () => {
    const pis = [answerOf('probation-instructions')];
    expect(givesWhatIsAsked('How often does PI 19/12 say I must see a young offender on supervision?', pis)).to.equal(false);
    expect(givesWhatIsAsked('What does the MASH framework say about sharing information?', pis)).to.equal(false);
    expect(missingParticular('Under PI 05/14 any case with a high RSR goes to the NPS, right?', pis)).to.match(/^what the documents it refers to say/);
    // Which PI covers a topic is the framework's own list; the framework and the Act as it quotes it are its own words.
    expect(givesWhatIsAsked('What were the main recommendations of the Lammy review?', [answerOf('research-reports')])).to.equal(false);
    expect(givesWhatIsAsked('The MARAC partnership framework says the NPS must attend every MARAC, right?', [answerOf('other-frameworks')])).to.equal(false);
    expect(givesWhatIsAsked('has PI 19/12 been replaced by a policy framework?', pis)).to.equal(false);
    expect(givesWhatIsAsked('Remind me of the four HMPPS values the framework says all NPS staff must follow?', [answerOf('hmpps-values')])).to.equal(true);
    expect(givesWhatIsAsked('Which PI covers case allocation?', pis)).to.equal(true);
    expect(givesWhatIsAsked('What does the framework say about disputes?', pis)).to.equal(true);
    expect(givesWhatIsAsked('Can two councils share a YOT? What does the Act as quoted in the framework say?', pis)).to.equal(true);
  });

  it('which YOTs or areas a division covers, a local chair, the next review date or another edition of the document are never given', () => {
    expect(givesWhatIsAsked('Which YOTs fall under the NPS Midlands division?', [answerOf('governance-board-members')])).to.equal(false);
    expect(givesWhatIsAsked('Who chairs the Local Criminal Justice Board for our area?', [answerOf('other-frameworks')])).to.equal(false);
    const control = [answerOf('document-control')];
    expect(missingParticular('next review date for this framework?', control)).to.equal('a date for its next review');
    expect(givesWhatIsAsked('is there an editable word version of the framework anywhere?', control)).to.equal(false);
    expect(givesWhatIsAsked('where do i download the vacancy tracker template', [answerOf('vacancy-tracker')])).to.equal(false);
    const formula = [answerOf('complexity-weighting')];
    expect(givesWhatIsAsked('What are the six deprivation factors used in the England formula?', formula)).to.equal(false);
    expect(givesWhatIsAsked('How are the deprivation factors weighted, and why?', formula)).to.equal(true);
    expect(givesWhatIsAsked('how many yots are there in england', [answerOf('resource-formula')])).to.equal(false);
    expect(givesWhatIsAsked('When and where is the next YOS Governance Board meeting?', [answerOf('governance-board')])).to.equal(false);
    expect(givesWhatIsAsked('whats the overtime rate for saturday court', [answerOf('saturday-court')])).to.equal(false);
    expect(givesWhatIsAsked('Who is the HR contact for NPS secondees in the Midlands division?', [answerOf('governance-board-members')])).to.equal(false);
    expect(answerQuestion('who chairs the association of yot managers nationally?').section).to.equal(null);
    // A pay premium, a clearance level, a case cap or what a lone working policy says are never given.
    expect(givesWhatIsAsked('NPS pays secondees time and a half for Saturday court, is that right?', [answerOf('saturday-court')])).to.equal(false);
    expect(givesWhatIsAsked('YOS secondees need full SC security clearance before starting, right?', [answerOf('head-of-ldu')])).to.equal(false);
    expect(givesWhatIsAsked("A seconded PSO shouldn't hold more than 15 cases, is that right?", [answerOf('pso-duties')])).to.equal(false);
    expect(givesWhatIsAsked('lone working policy for yot home visits??', [answerOf('health-safety')])).to.equal(false);
    expect(givesWhatIsAsked('Who in NPS finance do we contact to chase an unpaid invoice?', [answerOf('overhead-contribution')])).to.equal(false);
    // Whose health and safety procedures apply is the framework's (5.3).
    expect(givesWhatIsAsked('Does my secondee follow the NPS health and safety procedures or the YOS ones?', [answerOf('health-safety')])).to.equal(true);
    // The versions the document control lists are its own.
    expect(givesWhatIsAsked('What is the current version of the framework?', control)).to.equal(true);
    expect(givesWhatIsAsked('When was the framework last reviewed?', control)).to.equal(true);
  });

  it("the holder of another body's post is never named: only the authors and the board's members are", () => {
    const yjb = answerQuestion('Who is the current chief executive of the Youth Justice Board?');
    expect(yjb.section).to.equal(null);
    expect(yjb.answer).to.contain("does not give the holders of other bodies' posts");
    expect(answerQuestion('Who heads up HMPPS in Wales these days?').section).to.equal(null);
    // The board's chair is a post the framework fills (the NPS Portfolio lead).
    expect(answerQuestion('Who is the chair of the YOS Governance Board?').answer).to.contain('Portfolio lead');
  });

  it('a named contact in a local office, or a provider by name, is never the framework\'s', () => {
    expect(missingParticular("Who's the contact at our local NPS Victim Liaison Unit for VCS cases?", [answerOf('po-nps-links')])).to.equal(
      'names for particular places',
    );
    expect(givesWhatIsAsked('Who is the occupational health provider we refer secondees to?', [answerOf('reasonable-adjustments')])).to.equal(false);
    // "Which probation provider picks them up" asks who decides, which 5.2 answers.
    expect(missingParticular('who works out which probation provider picks them up?', [answerOf('crc-interface')])).to.equal(null);
  });

  it("a team's or office's e-mail address is not a person's: only Wales's shared mailbox is given", () => {
    expect(missingParticular('business hub email address for south west invoices?', [answerOf('governance-board-members')])).to.equal(
      "teams' or offices' e-mail addresses",
    );
    expect(givesWhatIsAsked("What's Mark Burden's email address?", [answerOf('governance-board-members')])).to.equal(true);
    expect(givesWhatIsAsked('Which team email do I use for Wales framework questions?', [answerOf('wales')])).to.equal(true);
    // An e-mail account mentioned is not an address asked for.
    const noAccess =
      "I started my secondment last week. The YOT gave me a desk and a phone, but I can't get into nDelius or my NPS email from their machines and the YOT IT team say that's not their problem. Who should be sorting out my access to NPS systems?";
    expect(missingParticular(noAccess, [answerOf('workspace-equipment')])).to.equal(null);
    expect(answerQuestion(noAccess).section).to.equal('5.4');
  });

  it('a form, template, code, mailing list or joining link is never the framework\'s, unless the answer names it', () => {
    // A site named as "the NPS intranet" is where, as an address would be.
    expect(givesWhatIsAsked('which website has the MARAC partnership framework?', [answerOf('other-frameworks')])).to.equal(true);
    // Nor a set of interview questions; and "at Stage 3" names no place.
    expect(givesWhatIsAsked('Is there a standard set of interview questions for the secondee panel?', [answerOf('joint-recruitment')])).to.equal(false);
    expect(missingParticular('The temp covering at Stage 3 is great. Can the YOT take them on permanently?', [answerOf('recruitment-conditions')])).to.equal(null);
    // Nor is a quorum.
    expect(givesWhatIsAsked('How many members make the Governance Board quorate?', [answerOf('governance-board-members')])).to.equal(false);
    // How long records are kept is never given.
    expect(givesWhatIsAsked('how long do we have to keep old vacancy trackers?', [answerOf('vacancy-tracker')])).to.equal(false);
    expect(givesWhatIsAsked("what's the retention period for training records?", [answerOf('training-records')])).to.equal(false);
    // "The longest it can last" asks a figure; "the most per hour" asks a rate.
    expect(givesWhatIsAsked("What's the longest a referral order can last?", [answerOf('youth-justice-services')])).to.equal(false);
    expect(givesWhatIsAsked("what's the longest a secondment can last?", [answerOf('secondment-length')])).to.equal(true);
    expect(givesWhatIsAsked("what's the most NPS will pay per hour for a stage 4 temp?", [answerOf('stage-4-temporary-worker')])).to.equal(false);
    expect(givesWhatIsAsked('Where can I download a blank copy of the vacancy tracker?', [answerOf('vacancy-tracker')])).to.equal(false);
    expect(givesWhatIsAsked('is there a spreadsheet for the tracker?', [answerOf('vacancy-tracker')])).to.equal(false);
    const overhead = [answerOf('overhead-contribution')];
    expect(missingParticular('Is there a standard invoice template for billing the overhead?', overhead)).to.equal(
      'forms, templates, codes, mailing lists or links',
    );
    expect(givesWhatIsAsked('which sop absence code do I use for a YOT training day?', [answerOf('absence-records')])).to.equal(false);
    expect(givesWhatIsAsked('teams link for the next governance board?', [answerOf('governance-board')])).to.equal(false);
    // The answer names the thing asked for: answered.
    expect(givesWhatIsAsked('Is there a form for it?', ['Claims are made on the expenses form.'])).to.equal(true);
    // A link between people is no web link; a form of words in passing is no form asked for.
    expect(givesWhatIsAsked('Who is the primary link between secondees and NPS?', [answerOf('link-manager')])).to.equal(true);
    // Asked after another question, it is said beside the answer to the first, which is not undone.
    const twoInOne = 'Who reviews a vacancy before we recruit, and is there a form for it?';
    expect(missingParticularOf(twoInOne, [answerOf('vacancy-review')])).to.deep.equal({
      missing: 'forms, templates, codes, mailing lists or links',
      firstQuestion: 'Who reviews a vacancy before we recruit',
    });
    const answered = answerQuestion(twoInOne);
    expect(answered.section).to.equal('5.3');
    expect(answered.answer).to.contain('On your other question: the framework does not give forms, templates, codes, mailing lists or links.');
    // "..., and for how long?" is a second question too.
    const howLong = answerQuestion('where is the record of expense authorisation kept, and for how long?');
    expect(howLong.section).to.equal('5.4');
    expect(howLong.answer).to.match(/NPS and YOS finance[\s\S]*On your other question: the framework does not give that figure\./);
    // Unless the first question is not the rule's own: then the message is declined as a whole.
    expect(answerQuestion('Is the workload measurement tool used for YOT secondees, and how many points does a youth rehabilitation order case carry?').section).to.equal(null);
  });

  it('a second question about something the framework leaves to others is pointed there, and the first still answered', () => {
    const twoInOne = answerQuestion('Who do I show evidence of my travel claims to so they are recharged properly, and is there a time limit for submitting them?');
    expect(twoInOne.section).to.equal('5.3');
    expect(twoInOne.answer).to.match(/YOS manager and to the NPS link manager[\s\S]*On your other question: The framework does not set mileage or subsistence rates, claim limits or claim time limits/);
    // Asked alone, the second question is declined with the same pointer.
    const alone = answerQuestion('Is there a time limit for submitting travel claims?');
    expect(alone.section).to.equal(null);
    expect(alone.answer).to.contain('claim time limits');
    // A first question that itself leans off the framework (an allowance, an HR matter) leaves the whole message declined.
    const story =
      "Our team is moving to a building across the county and my commute will double. I know my travel for work visits goes through SOP. Am I entitled to excess fares or a disturbance allowance for the change of base, and for how long would it be paid?";
    expect(answerQuestion(story).section).to.equal(null);
  });

  it('a sum of money asked outright needs an amount; a deadline asked, a span, a month or "before each board"', () => {
    expect(givesWhatIsAsked('What is the monetary amount per FTE that NPS pays a YOT at Stage 5?', [answerOf('stage-5-reimbursement')])).to.equal(
      false,
    );
    expect(givesWhatIsAsked('how much does nps spend nationally on yos', [answerOf('nps-commitment')])).to.equal(false);
    expect(givesWhatIsAsked('What is the overhead per PO?', [answerOf('overhead-contribution')])).to.equal(true);
    // Time is not money: "how much time do POs spend" asks for the data returns' figure.
    expect(missingParticular('how much time do POs spend on court duty?', [answerOf('pso-resource')])).to.not.equal('that sum of money');
    expect(givesWhatIsAsked("What's the monthly cut-off date for SOP expense claims?", [answerOf('travel-subsistence')])).to.equal(false);
    expect(givesWhatIsAsked("What's the deadline for the return plan?", [answerOf('return-meeting')])).to.equal(true);
    // A deadline mentioned in passing is not asked for.
    expect(givesWhatIsAsked("I've got a deadline on Friday. Who signs off my claim?", [answerOf('travel-subsistence')])).to.equal(true);
    // Asked as a chat message opens: "deadline for ...?".
    expect(givesWhatIsAsked('deadline for putting T&S claims on SOP?', [answerOf('travel-subsistence')])).to.equal(false);
    expect(givesWhatIsAsked('deadline for the return plan?', [answerOf('return-meeting')])).to.equal(true);
    // How long or how soon is a span of time: the £5,000 in the answer is no answer to it.
    expect(givesWhatIsAsked('how long does NPS have to pay our overhead invoice?', [answerOf('overhead-contribution')])).to.equal(false);
    expect(givesWhatIsAsked('how long can a secondment last?', [answerOf('secondment-length')])).to.equal(true);
    // "Much simpler" after "salary" asks no sum.
    expect(givesWhatIsAsked('we advertise our own post and invoice NPS for the salary - much simpler. Is that allowed?', [answerOf('stage-4-temporary-worker')])).to.equal(true);
  });

  it('a span of time claimed in a check needs a span of a like length in the answer; a span told as context, or an age, is no claim', () => {
    // Neither rule gives any span in hours or weeks: "is it 48 hours?" cannot be settled by them.
    expect(missingParticular('is it 48 hours for secondees to record contacts on nDelius?', [answerOf('case-recording')])).to.equal('that figure');
    expect(missingParticular('framework says long term sickness = 4 wks+ for secondees doesnt it?', [answerOf('sickness-cover')])).to.equal('that figure');
    // A like span settles it (with a No when it differs): a month's rule answers a claim in weeks, and the 28 days a claim in weeks.
    expect(givesWhatIsAsked('the return meeting is 3 months before the end, right?', [answerOf('return-meeting')])).to.equal(true);
    expect(givesWhatIsAsked('a dispute goes up after 6 weeks, doesnt it?', [answerOf('dispute-resolution')])).to.equal(true);
    // How long something has gone on, or someone's age, is context: the check is about something else.
    expect(givesWhatIsAsked('She has been off sick for 11 weeks. Is it the NPS that arranges cover, right?', [answerOf('sickness-cover')])).to.equal(true);
    expect(givesWhatIsAsked("This framework sets out the step-by-step transition procedure for 17-to-18 year olds, doesn't it?", [answerOf('transitions-guidance')])).to.equal(true);
  });

  /**
   * 720 questions written by helpers beside each rule (ten per rule), each asking for something the
   * framework never gives: a template, a rate, a named person, a system code. Most share the rule's
   * words, so many are still answered; this keeps the measured level (December 2026: 301 declined
   * before the artefact, sum and deadline checks, 324 after; 319 once a weak match the classifier is
   * sure of is answered, which gained 8 in-scope answers on the rounds and lost none off-framework;
   * 316 with the 5.3 rule on a PO's links to NPS services, which gained 10 on the rounds).
   */
  it("vetting's renewal is not given, and whose health and safety procedures apply is, though not what they say", () => {
    expect(missingParticular("When does a secondee's DBS need renewing?", [answerOf('vetting')])).to.equal('when vetting is renewed');
    expect(missingParticular('how often is security clearance refreshed?', [answerOf('vetting')])).to.equal('when vetting is renewed');
    expect(missingParticular('What vetting does a secondee need before starting?', [answerOf('vetting')])).to.equal(null);
    const whose = "He says NPS lone working rules apply, not ours. Which health and safety procedures apply, ours or NPS's?";
    expect(missingParticular(whose, [answerOf('health-safety')])).to.equal(null);
    expect(missingParticular('what does the lone working policy say about evening visits?', [answerOf('health-safety')])).to.not.equal(null);
  });

  it('declines at least its measured share of near-miss questions written beside each rule', () => {
    const file = path.join(__dirname, '..', '..', '..', 'test', 'fixtures', 'near-misses.json');
    const byRule = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, string[]>;
    const questions = Object.values(byRule).flat();
    expect(questions.length).to.equal(720);
    const declined = questions.filter((q) => answerQuestion(q).section === null).length;
    expect(declined).to.be.at.least(316);
  });

  it('declines such questions naming the nearest section, and still answers the rule they lean on', () => {
    const declined = answerQuestion('When is the next YOS Governance Board meeting?');
    expect(declined.section).to.equal(null);
    expect(declined.answer).to.match(/does not give dates for particular meetings or returns; the nearest it comes is section 9\.1/);
    expect(answerQuestion('How often does the YOS Governance Board meet?').section).to.equal('9.1');
    expect(answerQuestion('Who gives me a desk and phone at the YOT, and who gives me a laptop?').section).to.equal('5.4');
  });

  it("judges a rate by the sentences that ask: a story's rate is context; booking a room is local; wiggle room is no figure", () => {
    const story = answerQuestion(
      "We're at stage 4. The YOT hired a locum at a day rate far above what we'd pay and sent NPS the bill. Were they meant to agree the costs with us first?",
    );
    expect(story.section).to.equal('5.5');
    expect(story.answer).to.match(/understanding of the costs/);
    // The rate asked outright is still declined.
    expect(answerQuestion('What day rate can the YOT pay a stage 4 locum?').section).to.equal(null);
    const room = answerQuestion('how do I book a meeting room for the quarterly three-way review?');
    expect(room.section).to.equal(null);
    expect(room.answer).to.match(/does not give how rooms, desks or venues are booked/);
    expect(answerQuestion('How much wiggle room do divisions have under the framework?').section).to.equal('1.1');
  });
});
