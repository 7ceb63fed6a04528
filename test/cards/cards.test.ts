import { expect } from 'chai';
import { cardNames, validateCard } from '../../src/views/templates';
import { answerCard, errorCard, helpCard, noticeCard, welcomeCard } from '../../src/views/chat-cards';
import { calendarCard, claimCard, deadlinesCard, doneCard, expenseFormCard, reviewFormCard, trackerFormCard, yosFormCard } from '../../src/views/workflow-cards';
import { reminderCard, trackerDigestCard } from '../../src/views/reminder-cards';
import { reachCard } from '../../src/views/reach-card';
import { answerQuestion } from '../../src/framework/answer';
import { UNIDENTIFIED_NOTES } from '../../src/services/ask';
import { OBLIGATION_KINDS, openObligations } from '../../src/framework/obligations';
import type { ExpenseClaim } from '../../src/framework/records';
import { YOS, secondment, snapshot } from '../helpers/records';

const claim: ExpenseClaim = {
  claimId: 'TS-20270110-ABC123', yosId: YOS.yosId, secondmentId: 'S1', secondeeEmail: 'po@example.org', approverEmail: YOS.yotManagerEmail,
  submittedDate: '2027-01-10', travelDate: '2027-01-08', from: 'Northampton', to: 'Kettering', purpose: 'Court', mileage: 20, amountPence: 1250,
  saturdayCourt: true, status: 'pending', secondeeConversationId: null, secondeeActivityId: null, approverConversationId: null, approverActivityId: null,
  decidedBy: null, decidedAt: null, comment: null,
};

/** Every obligation kind at once, so each reminder template is rendered with real data. */
const world = snapshot({
  secondments: [secondment({ plannedEndDate: '2027-07-30', startDate: '2025-01-31' })],
  boards: [{ board: 'YOGB', meetingDate: '2027-02-10' }],
  disputes: [{ disputeId: 'D1', yosId: YOS.yosId, raisedDate: '2026-12-01', raisedByEmail: YOS.yotManagerEmail, summary: 'x', status: 'open' }],
  vacancies: [{ vacancyId: 'V1', yosId: YOS.yosId, grade: 'PO', fte: 1, openedDate: '2026-10-01', filledDate: null }],
  claims: [claim],
});

function rendered(): Record<string, object[]> {
  const obligations = openObligations(world, '2027-01-20');
  const byTemplate: Record<string, object[]> = {
    answer: [
      answerCard(answerQuestion('who handles a dispute?')),
      answerCard(answerQuestion('where is a good pub?')),
      answerCard({ ...answerQuestion('who handles a dispute?'), note: UNIDENTIFIED_NOTES['teams-unavailable'] }),
    ],
    welcome: [welcomeCard({ person: { email: 'a@b.org', name: 'A' }, displayName: 'A' }, ['link manager for X']), welcomeCard({ person: null, displayName: 'there' }, [])],
    help: [helpCard()],
    message: [errorCard('Oops', 'Something'), noticeCard('Note', 'Something')],
    done: [doneCard('Done', 'It worked', [{ title: 'Ref', value: 'X1' }])],
    'expense-form': [expenseFormCard('2027-01-20', 'Yvonne', true), expenseFormCard('2027-01-20', 'Yvonne', false, { problem: 'Fix it', errors: { from: 'Enter where' }, values: { mileage: '12' } })],
    'expense-claim': [
      claimCard(claim, { email: YOS.yotManagerEmail, refreshUserIds: ['29:a', '29:b'] }, world),
      claimCard({ ...claim, status: 'approved', decidedBy: YOS.yotManagerEmail, decidedAt: '2027-01-11T10:00:00Z' }, { email: 'po@example.org', refreshUserIds: [] }, world, 'already decided'),
    ],
    'review-form': [reviewFormCard(world.secondments, world, '2027-01-20', { problem: 'x', errors: { heldDate: 'bad' } })],
    'dispute-form': [yosFormCard('dispute-form', world.yos)],
    'vacancy-form': [yosFormCard('vacancy-form', world.yos)],
    'tracker-form': [trackerFormCard(world.yos, 'YOGB', '2027-02-10', '2027-02-03')],
    deadlines: [deadlinesCard(obligations, 'link@example.org', '2027-01-20', 60, true), deadlinesCard([], 'x@y.org', '2027-01-20', 60, false)],
    calendar: [calendarCard('https://bot.example.org/calendar/abc.ics')],
    reach: [
      reachCard([
        { email: 'spoc@example.org', name: 'Sam', roles: ['SPOC for the Midlands division'], how: 'unreachable', ready: false, reason: 'in no team the bot is in', action: 'ask the Teams admin to pre-install the app through a setup policy' },
        { email: 'link@example.org', name: 'link@example.org', roles: [], how: 'roster', ready: false, reason: null, action: null },
        { email: 'po@example.org', name: 'Pat', roles: ['seconded PO'], how: 'chat', ready: true, reason: null, action: null },
      ], 'Midlands division (1 YOS)'),
      reachCard([], 'Nowhere'),
    ],
    'tracker-digest': [trackerDigestCard('YOGB', '2027-02-10', '2027-02-03', [{ yos: 'A', submitted: true, submittedDate: '2027-02-01' }, { yos: 'B', submitted: false, submittedDate: null }])],
  };
  for (const kind of OBLIGATION_KINDS) {
    const o = obligations.find((x) => x.kind === kind);
    if (!o) throw new Error(`sample world has no ${kind}`);
    byTemplate[`reminder-${kind}`] = [reminderCard(o, '2027-01-20', 'responsible', world), reminderCard(o, '2027-03-20', 'escalation', world)];
  }
  return byTemplate;
}

describe('Adaptive Cards', () => {
  const cards = rendered();

  it('every template in cards/ is rendered here (none untested)', () => {
    expect(Object.keys(cards).sort()).to.deep.equal(cardNames().sort());
  });

  for (const [name, list] of Object.entries(cards)) {
    it(`${name}: version 1.5, parses with the adaptivecards library with no errors`, () => {
      for (const card of list) expect(validateCard(card as Record<string, unknown>)).to.deep.equal([]);
    });
  }

  it('the approver sees Approve and Reject; the secondee does not', () => {
    const approver = claimCard(claim, { email: YOS.yotManagerEmail, refreshUserIds: [] }, world) as { actions: { title: string }[] };
    const secondee = claimCard(claim, { email: 'po@example.org', refreshUserIds: [] }, world) as { actions: { title: string }[] };
    expect(approver.actions.map((a) => a.title)).to.deep.equal(['Approve', 'Reject']);
    expect(secondee.actions).to.deep.equal([]);
  });
});
