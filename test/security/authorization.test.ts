import fs from 'node:fs';
import path from 'node:path';
import { expect } from 'chai';
import { ALLOWED, PERMISSIONS, allowedRoles, may, type Action } from '../../src/framework/permissions';
import { DEFAULT_LOCAL_POLICY } from '../../src/framework/local-policy';
import type { Secondment } from '../../src/framework/records';
import { YOS, secondment, snapshot } from '../helpers/records';
import { startHarness, type Harness } from '../helpers/harness';

const yos = { ...YOS, deputyEmail: 'deputy@example.org' };
const s1: Secondment = secondment({ secondeeEmail: 'po@example.org', linkManagerEmail: 'link@example.org' });
const world = snapshot({ yos: [yos], secondments: [s1], people: [{ email: 'lead@example.org', name: 'Lee Lead', role: 'portfolio_lead' }] });

const ACTORS: Record<string, string> = {
  secondee: 'po@example.org',
  'link manager': 'link@example.org',
  'YOT manager': 'yot@example.org',
  deputy: 'deputy@example.org',
  'YOS senior manager': 'senior@example.org',
  'Head of LDU': 'ldu@example.org',
  SPOC: 'spoc@example.org',
  'portfolio lead': 'lead@example.org',
  stranger: 'someone@else.org',
};

/** Who may do what: the framework's assignment of duties plus the labelled local choices, one row per action. */
const MATRIX: Record<Action, string[]> = {
  'claim.submit': ['secondee'],
  'claim.decide': ['YOT manager', 'deputy'], // 5.4 YOS manager; deputy is local
  'review.record': ['link manager', 'YOT manager'], // 5.3 link manager; YOT manager is local
  'secondment.end': ['link manager', 'Head of LDU'],
  'dispute.raise': ['YOT manager', 'link manager'], // 9.1
  'dispute.resolve': ['YOT manager', 'link manager'], // 9.1 first instance
  'dispute.resolve-escalated': ['Head of LDU', 'YOS senior manager'], // 9.1 "to resolve"
  'dispute.escalate': ['YOT manager', 'link manager'], // before day 28: local choice
  'vacancy.open': ['YOT manager', 'link manager', 'Head of LDU', 'SPOC'],
  'vacancy.update': ['link manager', 'YOT manager', 'Head of LDU'], // 5.3 link manager reviews the vacancy
  'vacancy.stage': ['link manager', 'Head of LDU', 'SPOC'],
  'vacancy.stage-5': ['YOT manager', 'Head of LDU'], // 5.5 "evidence from YOS"
  'vacancy.fill': ['YOT manager', 'link manager', 'Head of LDU', 'SPOC'],
  'vacancy.no-applicants': ['link manager', 'Head of LDU', 'SPOC'], // 5.5 names no recorder: local
  'vacancy.discussion': ['YOT manager', 'link manager', 'Head of LDU'], // 5.5 YOT manager "with the NPS lead"
  'tracker.submit': ['YOT manager', 'Head of LDU'],
  'agenda.view': ['SPOC', 'Head of LDU', 'portfolio lead'], // portfolio lead: every division, local choice (chairs the board, 9.1)
  'absence.record': ['link manager', 'YOT manager'], // 5.3 absence records; the YOT manager approves leave
  'absence.cover-maternity': ['link manager', 'Head of LDU'], // 5.6 "the NPS have responsibility to ensure cover is provided"
  'absence.cover-sickness': ['YOT manager', 'link manager'], // 5.6 "the YOT manager and the NPS lead"
};

