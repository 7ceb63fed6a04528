import { expect } from 'chai';
import { ALLOWED, may, type Action } from '../../src/framework/permissions';
import type { Secondment } from '../../src/framework/records';
import { YOS, secondment, snapshot } from '../helpers/records';
import { startHarness, type Harness } from '../helpers/harness';

const yos = { ...YOS, deputyEmail: 'deputy@example.org' };
const s1: Secondment = secondment({ secondeeEmail: 'po@example.org', linkManagerEmail: 'link@example.org' });
const world = snapshot({ yos: [yos], secondments: [s1] });

const ACTORS: Record<string, string> = {
  secondee: 'po@example.org',
  'link manager': 'link@example.org',
  'YOT manager': 'yot@example.org',
  deputy: 'deputy@example.org',
  'YOS senior manager': 'senior@example.org',
  'Head of LDU': 'ldu@example.org',
  SPOC: 'spoc@example.org',
  stranger: 'someone@else.org',
};

/** Who may do what: the framework's assignment of duties, one row per action. */
const MATRIX: Record<Action, string[]> = {
  'claim.submit': ['secondee'],
  'claim.decide': ['YOT manager', 'deputy'],
  'review.record': ['link manager', 'YOT manager'],
  'secondment.end': ['link manager', 'Head of LDU'],
  'dispute.raise': ['YOT manager', 'link manager'],
  'dispute.resolve': ['YOT manager', 'link manager', 'Head of LDU', 'YOS senior manager', 'SPOC'],
  'dispute.escalate': ['YOT manager', 'link manager', 'Head of LDU', 'YOS senior manager', 'SPOC'],
  'vacancy.open': ['YOT manager', 'Head of LDU', 'SPOC'],
  'vacancy.fill': ['YOT manager', 'Head of LDU', 'SPOC'],
  'tracker.submit': ['YOT manager', 'Head of LDU'],
};

describe('authorization matrix', () => {
  it('covers every workflow action', () => {
    expect(Object.keys(MATRIX).sort()).to.deep.equal(Object.keys(ALLOWED).sort());
  });

  for (const [action, allowed] of Object.entries(MATRIX) as [Action, string[]][]) {
    for (const [actor, email] of Object.entries(ACTORS)) {
      const expected = allowed.includes(actor);
      it(`${action}: ${actor} ${expected ? 'may' : 'may not'}`, () => {
        const result = may(action, email, yos, world, action === 'review.record' || action === 'secondment.end' ? s1 : undefined);
        expect(result.ok).to.equal(expected);
        if (!result.ok) expect(result.reason).to.match(/^Only the .* for Northamptonshire YOS can do that\.$/);
      });
    }
  }

  it('a link manager of another secondment may not record this one\'s review', () => {
    const other = secondment({ secondmentId: 'S2', linkManagerEmail: 'other-link@example.org' });
    const w = snapshot({ yos: [yos], secondments: [s1, other] });
    expect(may('review.record', 'other-link@example.org', yos, w, s1).ok).to.equal(false);
    expect(may('review.record', 'other-link@example.org', yos, w, other).ok).to.equal(true);
  });
});

describe('no bulk data over HTTP', function () {
  this.timeout(20_000);
  let h: Harness;
  before(async () => {
    h = await startHarness({ demo: false });
  });
  after(async () => h.stop());

  it('exposes only the bot, the sweep trigger, health and personal calendar feeds', () => {
    const routes = Object.values(h.app.server.router.getRoutes()).map((r: any) => `${r.method} ${r.path}`).sort();
    expect(routes).to.deep.equal(['GET /calendar/:file', 'GET /healthz', 'POST /api/messages', 'POST /api/notify']);
  });

  it('has no import or export endpoint', async () => {
    for (const path of ['/api/import', '/api/export', '/export/expenses', '/api/claims']) {
      const res = await fetch(`${h.baseUrl}${path}`);
      expect(res.status, path).to.equal(404);
    }
  });
});
