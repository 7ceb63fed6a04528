/**
 * The grounding checker's own pieces, on small made-up text (no framework file needed): whole-token
 * numbers, time spans, frequencies, who pays / chairs / approves, grades, negation, and what a
 * statement needs to pass (an anchor per clause, or a product label).
 */
import { expect } from 'chai';
import { checkStatement, splitClauses, type Statement } from '../helpers/grounding-check';
import { factsOf } from '../helpers/grounding-facts';

const SECTIONS = new Map([
  [
    '9.1',
    '9.1 Where the issues cannot be resolved within 28 days from when the dispute was raised, the issue should be escalated to Head of LDU and Senior Manager of YOS to resolve. The Governance Board is chaired by the NPS Portfolio lead. The Board meets on quarterly basis.\n\n- Mark Burden, NPS South East and Eastern, YOS lead (mark.burden1@justice.gov.uk)',
  ],
  [
    '5.4',
    "5.4 Other Resource Considerations\n\nSix months prior to the end of the secondment period a three-way meeting must take place. Travel and Subsistence, YOS probation secondees travel and subsistence will be funded by NPS. NPS will play a set rate of £5000 per Probation Officer (PO) secondee's only. This contribution is not applied to Probation Service Officers (PSO's).",
  ],
  [
    '5.3',
    'YOT Manager\n\n- Provide line management to the YOS Secondee\n- Approve Leave of secondee\n\nNPS Heads of Local Delivery Unit Area:\n\n- Attend YOS management Board or delegate to the deputy manager',
  ],
]);

function findings(text: string, section: string, extra: Partial<Statement> = {}): string[] {
  return checkStatement({ id: 'test', sections: [section], text, ...extra }, SECTIONS).map((f) => f.reason);
}

