import { expect } from 'chai';
import { answerQuestion } from '../../src/framework/answer';
import { configureAnswering } from '../../src/services/english-words';
import { answerCard } from '../../src/views/chat-cards';
import { validateCard } from '../../src/views/templates';
import { cardText } from '../helpers/harness';

describe('answer cards cite where the answer comes from', () => {
  before(() => configureAnswering());

  it('cites a numbered section as "Framework section N"', () => {
    const card = answerCard(answerQuestion('who chairs the YOS Governance Board?'));
    expect(validateCard(card)).to.deep.equal([]);
    expect(cardText(card)).to.contain('Framework section 9.1');
  });

  it('cites the front matter (adoption, review, version) as the document control, not "section front"', () => {
    const answer = answerQuestion('When was the partnership framework adopted, and who reviews it?');
    expect(answer.section).to.equal('front');
    expect(answer.general).to.contain('1 April 2015').and.to.contain('YOS Governance Board');
    const card = answerCard(answer);
    expect(validateCard(card)).to.deep.equal([]);
    expect(cardText(card)).to.contain('Framework document control (front page)').and.not.to.contain('section front');
  });
});
