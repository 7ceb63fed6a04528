/**
 * What people read on cards (issue 22, item 7): one date format ("Thursday 10 December 2026"),
 * words instead of internal codes, no stage dates on a filled vacancy, an imported vacancy's
 * opening in its trail, and no command-line advice.
 */
import { expect } from 'chai';
import { boardAgenda } from '../../src/framework/agenda';
import { describeVacancyChanges } from '../../src/framework/vacancies';
import { boardAgendaCard, vacancyCard, vacancyListCard } from '../../src/views/vacancy-cards';
import { validateCard } from '../../src/views/templates';
import { cardText } from '../helpers/harness';
import { snapshot, vacancy } from '../helpers/records';

const ISO_DATE = /\b\d{4}-\d{2}-\d{2}\b/;
const abilities = { canStage: true, canUpdate: true, canFill: true };

describe('plain words on cards', () => {
  const staged = vacancy({ stage: 2, stageDate: '2026-12-10', cover: 'agency' });
  const world = snapshot({ vacancies: [staged], boards: [{ board: 'YOGB', meetingDate: '2027-02-10' }] });

  it('dates on vacancy cards read "Thursday 10 December 2026", never ISO', () => {
    const text = cardText(vacancyCard(staged, [], world, abilities, '2027-01-20'));
    expect(text).to.contain('on Thursday 10 December 2026');
    const facts = (vacancyCard(staged, [], world, abilities, '2027-01-20') as any).body.flatMap((b: any) => b.facts ?? []);
    for (const f of facts) expect(f.value, f.title).to.not.match(ISO_DATE);
    expect(cardText(vacancyListCard([staged], world, '2027-01-20'))).to.not.match(ISO_DATE);
    const agenda = boardAgendaCard(boardAgenda(world, '2027-01-20', 'spoc@example.org'), world);
    expect(validateCard(agenda)).to.deep.equal([]);
    expect(cardText(agenda)).to.not.match(ISO_DATE);
  });

  it('a filled vacancy shows when it was filled, not the stage dates still to come', () => {
    const filled = { ...staged, filledDate: '2027-01-05' };
    const card = vacancyCard(filled, [], world, abilities, '2027-01-20');
    const text = cardText(card);
    expect(text).to.contain('filled on Tuesday 5 January 2027');
    expect(text).to.not.contain('Stage 4 from').and.to.not.contain('Stage 5 from');
    expect(validateCard(card)).to.deep.equal([]);
  });

  it('an imported vacancy (no recorded opening) starts its trail in Teams with the opening, as the export does', () => {
    const text = cardText(vacancyCard(staged, [], world, abilities, '2027-01-20'));
    expect(text).to.contain('Post fell vacant');
    expect(text).to.contain('Saturday 31 October 2026');
  });

  it('a review\'s changes are told in words, never field names or codes', () => {
    const lines = describeVacancyChanges(vacancy({ cover: 'none' }), vacancy({ cover: 'agency', fte: 0.5, linkManagerEmail: 'link@example.org' }), () => 'Lee Link');
    expect(lines).to.deep.equal([
      'cover changed from no temporary cover to operational agency temp (stages 2-3)',
      'FTE changed from 1 to 0.5',
      'link manager changed from the link managers of the YOS to Lee Link',
    ]);
    expect(lines.join()).to.not.match(/->|linkManagerEmail|\bnone\b/);
  });

  it('no card points people in Teams at yosbot commands', () => {
    const agenda = cardText(boardAgendaCard(boardAgenda(world, '2027-01-20', 'spoc@example.org'), world));
    expect(agenda).to.not.contain('yosbot');
    expect(agenda).to.contain('type "vacancies"');
  });
});