describe('grounding check (pure pieces)', () => {
  it('reads numbers as whole tokens, never inside an e-mail address or an id', () => {
    expect([...factsOf('mark.burden1@justice.gov.uk, NPS-BDC-SITOS01').numbers]).to.deep.equal([]);
    expect([...factsOf('£5,000 for 1.5 POs; PI02/16; within 28 days (section 9.1)').numbers].sort()).to.deep.equal([
      '02/16',
      '1.5',
      '28',
      '5000',
    ]);
  });

  it('reads a time span with its direction, and frequencies', () => {
    expect(factsOf('Six months prior to the end').times).to.deep.equal([{ n: '6', unit: 'month', dir: 'before' }]);
    expect(factsOf('within 28 days of being raised').times).to.deep.equal([{ n: '28', unit: 'day', dir: 'within' }]);
    expect(factsOf('after a further 1 month').times[0].dir).to.equal('after');
    expect([...factsOf('at least quarterly, not monthly').frequencies]).to.deep.equal(['monthly', 'quarterly']);
  });

  it('reads who pays, invoices, chairs and approves, with the YOS/YOT and manager names folded', () => {
    const rel = (t: string): string[] => factsOf(t).relations.map((r) => `${r.type}:${r.actors.join('+')}`);
    expect(rel('The Governance Board is chaired by the NPS Portfolio lead')).to.deep.equal(['chairs:@portfolio']);
    expect(rel('the YOT will need to invoice NPS for £10,000')).to.include.members(['invoices:@yot', 'pays:@nps']);
    expect(rel('the YOT manager and the NPS lead will need to agree a suitable solution')).to.deep.equal(['approves:@yotmgr+@npslead']);
    expect(rel('YOS secondees must get sign off for expenses by YOS manager before submitting')).to.deep.equal(['approves:@yotmgr']);
    expect(rel('The NPS SPOC provides the details of the business hub for the invoice')).to.deep.equal([]);
  });

  it('reads grades and negation, leaving conditions out', () => {
    expect([...factsOf('This contribution is not applied to Probation Service Officers').deniedGrades]).to.deep.equal(['pso']);
    expect([...factsOf('£5000 per Probation Officer (PO) only').onlyGrades]).to.deep.equal(['po']);
    expect(factsOf('If no Probation Resource is available, NPS to make use of an agency temp').negated).to.equal(false);
    expect(factsOf('no later than 6 months before the end').negated).to.equal(false);
    expect(factsOf('the secondee cannot submit the claim until you decide').negated).to.equal(false);
  });

  it('splits clauses at "; " outside brackets and at a colon between two statements', () => {
    expect(
      splitClauses('It applies only to the NPS divisions in England: HMPPS in Wales and its own arrangements are only referred to.'),
    ).to.have.length(2);
    const stage4 = splitClauses(
      'Stage 4: where no temporary staff are available, the YOT invoices the NPS (the NPS SPOC gives the business hub details; the YOS vets the candidate itself).',
    );
    expect(stage4).to.have.length(3);
    expect(stage4[0]).to.match(/^Stage 4: where/);
  });

  it('passes a faithful paraphrase and fails each kind of wrong fact, naming the clause and reason', () => {
    expect(
      findings(
        'If a dispute cannot be resolved within 28 days of being raised, it is escalated to the Head of LDU and the YOS senior manager.',
        '9.1',
      ),
    ).to.deep.equal([]);
    expect(findings('If a dispute cannot be resolved within 1 day, it is escalated to the Head of LDU.', '9.1').join()).to.match(
      /number 1/,
    );
    expect(findings('If a dispute cannot be resolved within 28 days, it is escalated to the SPOC.', '9.1').join()).to.match(
      /spoc escalated-to/,
    );
    expect(findings('The Governance Board is chaired by the YJB.', '9.1').join()).to.match(/yjb chairs; the source says portfolio chairs/);
    expect(findings('The Board meets monthly.', '9.1').join()).to.match(/"monthly"; the source says quarterly/);
    expect(findings('A three-way meeting must take place 6 months after the end of the secondment.', '5.4').join()).to.match(
      /after; the source says before/,
    );
    expect(findings('Travel and subsistence is funded by the YOT.', '5.4').join()).to.match(/yot pays/);
    expect(findings('The NPS does not fund travel and subsistence for secondees.', '5.4').join()).to.match(/is negated/);
    expect(findings('The contribution is also applied to Probation Service Officers.', '5.4').join()).to.match(/PSOs/);
    expect(findings('The NPS link manager approves the leave of a secondee.', '5.3').join()).to.match(/link approves/);
    expect(findings('The YOT manager approves the leave of a secondee.', '5.3')).to.deep.equal([]);
  });

  it('checks the people a clause names and which board it means', () => {
    expect(findings('The Head of LDU attends the YOS management board or delegates to the deputy manager.', '5.3')).to.deep.equal([]);
    expect(findings('The SPOC attends the YOS management board or delegates to the deputy manager.', '5.3').join()).to.match(
      /names the spoc/,
    );
    expect(findings('The Head of LDU attends the Governance Board or delegates to the deputy manager.', '5.3').join()).to.match(
      /governance board; its source means a local YOS management board/,
    );
  });

  it('needs an anchor per clause, unless the clause is a labelled product choice or an instruction about the bot', () => {
    expect(findings('The Board meets quarterly; reminders go out every Friday.', '9.1').join()).to.match(/carries no anchor/);
    expect(findings('The Board meets quarterly; the bot reminds you every Friday (product choice).', '9.1')).to.deep.equal([]);
    expect(findings('Record the meeting when it is held.', '9.1')).to.deep.equal([]);
    expect(findings('The bot reminds you every Friday.', '9.1', { productChoice: true })).to.deep.equal([]);
  });

  it('checks what a product statement attributes to a section, and every quote, verbatim', () => {
    expect(findings('the Head of LDU chairs the board (9.1)', '9.1', { productChoice: true }).join()).to.match(/holdu chairs/);
    expect(findings('Framework 9.1: "The Board meets on monthly basis".', '9.1').join()).to.match(/not verbatim/);
    expect(findings('Framework 9.1: "The Board meets on quarterly basis".', '9.1')).to.deep.equal([]);
  });

  it('anchors a clause by a pinned ground where its words differ from the text', () => {
    const text = 'The framework names who settles a disagreement.';
    expect(findings(text, '9.1').join()).to.match(/carries no anchor/);
    expect(findings(text, '9.1', { grounds: [{ sentence: 'The framework names', source: 'escalated to Head of LDU' }] })).to.deep.equal([]);
    expect(findings(text, '9.1', { grounds: [{ sentence: 'The framework names', source: 'not in the text' }] }).join()).to.match(
      /its ground/,
    );
  });
});
