/** Particulars a yes/no question can get wrong (src/framework/claim-checks.ts): a year, a PI's number, a named person's post. */
import { expect } from 'chai';
import { wrongParticular } from '../../src/framework/claim-checks';
import { answerQuestion } from '../../src/framework/answer';
import { configureAnswering } from '../../src/services/english-words';

describe('particulars a yes/no question gets wrong (no I/O)', () => {
  before(() => configureAnswering());

  it('reads a wrong year, PI number or post against the answering sentence', () => {
    expect(wrongParticular('The Lammy review the framework cites is the 2019 one, right?', 'And the Lammy review (2017).')).to.equal(
      'year',
    );
    expect(wrongParticular('PI 05/14 is the case transfers one, isn’t it?', 'PI 07/14 Case transfers')).to.equal('instruction');
    expect(wrongParticular('Sarah Ward is the North East YOS lead, isn’t she?', 'Sarah Ward, North West')).to.equal('post');
    expect(
      wrongParticular(
        'Sarah Chand gave the final sign-off as Executive Director of Probation, right?',
        'It was approved by Sarah Chand, Probation Divisional Director (NPS DBC), with final sign-off by Sonia Flynn, Executive Director of Probation (NPS).',
      ),
    ).to.equal('post');
  });

  it("reads nothing from an Act's year, a name the framework does not list, two people at once, or a particular that agrees", () => {
    expect(
      wrongParticular('The NPS has been the partner since 2014, right?', 'Under the Crime and Disorder Act 1998, section 39(1) ...'),
    ).to.equal(undefined);
    expect(
      wrongParticular('Does HMPPS in Wales work with the Welsh Government?', 'HMPPS in Wales works closely with Welsh Government.'),
    ).to.equal(undefined);
    expect(
      wrongParticular(
        'Sarah Chand approved it and Sonia Flynn, as Executive Director of Probation, did the final sign-off, right?',
        'It was approved by Sarah Chand, Probation Divisional Director (NPS DBC), with final sign-off by Sonia Flynn, Executive Director of Probation (NPS).',
      ),
    ).to.equal(undefined);
    expect(wrongParticular('The Lammy review cited is the 2017 one, right?', 'And the Lammy review (2017).')).to.equal(undefined);
  });

  it('leads the answer with "No" and the sentence giving the right particular', () => {
    expect(answerQuestion('PI 05/14 is the case transfers instruction, isn’t it?').general).to.match(
      /^No: The PIs the framework lists as relevant to working with children are: … PI 07\/14 Case transfers/,
    );
    expect(answerQuestion('Mark Burden is the NPS Midlands YOS lead, isn’t he?').general).to.match(
      /^No: The NPS divisional YOS leads: … Mark Burden, South East and Eastern/,
    );
  });
});
