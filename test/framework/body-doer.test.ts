/** Which body does a thing (src/framework/body-doer.ts): a yes/no question naming the wrong one gets "No". */
import { expect } from 'chai';
import { wrongBody } from '../../src/framework/body-doer';
import { answerQuestion } from '../../src/framework/answer';
import { configureAnswering } from '../../src/services/english-words';

const VETTING =
  'The NPS SPOC provides the details of the business hub for the invoice, and the YOS vets the candidate through its own internal processes.';

describe('which body does a thing (no I/O)', () => {
  before(() => configureAnswering());

  it("finds the body a question puts before the rule sentence's action, however it is said", () => {
    for (const claim of [
      'nps vets the temp the yot finds, right?',
      'nps has to vet them first, yeah?',
      'nps carries out the vetting on the temp, correct?',
    ]) {
      expect(wrongBody(claim, VETTING, VETTING), claim).to.deep.equal({ claimed: 'nps', stated: 'yos' });
    }
    // The right body, or the YOT for the YOS, is no contradiction.
    expect(wrongBody('the yot does the vetting itself, is that right?', VETTING, VETTING)).to.equal(undefined);
  });

  it('reads no doer into a noun, a negation, a choice, a list or a body set aside', () => {
    // "YOT training" is a kind of training; "YOTs don't work to it" is denied; "NPS or the YOS?" asks which.
    expect(wrongBody('can we charge nps for a place on yot training courses?', 'They must be released for NPS training.', '')).to.equal(
      undefined,
    );
    expect(wrongBody("the welsh yots don't work to it, correct?", 'The NPS works with partners.', '')).to.equal(undefined);
    expect(wrongBody('does nps or the yos provide the laptop?', 'The YOS provides a desk.', '')).to.equal(undefined);
    expect(wrongBody('only the crc can supervise them, right?', 'A CRC, the NPS or a YOS can supervise them.', '')).to.equal(undefined);
    expect(wrongBody("it's the nps rather than the yot who tells the crc, correct?", 'The NPS tells the CRC.', '')).to.equal(undefined);
    // An action the answer gives to the claimed body elsewhere too is not contradicted.
    const equipment = 'The NPS provides NPS laptops. The YOS provides a desk and telephone.';
    expect(wrongBody('the yos provides my desk, is that right?', 'The NPS provides NPS laptops.', equipment)).to.equal(undefined);
  });

  it('leads the answer with "No" and the sentence naming the right body', () => {
    const a = answerQuestion('At stage 4, NPS carries out the vetting on the temp the YOT brings in, right?');
    expect(a.general).to.match(/^No: .*the YOS vets the candidate/);
    const monitoring = answerQuestion(
      "NPS keeps overall responsibility for monitoring a secondee's performance during the secondment, right?",
    );
    expect(monitoring.general).to.match(/^No: The YOS keeps overall responsibility for monitoring/);
  });
});
