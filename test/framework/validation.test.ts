import { expect } from 'chai';
import { validatePerson, validateSecondment, validateYos, type References } from '../../src/framework/validation';

const refs: References = { yosIds: new Set(['NORTHANTS']), emails: new Set(['po@example.org', 'link@example.org']) };

function row(overrides: Record<string, string> = {}) {
  return {
    secondment_id: 'S1', yos_id: 'NORTHANTS', secondee_email: 'PO@Example.org', grade: 'po', fte: '1.0',
    start_date: '01/04/2027', planned_end_date: '2030-04-01', link_manager_email: 'link@example.org', last_review_date: '',
    ...overrides,
  };
}

describe('validation', () => {
  it('accepts a secondment of exactly 3 years, with UK dates and mixed-case emails', () => {
    const result = validateSecondment(row(), refs);
    expect(result.ok).to.equal(true);
    if (result.ok) {
      expect(result.record.startDate).to.equal('2027-04-01');
      expect(result.record.secondeeEmail).to.equal('po@example.org');
      expect(result.record.grade).to.equal('PO');
      expect(result.record.lastReviewDate).to.equal(null);
    }
  });

  it('refuses 3 years + 1 day, citing the 2 + 1 rule', () => {
    const result = validateSecondment(row({ planned_end_date: '2030-04-02' }), refs);
    expect(result.ok).to.equal(false);
    if (!result.ok) {
      expect(result.errors).to.have.length(1);
      expect(result.errors[0].column).to.equal('planned_end_date');
      expect(result.errors[0].message).to.match(/at most 3 years.*5\.4/);
    }
  });

  it('refuses an end before the start, unknown YOS and unknown people, naming each column', () => {
    const result = validateSecondment(
      row({ planned_end_date: '2027-03-01', yos_id: 'NOWHERE', link_manager_email: 'who@example.org', grade: 'SPO', fte: '2' }),
      refs,
    );
    expect(result.ok).to.equal(false);
    if (!result.ok) {
      expect(result.errors.map((e) => e.column).sort()).to.deep.equal(['fte', 'grade', 'link_manager_email', 'planned_end_date', 'yos_id']);
      expect(result.errors.find((e) => e.column === 'planned_end_date')!.message).to.match(/after the start/);
    }
  });

  it('requires emails to look like emails and ids to be ids', () => {
    const known: References = { ...refs, emails: new Set(['a@b.org']) };
    const yos = validateYos({ yos_id: 'bad id!', name: 'X', division: 'D', yot_manager_email: 'nope', yos_senior_manager_email: 'a@b.org', head_of_ldu_email: 'a@b.org', spoc_email: 'a@b.org' }, known);
    expect(yos.ok).to.equal(false);
    if (!yos.ok) expect(yos.errors.map((e) => e.column)).to.deep.equal(['yos_id', 'yot_manager_email']);
    const person = validatePerson({ email: 'Ann@Example.ORG', name: 'Ann' });
    expect(person.ok && person.record.email).to.equal('ann@example.org');
  });

  it('refuses a YOS whose role holders are not known people (import people first)', () => {
    const yos = validateYos(
      { yos_id: 'NORTHANTS', name: 'X', division: 'D', yot_manager_email: 'stranger@example.org', yos_senior_manager_email: 'po@example.org', head_of_ldu_email: 'link@example.org', spoc_email: 'po@example.org', deputy_email: 'nobody@example.org' },
      refs,
    );
    expect(yos.ok).to.equal(false);
    if (!yos.ok) {
      expect(yos.errors.map((e) => e.column).sort()).to.deep.equal(['deputy_email', 'yot_manager_email']);
      expect(yos.errors[0].message).to.match(/unknown person .* \(import people first\)/);
    }
  });
});
