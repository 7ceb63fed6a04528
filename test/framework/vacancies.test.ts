import { expect } from 'chai';
import { openObligations, type Obligation } from '../../src/framework/obligations';
import { mergeImportedVacancy, stage4DueBy, stage5From, stageRecordError, type StageInput } from '../../src/framework/vacancies';
import { may, type Action } from '../../src/framework/permissions';
import type { Vacancy } from '../../src/framework/records';
import { YOS } from '../helpers/records';
import { personalContext, personalLines } from '../../src/framework/personal';
import { validateVacancy } from '../../src/framework/validation';
import { secondment, snapshot, vacancy } from '../helpers/records';

const kinds = (list: Obligation[]) => list.filter((o) => o.kind.startsWith('vacancy-stage')).map((o) => `${o.kind} ${o.due}`);
const stages = (v = vacancy(), asOf = '2027-01-01') => openObligations(snapshot({ vacancies: [v], secondments: [secondment({ startDate: '2026-01-31', plannedEndDate: '2028-01-30' })] }), asOf);

describe('the staged vacancy process (framework 5.5)', () => {
  it('stage 4: "the vacancy has been unfilled for a maximum period of 3 months": due at the latest 3 months after the post fell vacant', () => {
    expect(stage4DueBy(vacancy({ openedDate: '2026-10-31' }))).to.equal('2027-01-31');
    const [o] = stages().filter((x) => x.kind === 'vacancy-stage-4');
    expect(o.due).to.equal('2027-01-31');
    expect(o.section).to.equal('5.5');
    // "then YOT manager is to be informed": the NPS link manager acts, the YOT manager, SPOC and Head of LDU are told.
    expect(o.responsible).to.deep.equal(['link@example.org']);
    expect(o.informed).to.deep.equal(['yot@example.org', 'spoc@example.org', 'ldu@example.org']);
  });

  it('stage 5: "following a further period of 1 month" after the RECORDED stage-4 date; the YOT manager provides the evidence', () => {
    expect(stage5From(vacancy({ stage: 4, stageDate: '2027-01-31' }))).to.equal('2027-02-28');
    expect(stage5From(vacancy({ stage: 4, stageDate: '2026-12-10' }))).to.equal('2027-01-10'); // stage 4 reached early
    expect(stage5From(vacancy({ stage: 4, stageDate: '2027-02-28' }))).to.equal('2027-03-28');
    const [o] = stages(vacancy({ stage: 4, stageDate: '2026-12-10' })).filter((x) => x.kind === 'vacancy-stage-5');
    expect(o.due).to.equal('2027-01-10');
    expect(o.responsible).to.deep.equal(['yot@example.org']);
    expect(o.informed).to.include.members(['spoc@example.org', 'ldu@example.org']);
  });

  it('no stage-5 item before stage 4 is recorded, however long the post has been vacant', () => {
    expect(stage5From(vacancy())).to.equal(null);
    expect(stage5From(vacancy({ stage: 3, stageDate: '2026-12-01' }))).to.equal(null);
    for (const asOf of ['2027-01-01', '2027-03-01', '2028-01-01']) {
      expect(kinds(stages(vacancy({ stage: 3, stageDate: '2026-12-01' }), asOf)), asOf).to.deep.equal(['vacancy-stage-4 2027-01-31']);
    }
  });

  it('a post with temporary cover (agency, stages 2-3; YOT temp, stage 4) raises no stage 4 or 5 item', () => {
    expect(kinds(stages(vacancy({ cover: 'none' })))).to.have.length(1);
    expect(kinds(stages(vacancy({ cover: 'none', stage: 4, stageDate: '2027-01-05' })))).to.have.length(1);
    expect(kinds(stages(vacancy({ cover: 'yot-temp', stage: 4, stageDate: '2027-01-05' })))).to.deep.equal([]);
    expect(kinds(stages(vacancy({ cover: 'agency' })))).to.deep.equal([]);
    expect(kinds(stages(vacancy({ cover: 'yot-temp' })))).to.deep.equal([]);
  });

  it('"Funding will not be provided to replace fractional PSO resource that cannot be filled due to local arrangements": no stage 5', () => {
    const local = vacancy({ grade: 'PSO', fte: 0.3, localArrangement: true, stage: 4, stageDate: '2027-01-05' });
    expect(kinds(stages(local))).to.deep.equal([]);
    // A fractional PSO post not left unfilled by local arrangement still reaches stage 5.
    expect(kinds(stages(vacancy({ grade: 'PSO', fte: 0.3, stage: 4, stageDate: '2027-01-05' })))).to.deep.equal(['vacancy-stage-5 2027-02-05']);
  });

  it('recorded stages close their obligation; a filled post has none', () => {
    expect(kinds(stages(vacancy({ stage: 4, stageDate: '2027-02-01' })))).to.deep.equal(['vacancy-stage-5 2027-03-01']);
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

  it('stage 4 at any time after stage 3 (3 months is a ceiling, not a wait), where no operational agency temp is available', () => {
    const at3 = vacancy({ stage: 3, stageDate: '2026-12-01' });
    for (const date of ['2026-12-01', '2026-12-02', '2027-01-30']) expect(stageRecordError(at3, input({ stage: 4, date }), today), date).to.equal(null);
    expect(stageRecordError(at3, input({ stage: 4, date: '2026-11-30' }), today)?.field).to.equal('date'); // before stage 3
    // Within the 3 months the stages go in order; once the post has been unfilled 3 months, stage 4
    // applies whatever was recorded before it (product reading: 5.5 sets stage 4's own conditions).
    expect(stageRecordError(vacancy({ stage: 2, stageDate: '2026-11-20' }), input({ stage: 4, date: '2026-12-02' }), '2026-12-02')?.message).to.contain('Record stage 3 first');
    expect(stageRecordError(vacancy({ stage: 2, stageDate: '2026-11-20' }), input({ stage: 4, date: '2027-02-01' }), '2027-02-01')).to.equal(null);
    expect(stageRecordError(at3, input({ stage: 4, date: '2027-01-31', cover: 'agency' }), today)?.field).to.equal('cover');
    expect(stageRecordError(at3, input({ stage: 4, date: '2027-01-31' }), today)).to.equal(null);
    expect(stageRecordError(at3, input({ stage: 4, date: '2027-01-31', cover: 'yot-temp' }), today)).to.equal(null);
  });

  it('stage 5 a further month on from the recorded stage 4, with evidence that neither a PO/PSO nor a YOT temp is in post; never for a local fractional PSO post', () => {
    const early = vacancy({ stage: 4, stageDate: '2026-12-05' });
    expect(stageRecordError(early, input({ stage: 5, date: '2027-01-04' }), today)?.message).to.contain('from 2027-01-05');
    expect(stageRecordError(early, input({ stage: 5, date: '2027-01-05' }), today)).to.equal(null);
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

describe('whoever must act on a stage-4 or stage-5 item may record what closes it (5.5)', () => {
  const lm = secondment({ startDate: '2026-01-31', plannedEndDate: '2028-01-30' });
  // Each item, and the actions that close it: the stage recorded, cover set (a review) or the post filled.
  const closers: Record<string, Action[]> = { 'vacancy-stage-4': ['vacancy.stage', 'vacancy.update', 'vacancy.fill'], 'vacancy-stage-5': ['vacancy.stage-5', 'vacancy.update', 'vacancy.fill'] };
  const cases: [string, Vacancy, typeof lm[]][] = [
    ['link manager of the YOS', vacancy({ stage: 3, stageDate: '2026-12-01' }), [lm]],
    ['named link manager', vacancy({ stage: 3, stageDate: '2026-12-01', linkManagerEmail: 'other-link@example.org' }), [lm]],
    ['no link manager: the Head of LDU', vacancy({ stage: 3, stageDate: '2026-12-01' }), []],
    ['stage 4 recorded early', vacancy({ stage: 4, stageDate: '2026-12-05' }), [lm]],
  ];
  for (const [name, v, secondments] of cases) {
    it(name, () => {
      const world = snapshot({ vacancies: [v], secondments });
      const items = openObligations(world, '2027-03-01').filter((o) => o.kind in closers);
      expect(items).to.have.length(1);
      for (const o of items) {
        for (const who of o.responsible) {
          const allowed = closers[o.kind].filter((a) => may(a, who, YOS, world, { linkManagerEmail: v.linkManagerEmail }).ok);
          // Recording the stage itself is what the item asks for.
          expect(allowed, `${o.kind} ${who}`).to.include(closers[o.kind][0]);
          const next = o.kind === 'vacancy-stage-4' ? 4 : 5;
          expect(stageRecordError(v, { stage: next, date: '2027-03-01', evidence: 'YOT manager told; no temp available', cover: 'none' }, '2027-03-01'), `${o.kind} ${who}`).to.equal(null);
        }
      }
    });
  }
});

describe('"Where there are no applicants the YOT manager is to be made aware of this and a discussion held with the NPS lead" (5.5)', () => {
  const lm = secondment({ startDate: '2026-01-31', plannedEndDate: '2028-01-30' });
  const item = (v: Vacancy, secondments = [lm]) => openObligations(snapshot({ vacancies: [v], secondments }), '2027-01-04').find((o) => o.kind === 'no-applicants-discussion');

  it('no item until "no applicants" is recorded; then the YOT manager and the NPS lead discuss it, the YOT manager is told', () => {
    expect(item(vacancy())).to.equal(undefined);
    const o = item(vacancy({ noApplicantsDate: '2026-12-18' }))!;
    // Product default: 10 working days, skipping Christmas bank holidays (25, 28 Dec; 1 Jan).
    expect(o.due).to.equal('2027-01-06');
    expect(o.section).to.equal('5.5');
    expect(o.responsible).to.deep.equal(['yot@example.org', 'link@example.org']);
    expect(o.notify).to.deep.equal(['yot@example.org']);
  });

  it('the NPS lead is the named link manager, else the Head of LDU when the YOS has no link manager', () => {
    expect(item(vacancy({ noApplicantsDate: '2026-12-18', linkManagerEmail: 'other-link@example.org' }))!.responsible).to.deep.equal(['yot@example.org', 'other-link@example.org']);
    expect(item(vacancy({ noApplicantsDate: '2026-12-18' }), [])!.responsible).to.deep.equal(['yot@example.org', 'ldu@example.org']);
  });

  it('closed when the discussion is recorded or the post filled; a covered post still owes it', () => {
    expect(item(vacancy({ noApplicantsDate: '2026-12-18', noApplicantsDiscussedDate: '2026-12-21' }))).to.equal(undefined);
    expect(item(vacancy({ noApplicantsDate: '2026-12-18', filledDate: '2027-01-02' }))).to.equal(undefined);
    expect(item(vacancy({ noApplicantsDate: '2026-12-18', cover: 'agency' }))).to.not.equal(undefined);
  });

  it('a vacancy question from the YOT manager names the discussion owed', () => {
    const world = snapshot({ vacancies: [vacancy({ noApplicantsDate: '2026-12-18' })], secondments: [lm], people: [{ email: 'yot@example.org', name: 'Yasmin' }] });
    const lines = personalLines('vacancy', personalContext(world, 'yot@example.org', '2027-01-04'));
    expect(lines.some((l) => l.startsWith('No applicants for PO vacancy V1'))).to.equal(true);
  });

  it('every must-act person may record the discussion, and the NPS side may record "no applicants"', () => {
    for (const [v, secondments] of [[vacancy({ noApplicantsDate: '2026-12-18' }), [lm]], [vacancy({ noApplicantsDate: '2026-12-18' }), []]] as const) {
      const world = snapshot({ vacancies: [v], secondments: [...secondments] });
      for (const who of item(v, [...secondments])!.responsible) expect(may('vacancy.discussion', who, YOS, world, { linkManagerEmail: v.linkManagerEmail }).ok, who).to.equal(true);
    }
    const world = snapshot({ vacancies: [vacancy()], secondments: [lm] });
    for (const who of ['link@example.org', 'ldu@example.org']) expect(may('vacancy.no-applicants', who, YOS, world).ok, who).to.equal(true);
    expect(may('vacancy.no-applicants', 'yot@example.org', YOS, world).ok).to.equal(false);
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
