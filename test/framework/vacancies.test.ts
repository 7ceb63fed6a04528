import { expect } from 'chai';
import { openObligations, type Obligation } from '../../src/framework/obligations';
import { mergeImportedVacancy, stage4From, stage5From, stageRecordError, type StageInput } from '../../src/framework/vacancies';
import { validateVacancy } from '../../src/framework/validation';
import { secondment, snapshot, vacancy } from '../helpers/records';

const kinds = (list: Obligation[]) => list.filter((o) => o.kind.startsWith('vacancy-stage')).map((o) => `${o.kind} ${o.due}`);
const stages = (v = vacancy(), asOf = '2027-01-01') => openObligations(snapshot({ vacancies: [v], secondments: [secondment({ startDate: '2026-01-31', plannedEndDate: '2028-01-30' })] }), asOf);

describe('the staged vacancy process (framework 5.5)', () => {
  it('stage 4: "the vacancy has been unfilled for a maximum period of 3 months", counted from when the post fell vacant', () => {
    expect(stage4From(vacancy({ openedDate: '2026-10-31' }))).to.equal('2027-01-31');
    const [o] = stages().filter((x) => x.kind === 'vacancy-stage-4');
    expect(o.due).to.equal('2027-01-31');
    expect(o.section).to.equal('5.5');
    // "then YOT manager is to be informed": the NPS link manager acts, the YOT manager, SPOC and Head of LDU are told.
    expect(o.responsible).to.deep.equal(['link@example.org']);
    expect(o.informed).to.deep.equal(['yot@example.org', 'spoc@example.org', 'ldu@example.org']);
  });

  it('stage 5: "following a further period of 1 month" after the stage-4 date; the YOT manager provides the evidence', () => {
    expect(stage5From(vacancy({ openedDate: '2026-10-31' }))).to.equal('2027-02-28');
    expect(stage5From(vacancy({ openedDate: '2026-11-30' }))).to.equal('2027-03-28'); // 28 Feb + 1 month
    const [o] = stages().filter((x) => x.kind === 'vacancy-stage-5');
    expect(o.responsible).to.deep.equal(['yot@example.org']);
    expect(o.informed).to.include.members(['spoc@example.org', 'ldu@example.org']);
  });

  it('a post with temporary cover (agency, stages 2-3; YOT temp, stage 4) raises no stage 4 or 5 item', () => {
    expect(kinds(stages(vacancy({ cover: 'none' })))).to.have.length(2);
    expect(kinds(stages(vacancy({ cover: 'agency' })))).to.deep.equal([]);
    expect(kinds(stages(vacancy({ cover: 'yot-temp' })))).to.deep.equal([]);
  });

  it('"Funding will not be provided to replace fractional PSO resource that cannot be filled due to local arrangements": no stage 5', () => {
    const local = vacancy({ grade: 'PSO', fte: 0.3, localArrangement: true });
    expect(kinds(stages(local))).to.deep.equal(['vacancy-stage-4 2027-01-31']);
    // A fractional PSO post not left unfilled by local arrangement still reaches stage 5.
    expect(kinds(stages(vacancy({ grade: 'PSO', fte: 0.3 })))).to.have.length(2);
  });

  it('recorded stages close their obligation; a filled post has none', () => {
    expect(kinds(stages(vacancy({ stage: 4, stageDate: '2027-02-01' })))).to.deep.equal(['vacancy-stage-5 2027-02-28']);
    expect(kinds(stages(vacancy({ stage: 5, stageDate: '2027-03-01' })))).to.deep.equal([]);
    expect(kinds(stages(vacancy({ filledDate: '2026-12-01' })))).to.deep.equal([]);
  });

  it('the named link manager of a vacancy is the one who acts at stage 4; with none at all, the Head of LDU (the NPS lead)', () => {
    const named = stages(vacancy({ linkManagerEmail: 'other-link@example.org' })).find((o) => o.kind === 'vacancy-stage-4')!;
    expect(named.responsible).to.deep.equal(['other-link@example.org']);
    const alone = openObligations(snapshot({ vacancies: [vacancy()] }), '2027-01-01').find((o) => o.kind === 'vacancy-stage-4')!;
    expect(alone.responsible).to.deep.equal(['ldu@example.org']);
  });
});

