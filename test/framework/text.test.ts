import { expect } from 'chai';
import { clauses, normalise, tokens } from '../../src/framework/text';

const view = (text: string) => clauses(text).map((c) => `${c.asks ? '?' : '.'} ${c.words.map((w) => w.term).join(' ')}`);

describe('reading a message into clauses (no I/O)', () => {
  it('a question with no words of its own asks about the clause before it', () => {
    expect(view('We only had one applicant for the post. We want to skip the interview. Are we allowed to do that?')).to.deep.equal([
      '. applic post',
      '? skip interview',
    ]);
  });

  it('"what does the framework say?" has no words of its own', () => {
    expect(tokens('What does the framework say?')).to.deep.equal([]);
    expect(view('My secondee is off sick long term. What does the framework say?')).to.deep.equal(['? seconde sick longterm']);
  });

  it('a short lead-in cut off by a comma joins the question after it', () => {
    expect(view('For the Head of LDU, what must be in place before a secondee starts?')[0]).to.match(/^\? head ldu/);
    // Who is asking is context: "As Head of LDU, ..." is folded away, the question kept.
    expect(view('As Head of LDU, what must be in place before a secondee starts?')[0]).to.match(/^\? place befor seconde start/);
    expect(view('Over in Wales, which policies apply?')).to.deep.equal(['? wale polici appli']);
    // A sentence is never a lead-in, and a lead-in with no question after it stays context.
    expect(view('Wales. Which policies apply?')).to.deep.equal(['. wale', '? polici appli']);
    expect(view('In Wales, we do it differently.')).to.deep.equal(['? wale', '? differ']);
  });

  it('a message with no question asks in every clause', () => {
    expect(view('hmpps values')).to.deep.equal(['? hmpps valu']);
  });

  it('folds "signed off" by what follows: sickness for a time off work, approval by a person', () => {
    expect(normalise('signed off for ten weeks now')).to.match(/ sick /);
    expect(normalise('signed off with stress')).to.match(/ sick /);
    expect(normalise('claims signed off by the YOT manager')).to.match(/ approve by /);
  });

  it('reads "V0.8" as the document control\'s "version 0.8", and "orgs" as organisations', () => {
    expect(normalise('what changed in V0.8?')).to.match(/ version 0\.8 /);
    expect(normalise('when was version 0.8 produced')).to.match(/ version 0\.8 /);
    expect(normalise('which orgs are on it')).to.match(/ organisation /);
  });

  it('everyday words for the framework\'s ideas: being in charge is responsibility (not a charge to invoice), flu is sickness, a line-up is membership', () => {
    expect(normalise('who is in charge of the tracker?')).to.match(/ responsible /).and.not.match(/invoice/);
    expect(normalise('who charges the YOT for the overhead?')).to.match(/ invoice /);
    expect(normalise('off with flu since Monday')).to.match(/ sick /);
    expect(normalise('the legal line-up of a YOT')).to.match(/ members /);
    expect(normalise('when did it come into effect')).to.match(/ adopted /);
    expect(normalise('is it still fit for purpose')).to.match(/ review /);
    expect(normalise('who should end up paying for it')).to.match(/ payer /);
    expect(normalise('we fell out over who does what')).to.match(/ dispute /);
    expect(normalise('who decides which cases she gets')).to.match(/ allocate work /);
    // "Still miles apart" is a disagreement; a place 90 miles away is a journey, not a mileage rate.
    expect(normalise("we're still miles apart")).to.match(/ dispute /).and.not.match(/mileage/);
    expect(normalise('a secure unit 90 miles away')).to.match(/ travel /).and.not.match(/mileage/);
    expect(normalise('I claim for the miles I drove')).to.match(/ mileage travel /);
    expect(normalise('she has been off four months with stress')).to.match(/ sick /);
    expect(normalise('off since Monday with a chest infection')).to.match(/ sick /);
    expect(normalise('when did this framework first actually come in?')).to.match(/ adopted /);
    expect(normalise('what time does she come in?')).to.not.match(/adopted/);
  });

  it('a clause asking "how often" still asks (its "how" is kept)', () => {
    const asked = clauses('Nobody handed this over to me. How often does it have to go in?');
    expect(asked.map((c) => c.asks)).to.deep.equal([false, true]);
  });

  it('"2+1" is one term, as the secondment length rule writes it', () => {
    expect(normalise('is the secondment 2+1 or 3+1?')).to.match(/ 2plus1 .* 3plus1 /);
  });

  it('a claim for reimbursement is no travel claim; "ground rules" are conditions', () => {
    expect(normalise("we've put in a claim for reimbursement")).to.match(/ reimburse /).and.not.match(/claim/);
    expect(normalise('what are the ground rules?')).to.match(/ conditions /);
  });

  it('"a PO short" is a vacancy, not short-term sickness; "short-staffed" for a day stays as it is', () => {
    expect(normalise('the YOT is now a PO short')).to.match(/ vacancy /);
    expect(normalise('we are down one probation officer')).to.match(/ vacancy /);
    expect(normalise('the team is short-staffed that week')).to.not.match(/vacancy/);
  });

  it('"what is X for?" asks for the purpose, but "responsible for?" does not', () => {
    expect(normalise('what is the vacancy tracker for?')).to.match(/tracker purpose \?/);
    expect(normalise('what is the portfolio lead responsible for?')).to.not.match(/purpose/);
  });
});
