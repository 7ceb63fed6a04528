import { expect } from 'chai';
import { scoreItem, summarise, verdictOf, type QaItem } from '../../scripts/qa-score';

const RULE = 'Secondees’ travel and subsistence is funded by the NPS as part of its statutory contribution.';
const check = (verdict: QaItem['verdict'], section = '5.4'): QaItem => ({ q: 'The YOS pays the T&S, right?', section, verdict });

describe('question scoring: the verdict a check question is led with', () => {
  it('reads "Yes" or "No" opening the answer, or the paragraph after a weak match line', () => {
    expect(verdictOf({ answer: `No: ${RULE}`, section: '5.4' })).to.equal('no');
    expect(verdictOf({ answer: `Yes.\n\n${RULE}`, section: '5.4' })).to.equal('yes');
    expect(verdictOf({ answer: `This looks like section 5.4, "T&S".\n\nNo: ${RULE}`, section: '5.4' })).to.equal('no');
  });

  it('gives none for a lead of another kind, a "No" later in the text, a decline, or a word only starting with the letters', () => {
    expect(verdictOf({ answer: `In short: ${RULE}\n\nNo: that is all.`, section: '5.4' })).to.equal('none');
    expect(
      verdictOf({ answer: 'Sorry, the National Partnership Framework does not say, so I cannot answer yes or no.', section: null }),
    ).to.equal('none');
    expect(verdictOf({ answer: `Not quite. ${RULE}`, section: '5.4' })).to.equal('none');
    expect(verdictOf({ answer: `Nobody else: ${RULE}`, section: '5.4' })).to.equal('none');
  });

  it('counts verdicts apart from the section and facts, and only for items that give one', () => {
    const scored = [
      scoreItem(check('no'), { answer: `No: ${RULE}`, section: '5.4' }),
      scoreItem(check('no'), { answer: `Yes: ${RULE}`, section: '5.4' }),
      scoreItem(check('yes'), { answer: RULE, section: '5.4' }),
      scoreItem(check('none', 'none'), { answer: `Yes: ${RULE}`, section: '5.4' }),
      scoreItem(check('none', 'none'), { answer: 'Sorry, the framework does not say.', section: null }),
      scoreItem({ q: 'Who pays T&S?', section: '5.4' }, { answer: `Yes: ${RULE}`, section: '5.4' }),
    ];
    expect(summarise(scored).verdicts).to.deep.equal({ asked: 5, right: 2, opposite: 1, missing: 1, unwanted: 1 });
    expect(scored[1].outcome, 'a wrong verdict does not change the section score').to.equal('right');
  });
});