describe('recording a stage (5.5: "a clear evidence trail")', () => {
  const input = (over: Partial<StageInput> = {}): StageInput => ({ stage: 1, date: '2026-11-05', evidence: 'Asked LDU for a PO; none free', cover: 'none', ...over });
  const today = '2027-06-01';

  it('stages follow in order, never skipping one or going back', () => {
    expect(stageRecordError(vacancy(), input(), today)).to.equal(null);
    expect(stageRecordError(vacancy(), input({ stage: 3 }), today)?.message).to.contain('Record stage 1 first');
    expect(stageRecordError(vacancy({ stage: 3, stageDate: '2026-12-01' }), input({ stage: 2, date: '2026-12-02' }), today)?.field).to.equal('stage');
    expect(stageRecordError(vacancy({ stage: 2, stageDate: '2026-12-01' }), input({ stage: 2, date: '2026-12-02' }), today)).to.equal(null);
  });

  it('every stage needs evidence, a date after the post fell vacant and the previous stage, not in the future', () => {
    expect(stageRecordError(vacancy(), input({ evidence: 'tried' }), today)?.field).to.equal('evidence');
    expect(stageRecordError(vacancy(), input({ date: '2026-10-01' }), today)?.field).to.equal('date');
    expect(stageRecordError(vacancy(), input({ date: '2027-06-02' }), today)?.field).to.equal('date');
    expect(stageRecordError(vacancy({ stage: 1, stageDate: '2026-11-20' }), input({ stage: 2, date: '2026-11-10' }), today)?.field).to.equal('date');
  });

  it('stage 4 only after 3 months unfilled and where no operational agency temp is available', () => {
    const at3 = vacancy({ stage: 3, stageDate: '2026-12-01' });
    expect(stageRecordError(at3, input({ stage: 4, date: '2027-01-30' }), today)?.message).to.contain('from 2027-01-31');
    expect(stageRecordError(at3, input({ stage: 4, date: '2027-01-31', cover: 'agency' }), today)?.field).to.equal('cover');
    expect(stageRecordError(at3, input({ stage: 4, date: '2027-01-31' }), today)).to.equal(null);
    expect(stageRecordError(at3, input({ stage: 4, date: '2027-01-31', cover: 'yot-temp' }), today)).to.equal(null);
  });

  it('stage 5 a further month on, with evidence that neither a PO/PSO nor a YOT temp is in post; never for a local fractional PSO post', () => {
    const at4 = vacancy({ stage: 4, stageDate: '2027-01-31' });
    expect(stageRecordError(at4, input({ stage: 5, date: '2027-02-27' }), today)?.field).to.equal('date');
    expect(stageRecordError(at4, input({ stage: 5, date: '2027-02-28', cover: 'yot-temp' }), today)?.field).to.equal('cover');
    expect(stageRecordError(at4, input({ stage: 5, date: '2027-02-28' }), today)).to.equal(null);
    const local = vacancy({ grade: 'PSO', fte: 0.5, localArrangement: true, stage: 4, stageDate: '2027-01-31' });
    expect(stageRecordError(local, input({ stage: 5, date: '2027-03-01' }), today)?.message).to.contain('fractional PSO');
  });

  it('a filled post takes no further stage', () => {
    expect(stageRecordError(vacancy({ filledDate: '2026-12-01' }), input(), today)?.message).to.contain('filled');
  });
});

describe('vacancies CSV: cover and local arrangement (5.5)', () => {
  const refs = { yosIds: new Set(['NORTHANTS']), emails: new Set(['link@example.org']) };
  const row = { vacancy_id: 'V1', yos_id: 'NORTHANTS', grade: 'PSO', fte: '0.3', opened_date: '2026-10-31' };

  it('cover defaults to none and accepts agency and yot-temp; anything else is refused by name', () => {
    const plain = validateVacancy(row, refs);
    expect(plain.ok && plain.record.cover).to.equal('none');
    const agency = validateVacancy({ ...row, cover: 'Agency' }, refs);
    expect(agency.ok && agency.record.cover).to.equal('agency');
    const bad = validateVacancy({ ...row, cover: 'locum' }, refs);
    expect(bad.ok ? [] : bad.errors).to.deep.include({ column: 'cover', message: '"locum" must be none, agency or yot-temp' });
  });

  it('local_arrangement applies only to a fractional PSO post', () => {
    const ok = validateVacancy({ ...row, local_arrangement: 'yes' }, refs);
    expect(ok.ok && ok.record.localArrangement).to.equal(true);
    const po = validateVacancy({ ...row, grade: 'PO', fte: '1', local_arrangement: 'yes' }, refs);
    expect(po.ok ? [] : po.errors.map((e) => e.column)).to.deep.equal(['local_arrangement']);
  });

  it('link_manager_email must be a known person', () => {
    const unknown = validateVacancy({ ...row, link_manager_email: 'nobody@example.org' }, refs);
    expect(unknown.ok ? [] : unknown.errors.map((e) => e.column)).to.deep.equal(['link_manager_email']);
  });

  it('re-importing keeps the stages recorded in Teams and a fill date the sheet leaves empty; the sheet\'s cover wins', () => {
    const existing = vacancy({ stage: 3, stageDate: '2026-12-01', filledDate: '2027-02-01', secondmentId: 'S1' });
    const merged = mergeImportedVacancy(existing, vacancy({ cover: 'agency' }));
    expect(merged).to.include({ stage: 3, stageDate: '2026-12-01', filledDate: '2027-02-01', secondmentId: 'S1', cover: 'agency' });
  });
});
