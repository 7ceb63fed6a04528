import { expect } from 'chai';
import { answerQuestion } from '../../src/framework/answer';
import { boardMemberEmailFor, dateIn, overheadFor, secondmentDatesFor, violenceBandFor } from '../../src/framework/worked-figures';
import { configureAnswering } from '../../src/services/english-words';

describe("figures worked out from the asker's own numbers (5.4), labelled as the bot's arithmetic", () => {
  before(() => configureAnswering());

  it('multiplies the £5,000 overhead by the POs, never counting PSOs', () => {
    expect(overheadFor('We have three seconded probation officers and two seconded PSOs')).to.match(/3 seconded POs x £5,000 = £15,000/);
    expect(overheadFor('our 1.5 PO secondees')).to.match(/= £7,500/);
    expect(overheadFor('we have 2 PSOs')).to.equal(undefined);
    expect(overheadFor('how much is the overhead?')).to.equal(undefined);
  });

  it('reads a date written out, abbreviated or in figures', () => {
    expect(dateIn('started on 1st September 2022')?.date).to.equal('2022-09-01');
    expect(dateIn('began in Sept 2024')?.date).to.equal('2024-09-01');
    expect(dateIn('ends 31/03/2027')?.date).to.equal('2027-03-31');
    expect(dateIn('ends on 31 February 2027')).to.equal(undefined);
  });

  it('gives the latest end and the return meeting from a start date, the meeting from an end date', () => {
    expect(secondmentDatesFor('My secondment started on 1 September 2022, when must it end?')).to.match(
      /run to Monday 1 September 2025 at the latest.*due by Saturday 1 March 2025/,
    );
    expect(secondmentDatesFor('It ends on 31/03/2027. When is the return meeting?')).to.match(
      /ending on Wednesday 31 March 2027, the return meeting is due by Wednesday 30 September 2026/,
    );
    // A date that is neither a start nor an end is not guessed at.
    expect(secondmentDatesFor('We met on 3 March 2026 about it')).to.equal(undefined);
  });

  it("puts a YOT's serious youth violence share in its 5.1 band", () => {
    expect(violenceBandFor('about 15% of our offences are serious youth violence')).to.match(/falls in level 2 \(11-20%\), 10% provision/);
    expect(violenceBandFor('SYV is 4 per cent here')).to.match(/level 1 \(0-10%\), 5% provision/);
    expect(violenceBandFor('15% of our budget')).to.equal(undefined);
  });

  it('answers a message naming a person the framework lists, even when its words lean elsewhere (e-mail)', () => {
    const a = answerQuestion("Mark Burden's email is just mark.burden@justice.gov.uk like everyone else's, yes?");
    expect(a.section).to.equal('9.1');
    expect(a.answer).to.contain('mark.burden1@justice.gov.uk');
    // Naming a listed person does not make a phone number something the framework gives.
    expect(answerQuestion("What's the phone number for Louise Johnson, the North East YOS lead?").section).to.equal(null);
  });

  it("gives a board member's e-mail address: the one 9.1 lists, else its name.surname rule's, labelled as worked out", () => {
    expect(boardMemberEmailFor('email addr for andy wade?')).to.match(/^Andy Wade: andy\.wade@justice\.gov\.uk, worked out by this bot from 9\.1's rule/);
    expect(boardMemberEmailFor("What's Mark Burden's email address?")).to.equal('Mark Burden: mark.burden1@justice.gov.uk, as 9.1 lists it.');
    expect(boardMemberEmailFor('Sue Walker email?')).to.contain('susan.walker@yjb.gov.uk');
    // No name, but the divisional YOS lead of a region the list gives.
    expect(boardMemberEmailFor("I'm in South West South Central; how would I email our YOS lead?")).to.match(/^Jon Nason: jon\.nason@justice\.gov\.uk/);
    expect(boardMemberEmailFor('email for the wales yos leads?')?.split('\n')).to.have.length(2);
    // No address asked, or nobody the board list names: nothing worked out.
    expect(boardMemberEmailFor('Who is Andy Wade?')).to.equal(undefined);
    expect(boardMemberEmailFor("What's Paul Smith's email?")).to.equal(undefined);
    const a = answerQuestion("What's Jon Nason's email address?");
    expect(a.section).to.equal('9.1');
    expect(a.answer).to.contain('jon.nason@justice.gov.uk, worked out by this bot');
  });

  it('puts the worked figure in the answer, labelled, beside the rule', () => {
    const a = answerQuestion('Our YOT has three seconded POs and two PSOs. How much overhead can we invoice the NPS for?');
    expect(a.section).to.equal('5.4');
    expect(a.general).to.contain('Worked out by this bot from the 5.4 rate: 3 seconded POs x £5,000 = £15,000');
    expect(a.general).to.contain('£5,000 per seconded probation officer (PO) only');
  });
});
