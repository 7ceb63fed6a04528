import { expect } from 'chai';
import { longTermFrom, mergeImportedAbsence, validateAbsence, type AbsenceReferences } from '../../src/framework/absences';
import { DEFAULT_LOCAL_POLICY } from '../../src/framework/local-policy';
import { openObligations } from '../../src/framework/obligations';
import type { FrameworkSnapshot } from '../../src/framework/records';
import { absence, secondment, snapshot } from '../helpers/records';

const s1 = secondment({ startDate: '2026-01-31', plannedEndDate: '2028-01-30' });
const cover = (world: Partial<FrameworkSnapshot>, asOf = '2027-02-01') =>
  openObligations(snapshot({ secondments: [s1], ...world }), asOf).filter((o) => o.kind.endsWith('-cover'));

describe('maternity and long-term sickness absence cover (framework 5.6)', () => {
  it('maternity: "the NPS have responsibility to ensure cover is provided": the link manager and Head of LDU, due when the leave starts', () => {
    const [o] = cover({ absences: [absence({ startDate: '2027-03-01' })] });
    expect(o).to.include({ kind: 'maternity-cover', due: '2027-03-01', section: '5.6', subjectId: 'A1' });
    expect(o.responsible).to.deep.equal(['link@example.org', 'ldu@example.org']);
    expect(o.informed).to.deep.equal(['yot@example.org']);
  });

  it('long-term sickness: the YOT manager and the NPS lead "agree a suitable solution", due when it becomes long-term (over 28 days, product default)', () => {
    expect(longTermFrom({ startDate: '2027-01-10' }, 28)).to.equal('2027-02-07');
    const [o] = cover({ absences: [absence({ kind: 'sickness', startDate: '2027-01-10' })] });
    expect(o).to.include({ kind: 'sickness-cover', due: '2027-02-07', section: '5.6' });
    expect(o.responsible).to.deep.equal(['yot@example.org', 'link@example.org']);
    expect(o.informed).to.deep.equal([]);
    expect(o.subject).to.contain('over 28 days');
  });

  it('the threshold is local policy: LONG_TERM_SICKNESS_DAYS moves the due date', () => {
    const policy = { ...DEFAULT_LOCAL_POLICY, longTermSicknessDays: 14 };
    const [o] = cover({ absences: [absence({ kind: 'sickness', startDate: '2027-01-10' })], policy });
    expect(o.due).to.equal('2027-01-24');
  });

  it('a sickness absence expected to end before it is long-term raises nothing; one expected to go past it does', () => {
    expect(cover({ absences: [absence({ kind: 'sickness', startDate: '2027-01-20', expectedReturnDate: '2027-02-17' })] })).to.deep.equal(
      [],
    );
    expect(cover({ absences: [absence({ kind: 'sickness', startDate: '2027-01-20', expectedReturnDate: '2027-02-18' })] })).to.have.length(
      1,
    );
  });

  it('closed by the cover agreed, or by the absence being over (recorded back, or past the expected return)', () => {
    expect(cover({ absences: [absence({ coverAgreedDate: '2027-01-20', coverDecision: 'cover' })] })).to.deep.equal([]);
    expect(cover({ absences: [absence({ kind: 'sickness', startDate: '2026-11-01', endedDate: '2027-01-15' })] })).to.deep.equal([]);
    expect(cover({ absences: [absence({ startDate: '2026-06-01', expectedReturnDate: '2027-01-31' })] }, '2027-02-01')).to.deep.equal([]);
    expect(cover({ absences: [absence({ startDate: '2026-06-01', expectedReturnDate: '2027-01-31' })] }, '2027-01-30')).to.have.length(1);
  });

  it('an absence on a secondment that is no longer active raises nothing', () => {
    expect(openObligations(snapshot({ absences: [absence()] }), '2027-02-01').filter((o) => o.kind.endsWith('-cover'))).to.deep.equal([]);
  });
});

describe('absences CSV', () => {
  const refs: AbsenceReferences = {
    yosIds: new Set(['NORTHANTS']),
    emails: new Set(),
    secondments: new Map([['S1', s1]]),
    today: '2027-02-01',
  };
  const row = { absence_id: 'A1', secondment_id: 'S1', kind: 'Maternity', start_date: '01/03/2027', expected_return_date: '' };

  it('reads a row: kind maternity or sickness, the return date optional, the YOS from the secondment', () => {
    const ok = validateAbsence(row, refs);
    expect(ok.ok && ok.record).to.include({
      absenceId: 'A1',
      secondmentId: 'S1',
      yosId: 'NORTHANTS',
      kind: 'maternity',
      startDate: '2027-03-01',
      expectedReturnDate: null,
    });
  });

  it('refuses an unknown secondment, another kind, dates outside the secondment, a future sickness, a return before the start', () => {
    const errors = (over: Record<string, string>) => {
      const r = validateAbsence({ ...row, ...over }, refs);
      return r.ok ? [] : r.errors.map((e) => `${e.column}: ${e.message}`);
    };
    expect(errors({ secondment_id: 'S9' })).to.deep.equal(['secondment_id: unknown secondment "S9" (import secondments first)']);
    expect(errors({ kind: 'holiday' })).to.deep.equal(['kind: "holiday" must be maternity or sickness (5.6)']);
    expect(errors({ start_date: '2026-01-01' })).to.deep.equal(['start_date: is before the secondment started (2026-01-31)']);
    expect(errors({ kind: 'sickness', start_date: '2027-02-02' })).to.deep.equal([
      'start_date: a sickness absence cannot start in the future',
    ]);
    expect(errors({ expected_return_date: '2027-02-01' })).to.deep.equal(['expected_return_date: must be after the start date']);
  });

  it('re-importing keeps the cover agreed and the return recorded in Teams', () => {
    const agreed = absence({
      coverAgreedDate: '2027-02-01',
      coverAgreedBy: 'ldu@example.org',
      coverDecision: 'cover',
      coverVacancyId: 'VAC-A1',
      endedDate: '2027-09-01',
    });
    const merged = mergeImportedAbsence(agreed, absence({ startDate: '2027-03-02' }));
    expect(merged).to.include({
      startDate: '2027-03-02',
      coverAgreedDate: '2027-02-01',
      coverVacancyId: 'VAC-A1',
      endedDate: '2027-09-01',
    });
  });
});
