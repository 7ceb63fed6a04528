import { expect } from 'chai';
import type { Vacancy, VacancyEvent } from '../../src/framework/records';
import { importedEventId, planStageImport, validateStageRow, type StageRow } from '../../src/framework/stage-import';
import { vacancy } from '../helpers/records';

const TODAY = '2027-06-01';
const AT = '2027-06-01T09:00:00.000Z';
const refs = { yosIds: new Set(['NORTHANTS']), emails: new Set(['link@example.org', 'ldu@example.org']) };

const row = (over: Partial<StageRow> = {}): StageRow => ({
  vacancyId: 'V1',
  stage: 1,
  date: '2026-11-05',
  recordedBy: 'link@example.org',
  evidence: 'Asked the LDU for a PO; none free',
  ...over,
});
const lines = (...rows: StageRow[]) => rows.map((record, i) => ({ line: i + 2, record }));
const plan = (rows: StageRow[], v: Vacancy = vacancy(), trail: VacancyEvent[] = []) =>
  planStageImport(lines(...rows), new Map([[v.vacancyId, v]]), new Map([[v.vacancyId, trail]]), TODAY, AT);

describe('vacancy-stages import (5.5 evidence trail from the spreadsheet)', () => {
  it('reads a row: stage 1-5, a date, a known recorder, evidence; each bad column named', () => {
    const ok = validateStageRow(
      { vacancy_id: 'V1', stage: '2', date: '05/11/2026', recorded_by_email: 'LINK@example.org', evidence: 'Agency asked' },
      refs,
    );
    expect(ok.ok && ok.record).to.deep.equal({
      vacancyId: 'V1',
      stage: 2,
      date: '2026-11-05',
      recordedBy: 'link@example.org',
      evidence: 'Agency asked',
    });
    const bad = validateStageRow(
      { vacancy_id: 'V1', stage: '6', date: '31/02/2026', recorded_by_email: 'stranger@example.org', evidence: '' },
      refs,
    );
    expect(bad.ok ? [] : bad.errors.map((e) => e.column)).to.deep.equal(['stage', 'date', 'recorded_by_email', 'evidence']);
    expect(bad.ok ? '' : bad.errors[2].message).to.equal('unknown person stranger@example.org (import people first)');
  });

  it('stages in order within the file: the trail rows and the vacancy at its highest stage', () => {
    const p = plan([
      row(),
      row({ stage: 2, date: '2026-11-20', evidence: 'Agency back-fill sought, none' }),
      row({ stage: 2, date: '2026-12-01', evidence: 'Agency asked again, none' }),
    ]);
    expect(p.problems).to.deep.equal([]);
    expect(p.events.map((e) => [e.stage, e.date, e.kind, e.recordedBy])).to.deep.equal([
      [1, '2026-11-05', 'stage', 'link@example.org'],
      [2, '2026-11-20', 'stage', 'link@example.org'],
      [2, '2026-12-01', 'stage', 'link@example.org'],
    ]);
    expect(p.events[0].note).to.contain('imported');
    expect(p.vacancies).to.have.length(1);
    expect(p.vacancies[0]).to.include({ stage: 2, stageDate: '2026-12-01' });
  });

  it('refuses out-of-order stages with file line and column, reporting one mistake once', () => {
    const p = plan([
      row(),
      row({ stage: 3, date: '2026-11-20' }),
      row({ stage: 4, date: '2027-02-01', evidence: 'YOT manager informed by email' }),
    ]);
    expect(p.problems).to.have.length(1);
    expect(p.problems[0]).to.include({ line: 3, column: 'stage' });
    expect(p.problems[0].message).to.contain('Record stage 2 first');
  });

  it('a row refused for its own fields still counts as its stage, so the next rows are not reported out of order', () => {
    const p = planStageImport(
      [
        { line: 2, record: row({ recordedBy: '' }), invalid: true },
        { line: 3, record: row({ stage: 2, date: '2026-11-20', evidence: 'Agency back-fill sought, none' }) },
      ],
      new Map([['V1', vacancy()]]),
      new Map(),
      TODAY,
      AT,
    );
    expect(p.problems).to.deep.equal([]);
    expect(p.events.map((e) => e.stage)).to.deep.equal([2]);
  });

  it('a stage must come after what is stored: lower than the stored stage is refused', () => {
    const p = plan([row({ stage: 1, date: '2026-12-10' })], vacancy({ stage: 2, stageDate: '2026-12-01' }));
    expect(p.problems.map((x) => [x.line, x.column])).to.deep.equal([[2, 'stage']]);
    expect(p.problems[0].message).to.contain('Stage 2 is already recorded');
  });

  it('dates: not before the post fell vacant, not before the stored stage, not in the future', () => {
    const v = vacancy({ openedDate: '2026-10-31' });
    expect(plan([row({ date: '2026-10-30' })], v).problems[0]).to.include({ column: 'date' });
    expect(plan([row({ date: '2027-06-02' })], v).problems[0]).to.include({ column: 'date', message: 'The date cannot be in the future.' });
    expect(plan([row({ stage: 1, date: '2026-11-01' })], vacancy({ stage: 1, stageDate: '2026-11-10' })).problems[0]).to.include({
      column: 'date',
    });
  });

  it('uses the same rules as the Teams form (stageRecordError): evidence too short, stage 5 with a temporary worker in post', () => {
    expect(plan([row({ evidence: 'tried' })]).problems[0]).to.include({ line: 2, column: 'evidence' });
    const covered = vacancy({ stage: 4, stageDate: '2027-01-31', cover: 'yot-temp' });
    const p = plan([row({ stage: 5, date: '2027-04-01', evidence: 'No PO/PSO, YOT temp in post' })], covered);
    expect(p.problems[0].column).to.equal('stage');
    expect(p.problems[0].message).to.contain('cover is recorded as "yot-temp"');
  });

  it('an unknown vacancy and a repeated row are refused', () => {
    expect(plan([row({ vacancyId: 'NOPE' })]).problems[0]).to.deep.equal({
      line: 2,
      column: 'vacancy_id',
      message: 'unknown vacancy "NOPE" (import vacancies first)',
    });
    expect(plan([row(), row()]).problems[0]).to.deep.equal({ line: 3, column: 'vacancy_id', message: 'duplicate of line 2' });
  });

  it('a filled post: earlier stages import as history, none after the fill date', () => {
    const filled = vacancy({ filledDate: '2026-12-15' });
    expect(plan([row()], filled).problems).to.deep.equal([]);
    expect(plan([row(), row({ stage: 2, date: '2026-12-20' })], filled).problems[0]).to.include({ line: 3, column: 'date' });
  });

  it('re-importing the same rows changes nothing; rows already on the trail still let later new rows follow them', () => {
    const first = plan([row(), row({ stage: 2, date: '2026-11-20', evidence: 'Agency back-fill sought, none' })]);
    const stored = { ...vacancy(), ...first.vacancies[0] };
    const again = plan([row(), row({ stage: 2, date: '2026-11-20', evidence: 'Agency back-fill sought, none' })], stored, first.events);
    expect(again).to.deep.include({ problems: [], events: [], vacancies: [], unchanged: 2 });
    const more = plan(
      [
        row(),
        row({ stage: 2, date: '2026-11-20', evidence: 'Agency back-fill sought, none' }),
        row({ stage: 3, date: '2026-12-01', evidence: 'Agency temp in the post' }),
      ],
      stored,
      first.events,
    );
    expect(more.problems).to.deep.equal([]);
    expect(more.events.map((e) => e.stage)).to.deep.equal([3]);
    expect(more.unchanged).to.equal(2);
  });

  it('an interrupted import (trail written, vacancy not) is completed by the re-run', () => {
    const first = plan([row(), row({ stage: 2, date: '2026-11-20', evidence: 'Agency back-fill sought, none' })]);
    const rerun = plan([row(), row({ stage: 2, date: '2026-11-20', evidence: 'Agency back-fill sought, none' })], vacancy(), first.events);
    expect(rerun.events).to.deep.equal([]);
    expect(rerun.vacancies[0]).to.include({ stage: 2, stageDate: '2026-11-20' });
  });

  it('the same row always has the same trail id (a concurrent re-import cannot add it twice)', () => {
    expect(importedEventId(row())).to.equal(importedEventId(row()));
    expect(importedEventId(row())).to.not.equal(importedEventId(row({ evidence: 'Different evidence here' })));
  });
});
