/**
 * Cards that carry their actions (issue 22): the deadlines list, reminder dates drawn for the day
 * they are read, the vacancy stage form offering the stage that applies, the correction form.
 */
import { expect } from 'chai';
import { openObligations } from '../../src/framework/obligations';
import { recordableStages, stageRecordError } from '../../src/framework/vacancies';
import { reminderCard } from '../../src/views/reminder-cards';
import { vacancyCard } from '../../src/views/vacancy-cards';
import { deadlinesCard } from '../../src/views/workflow-cards';
import { validateCard } from '../../src/views/templates';
import { secondment, snapshot, vacancy } from '../helpers/records';

/** Every element of a card of a given type, wherever it sits. */
function all(node: unknown, type: string, found: Record<string, unknown>[] = []): Record<string, unknown>[] {
  if (Array.isArray(node)) node.forEach((n) => all(n, type, found));
  else if (node && typeof node === 'object') {
    const record = node as Record<string, unknown>;
    if (record.type === type) found.push(record);
    Object.values(record).forEach((v) => all(v, type, found));
  }
  return found;
}

const world = snapshot({
  secondments: [secondment({ startDate: '2025-01-31', plannedEndDate: '2027-07-30' })],
  vacancies: [vacancy({ openedDate: '2026-10-01' })],
});

describe('cards that carry their actions (issue 22)', () => {
  it('my deadlines: a button on each row the person must act on, none on rows they are only told about; refreshed for them', () => {
    const obligations = openObligations(world, '2027-01-20');
    const card = deadlinesCard(obligations, 'link@example.org', '2027-01-20', 60, false, undefined, ['29:link']) as { refresh: { userIds: string[] } };
    expect(validateCard(card)).to.deep.equal([]);
    expect(card.refresh.userIds).to.deep.equal(['29:link']);
    const buttons = all(card, 'Action.Execute').filter((a) => a.verb === 'deadline.open');
    const mine = obligations.filter((o) => o.responsible.includes('link@example.org'));
    expect(buttons.map((b) => (b.data as { kind: string }).kind).sort()).to.deep.equal(mine.map((o) => o.kind).sort());
    const secondee = deadlinesCard(obligations, 'po@example.org', '2027-01-20', 60, false);
    expect(all(secondee, 'Action.Execute').filter((a) => a.verb === 'deadline.open')).to.deep.equal([]);
  });

  it("a reminder's date fields are those of the day it is drawn, and it asks Teams to draw it again for its recipient", () => {
    const review = openObligations(world, '2027-01-20').find((o) => o.kind === 'three-way-review')!;
    const sent = reminderCard(review, '2027-01-20', 'responsible', world, '2027-01-20', undefined, ['29:link']) as {
      refresh: { action: { verb: string; data: object }; userIds: string[] };
    };
    expect(sent.refresh.userIds).to.deep.equal(['29:link']);
    expect(sent.refresh.action).to.deep.include({ verb: 'reminder.refresh', data: { kind: 'three-way-review', subjectId: 'S1' } });
    const readLater = reminderCard(review, '2027-01-27', 'responsible', world, '2027-01-27');
    const date = all(readLater, 'Input.Date')[0];
    expect(date).to.include({ value: '2027-01-27', max: '2027-01-27' });
  });

  it('the stage form offers stage 4 once it applies, even for a vacancy recorded at stage 0, and defaults to it', () => {
    const v = world.vacancies[0];
    expect(recordableStages(v, '2026-12-01')).to.deep.equal([1]);
    expect(recordableStages(v, '2027-01-02')).to.deep.equal([1, 4]);
    expect(recordableStages({ ...v, cover: 'agency' }, '2027-01-02'), 'an agency temp in post: stage 4 does not apply').to.deep.equal([1]);
    const card = vacancyCard(v, [], world, { canStage: true, canUpdate: true, canFill: true }, '2027-01-02');
    const stage = all(card, 'Input.ChoiceSet').find((c) => c.id === 'stage')!;
    expect(stage.value).to.equal('4');
    expect((stage.choices as { value: string }[]).map((c) => c.value)).to.deep.equal(['1', '4']);
    const input = { stage: 4, date: '2027-01-02', evidence: 'YOT manager told by email on 2 January', cover: 'none' as const };
    expect(stageRecordError(v, input, '2027-01-02')).to.equal(null);
    expect(stageRecordError(v, { ...input, stage: 3 }, '2027-01-02')).to.have.property('field', 'stage');
  });

  it('the correction form shows only to whoever recorded the current stage', () => {
    const v = { ...world.vacancies[0], stage: 1, stageDate: '2026-10-05' };
    const titles = (canCorrect: boolean) =>
      all(vacancyCard(v, [], world, { canStage: true, canUpdate: true, canFill: true, canCorrect }, '2027-01-02'), 'Action.ShowCard').map(
        (a) => a.title,
      );
    expect(titles(true)).to.include('Correct the stage date');
    expect(titles(false)).to.not.include('Correct the stage date');
  });
});