describe('authorization matrix', () => {
  it('covers every workflow action', () => {
    expect(Object.keys(MATRIX).sort()).to.deep.equal(Object.keys(ALLOWED).sort());
  });

  for (const [action, allowed] of Object.entries(MATRIX) as [Action, string[]][]) {
    for (const [actor, email] of Object.entries(ACTORS)) {
      const expected = allowed.includes(actor);
      it(`${action}: ${actor} ${expected ? 'may' : 'may not'}`, () => {
        const result = may(action, email, yos, world, action === 'review.record' || action === 'secondment.end' || action.startsWith('absence.') ? s1 : undefined);
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

  it('9.1: the SPOC "must be made aware", not decide; a local setting may grant the SPOC the power to resolve', () => {
    expect(may('dispute.resolve', 'spoc@example.org', yos, world).ok).to.equal(false);
    expect(may('dispute.resolve-escalated', 'spoc@example.org', yos, world).ok).to.equal(false);
    const granted = snapshot({ yos: [yos], secondments: [s1], policy: { ...DEFAULT_LOCAL_POLICY, spocMayResolveDisputes: true } });
    expect(may('dispute.resolve', 'spoc@example.org', yos, granted).ok).to.equal(true);
    expect(may('dispute.resolve-escalated', 'spoc@example.org', yos, granted).ok).to.equal(true);
    expect(allowedRoles('dispute.resolve-escalated')).to.not.include('spoc');
  });

  it('9.1 "the NPS link manager" concerned: a dispute or vacancy naming its link manager narrows the role to that person', () => {
    const other = secondment({ secondmentId: 'S2', secondeeEmail: 'pso@example.org', linkManagerEmail: 'other-link@example.org' });
    const w = snapshot({ yos: [yos], secondments: [s1, other] });
    expect(may('dispute.resolve', 'other-link@example.org', yos, w).ok).to.equal(true);
    expect(may('dispute.resolve', 'other-link@example.org', yos, w, { linkManagerEmail: 'link@example.org' }).ok).to.equal(false);
    expect(may('vacancy.update', 'link@example.org', yos, w, { linkManagerEmail: 'link@example.org' }).ok).to.equal(true);
  });

  it('the README permission table has a row per action, with the local choices in their own column', () => {
    const readme = fs.readFileSync(path.join(__dirname, '..', '..', '..', 'README.md'), 'utf8');
    for (const [action, rule] of Object.entries(PERMISSIONS)) {
      const row = readme.split('\n').find((line) => line.startsWith(`| ${rule.label} |`));
      expect(row, action).to.be.a('string');
      const localColumn = row!.split(' | ').at(-1)!.replace(/\s*\|$/, '').trim();
      const grantable = action.startsWith('dispute.resolve');
      expect(localColumn === '-', `${action}: local column "${localColumn}"`).to.equal(rule.local.length === 0 && !grantable);
    }
  });

  it('claims no more than the text: recording rights the framework gives no one are local choices; the YOGB is not 5.3\'s board', () => {
    for (const action of ['secondment.end', 'vacancy.open', 'vacancy.fill', 'vacancy.no-applicants'] as Action[]) {
      expect(PERMISSIONS[action].framework, action).to.deep.equal([]);
      expect(PERMISSIONS[action].localWhy, action).to.match(/names no one|not by whom|leaves open|without saying by whom/);
    }
    expect(PERMISSIONS['review.record'].framework).to.deep.equal(['link-manager']);
    expect(PERMISSIONS['agenda.view'].localWhy).to.not.contain('attends the board');
    expect(PERMISSIONS['agenda.view'].localWhy).to.contain('quarterly to coincide with YOGB');
  });

  it('every row that goes beyond the framework says why', () => {
    for (const [action, rule] of Object.entries(PERMISSIONS)) {
      if (rule.local.length) expect(rule.localWhy, action).to.be.a('string').and.not.equal('');
      expect(rule.section, action).to.match(/^\d\.\d/);
    }
  });
});

describe('no bulk data over HTTP', function () {
  this.timeout(20_000);
  let h: Harness;
  before(async () => {
    h = await startHarness({ demo: false });
  });
  after(async () => h.stop());

  it('exposes only the bot, the sweep trigger, health, personal calendar feeds and the signed-in oversight tab', () => {
    const routes = Object.values(h.app.server.router.getRoutes()).map((r: any) => `${r.method} ${r.path}`).sort();
    // The oversight data answers only a signed-in viewer, for their own scope (test/integration/oversight-tab.test.ts).
    const tab = ['GET /api/oversight', 'GET /api/oversight.csv', 'GET /tab/assets/:file', 'GET /tab/oversight'];
    expect(routes).to.deep.equal([...tab, 'GET /calendar/:file', 'GET /healthz', 'POST /api/messages', 'POST /api/notify'].sort());
  });

  it('has no import or export endpoint', async () => {
    for (const path of ['/api/import', '/api/export', '/export/expenses', '/api/claims']) {
      const res = await fetch(`${h.baseUrl}${path}`);
      expect(res.status, path).to.equal(404);
    }
  });
});
