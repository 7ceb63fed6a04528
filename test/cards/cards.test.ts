import { expect } from 'chai';
import { cardNames, validateCard } from '../../src/views/templates';
import { answerCard, errorCard, helpCard, noticeCard, sharedWelcomeCard, welcomeCard } from '../../src/views/chat-cards';
import { claimsListCard } from '../../src/views/claims-list';
import { calendarCard, claimCard, deadlinesCard, disputeFormCard, doneCard, expenseFormCard, reviewFormCard, trackerFormCard } from '../../src/views/workflow-cards';
import { boardAgendaCard, vacancyCard, vacancyFormCard, vacancyListCard } from '../../src/views/vacancy-cards';
import { boardAgenda } from '../../src/framework/agenda';
import { cardText } from '../helpers/harness';
import { reminderCard, trackerDigestCard } from '../../src/views/reminder-cards';
import { reachCard } from '../../src/views/reach-card';
import { informedNoticeCard } from '../../src/views/notice-card';
import { boardPackCard, noBoardScheduledCard } from '../../src/views/board-cards';
import { formatLong } from '../../src/framework/dates';
import { disputeCard, disputeConfirmCard } from '../../src/views/dispute-cards';
import { answerQuestion } from '../../src/framework/answer';
import { UNIDENTIFIED_NOTES } from '../../src/services/ask';
import { OBLIGATION_KINDS, openObligations } from '../../src/framework/obligations';
import type { ExpenseClaim } from '../../src/framework/records';
import { YOS, absence, dispute, secondment, snapshot, vacancy } from '../helpers/records';
import { absenceCard, absenceFormCard } from '../../src/views/absence-cards';

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
  disputes: [dispute({ raisedDate: '2026-12-01' }), dispute({ disputeId: 'D2', raisedDate: '2027-01-10', linkManagerEmail: 'link@example.org' })],
  // Stage 5 falls due only once stage 4 is recorded (5.5): V2 is at stage 4.
  vacancies: [vacancy({ openedDate: '2026-10-01', noApplicantsDate: '2027-01-15' }), vacancy({ vacancyId: 'V2', openedDate: '2026-10-01', stage: 4, stageDate: '2026-12-20' })],
  claims: [claim],
  absences: [absence({ startDate: '2027-02-01' }), absence({ absenceId: 'A2', kind: 'sickness', startDate: '2026-12-10' })],
});

const trailEvent = {
  vacancyId: 'V1', eventId: '2026-10-01T09:00:00.000Z_abc', kind: 'stage' as const, stage: 1, date: '2026-10-05', recordedBy: 'link@example.org',
  recordedAt: '2026-10-05T09:00:00.000Z', evidence: 'Asked the LDU for a PO; none free', note: '', cover: 'none' as const,
};

function rendered(): Record<string, object[]> {
  const obligations = openObligations(world, '2027-01-20');
  const byTemplate: Record<string, object[]> = {
    answer: [
      answerCard(answerQuestion('who handles a dispute?')),
      answerCard(answerQuestion('where is a good pub?')),
      answerCard({ ...answerQuestion('who handles a dispute?'), note: UNIDENTIFIED_NOTES['teams-unavailable'] }),
    ],
    welcome: [welcomeCard({ person: { email: 'a@b.org', name: 'A' }, displayName: 'A' }, ['link manager for X']), welcomeCard({ person: null, displayName: 'there' }, []), sharedWelcomeCard()],
    help: [helpCard(), helpCard({ actions: new Set(['claim.submit']), roles: new Set(['secondee']) })],
    'claims-list': [
      claimsListCard({ own: [claim, { ...claim, claimId: 'TS-2', status: 'withdrawn', decidedBy: 'po@example.org', decidedAt: '2027-01-12T09:00:00Z' }], toDecide: [], decided: [] }, 'po@example.org', world, { notice: 'Claim withdrawn.' }),
      claimsListCard({ own: [], toDecide: [claim], decided: [] }, YOS.yotManagerEmail, world, { problem: 'x' }),
      claimsListCard({ own: [], toDecide: [], decided: [] }, 'x@y.org', world),
    ],
    message: [errorCard('Oops', 'Something'), noticeCard('Note', 'Something')],
    done: [doneCard('Done', 'It worked', [{ title: 'Ref', value: 'X1' }])],
    'expense-form': [
      expenseFormCard('2027-01-20', 'Yvonne', true),
      expenseFormCard('2027-01-20', 'Yvonne', false, { problem: 'Fix it', errors: { from: 'Enter where' }, values: { mileage: '12' } }),
      expenseFormCard('2027-01-20', 'Yvonne', false, { problem: 'Confirm', errors: { confirmAmount: 'Please confirm £1,234.50' }, values: { amount: '£1,234.50', confirmFor: '123450', confirmAmount: '' } }),
    ],
    'expense-claim': [
      claimCard(claim, { email: YOS.yotManagerEmail, refreshUserIds: ['29:a', '29:b'] }, world),
      claimCard({ ...claim, status: 'approved', decidedBy: YOS.yotManagerEmail, decidedAt: '2027-01-11T10:00:00Z' }, { email: 'po@example.org', refreshUserIds: [] }, world, 'already decided'),
    ],
    'review-form': [reviewFormCard(world.secondments, world, '2027-01-20', { problem: 'x', errors: { heldDate: 'bad' } })],
    'dispute-form': [disputeFormCard(world.yos, world, 'link@example.org'), disputeFormCard(world.yos, world, 'yot@example.org', { problem: 'x', errors: { linkManagerEmail: 'bad' } })],
    'vacancy-form': [vacancyFormCard(world.yos, world, '2027-01-20'), vacancyFormCard(world.yos, world, '2027-01-20', { problem: 'x', errors: { openedDate: 'bad' } })],
    vacancy: [
      vacancyCard(world.vacancies[0], [trailEvent], world, { canStage: true, canUpdate: true, canFill: true, canNoApplicants: true, canDiscuss: true }, '2027-01-20', { notice: 'Recorded.' }),
      vacancyCard({ ...world.vacancies[0], stage: 4, stageDate: '2027-01-05', filledDate: '2027-02-01' }, [], world, { canStage: false, canUpdate: false, canFill: false }, '2027-02-20', { problem: 'x', errors: { evidence: 'bad' } }),
    ],
    'vacancy-list': [vacancyListCard(world.vacancies, world, '2027-01-20'), vacancyListCard([], world, '2027-01-20')],
    'board-agenda': [
      boardAgendaCard(boardAgenda(world, '2027-01-20', 'spoc@example.org'), world),
      boardAgendaCard(boardAgenda(snapshot(), '2027-01-20'), snapshot()),
      boardPackCard(world, '2027-02-03', { board: 'YOGB', meetingDate: '2027-02-10' }),
    ],
    'no-board-scheduled': [
      noBoardScheduledCard({ from: '2027-01-20', to: '2027-04-20', quarter: '2027-Q1' }, 'portfolio-lead'),
      noBoardScheduledCard({ from: '2027-01-20', to: '2027-04-20', quarter: '2027-Q1' }, 'spoc'),
    ],
    dispute: [
      disputeCard(world.disputes[1], [{ disputeId: 'D2', noteId: '2027-01-12T10:00:00.000Z_a', by: 'yot@example.org', at: '2027-01-12T10:00:00.000Z', text: 'Met on Monday' }], world, { canResolve: true, canEscalate: true, canNote: true }, '2027-01-20', { refreshUserIds: ['29:a'], notice: 'Raised.' }),
      disputeCard({ ...world.disputes[0], status: 'resolved', resolvedDate: '2027-01-19', resolvedBy: 'ldu@example.org', outcome: 'Cover agreed' }, [], world, { canResolve: false, canEscalate: false, canNote: false }, '2027-01-20', { problem: 'x', errors: { outcome: 'bad' } }),
    ],
    'dispute-confirm': [disputeConfirmCard(world.disputes[1], world, { resolving: true, outcome: 'Cover agreed from March' }), disputeConfirmCard(world.disputes[1], world, { resolving: false })],
    'tracker-form': [trackerFormCard(world.yos, 'YOGB', '2027-02-10', '2027-02-03')],
    deadlines: [
      deadlinesCard(obligations, 'link@example.org', '2027-01-20', 60, true, world),
      deadlinesCard(obligations, YOS.headOfLduEmail, '2027-01-20', 60, false, world),
      deadlinesCard([], 'x@y.org', '2027-01-20', 60, false),
    ],
    'informed-notice': obligations.filter((o) => o.informed.length).map((o) => informedNoticeCard(o, '2027-01-20', world)),
    calendar: [calendarCard('https://bot.example.org/calendar/abc.ics')],
    'absence-form': [
      absenceFormCard(world.secondments, world, '2027-01-20'),
      absenceFormCard(world.secondments, world, '2027-01-20', { problem: 'x', errors: { startDate: 'bad' }, values: { kind: 'sickness' } }),
    ],
    absence: [
      absenceCard(world.absences![0], world, { agree: true, end: true }, '2027-03-20', { notice: 'Recorded.' }),
      absenceCard(world.absences![1], world, { agree: true, end: true }, '2027-01-20', { problem: 'x', errors: { note: 'Say what', endedDate: 'bad' } }),
      absenceCard({ ...world.absences![1], coverAgreedDate: '2027-01-15', coverAgreedBy: 'yot@example.org', coverDecision: 'cover', coverNote: 'Agency PO', coverVacancyId: 'VAC-A2', endedDate: '2027-01-19' }, world, { agree: false, end: false }, '2027-01-20'),
    ],
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
    const list = obligations.filter((x) => x.kind === kind);
    if (!list.length) throw new Error(`sample world has no ${kind}`);
    byTemplate[`reminder-${kind}`] = list.flatMap((o) => [reminderCard(o, '2027-01-20', 'responsible', world), reminderCard(o, '2027-03-20', 'informed', world)]);
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

  const actions = (card: unknown) => ((card as { actions?: { title: string }[] }).actions ?? []).map((a) => a.title);
  const reminder = (kind: string, subjectId: string, audience: 'responsible' | 'informed', viewer?: string) =>
    reminderCard(openObligations(world, '2027-01-20').find((o) => o.kind === kind && o.subjectId === subjectId)!, '2027-01-20', audience, world, '2027-01-20', viewer);

  it('dispute cards (9.1): local parties may resolve or escalate; once escalated only resolve; the SPOC is told, with no decision buttons', () => {
    expect(actions(reminder('dispute-escalation', 'D2', 'responsible'))).to.deep.equal(['Resolve', 'Escalate early', 'Open the dispute']);
    expect(actions(reminder('dispute-escalation', 'D1', 'responsible'))).to.deep.equal(['Resolve', 'Open the dispute']);
    const spoc = reminder('dispute-escalation', 'D1', 'informed', 'spoc@example.org');
    expect(actions(spoc)).to.deep.equal(['Open the dispute', 'Governance Board agenda']);
    // Someone told who may not see the agenda is not offered it (issue 22: "Not your agenda").
    expect(actions(reminder('dispute-escalation', 'D1', 'informed', 'po@example.org'))).to.deep.equal(['Open the dispute']);
    expect(cardText(spoc)).to.contain('you are not asked to decide it');
  });

  it('each reminder says what the framework asks in its words and the consequence; reminder timing is labelled a product choice', () => {
    const stage5 = cardText(reminder('vacancy-stage-5', 'V2', 'responsible'));
    expect(stage5).to.contain('evidence from YOS that the vacancy remains unfilled by either Probation Officer/PSO or YOT appointed appropriate temporary staff');
    expect(stage5).to.contain('The NPS needs from the YOS: evidence that neither a PO/PSO nor a YOT-appointed temporary worker is in the post');
    const signoff = cardText(reminder('expense-signoff', claim.claimId, 'responsible'));
    expect(signoff).to.contain('is a product default, not a framework deadline: the framework sets none');
    expect(JSON.stringify(reminder('return-plan', 'S1', 'responsible'))).to.contain('Has recruitment for the replacement started?');
    for (const o of openObligations(world, '2027-01-20')) {
      expect(cardText(reminderCard(o, '2027-01-20', 'responsible', world)), o.kind).to.contain("this product's choice, not the framework's");
    }
  });

  it('an informed person\'s notice says what is happening, who must act, the due date and section, and that nothing is asked of them', () => {
    const stage4 = openObligations(world, '2027-01-20').find((o) => o.kind === 'vacancy-stage-4')!;
    const text = cardText(informedNoticeCard(stage4, '2027-01-20', world));
    expect(text).to.contain('For your information: Vacancy at stage 4');
    expect(text).to.contain(stage4.subject);
    expect(text).to.match(/Must act\nlink@example\.org/);
    expect(text).to.contain(`Due\n${formatLong(stage4.due)}`);
    expect(text).to.contain('Framework section\n5.5');
    expect(text).to.contain('You are informed: no action is asked of you.');
    expect(text).to.contain("this product's choice, not the framework's");
    const actions = (informedNoticeCard(stage4, '2027-01-20', world) as { actions: { title: string }[] }).actions.map((a) => a.title);
    expect(actions).to.deep.equal(['My deadlines']);
  });

  it('my deadlines: what I must act on, then what I am informed of under "For your information", with who must act', () => {
    const obligations = openObligations(world, '2027-01-20');
    const ldu = cardText(deadlinesCard(obligations, YOS.headOfLduEmail, '2027-01-20', 60, false, world));
    const [act, fyi] = ldu.split('For your information');
    expect(act).to.contain('Dispute D1').and.to.contain('you must act');
    expect(fyi).to.contain('Stage 4 for PO vacancy V1').and.to.contain('must act: link@example.org');
    expect(fyi).to.not.contain('Dispute D1');
    const none = cardText(deadlinesCard([], 'x@y.org', '2027-01-20', 60, false));
    expect(none).to.contain('Nothing due in the next 60 days.').and.not.contain('For your information');
  });

  it('the claim form says the sign-off days are a product default and that the framework states no claim limits', () => {
    const text = cardText(expenseFormCard('2027-01-20', 'Yvonne', false));
    expect(text).to.contain('5 working days (product default; the framework sets no deadline, 5.4)');
    expect(text).to.contain('T&S claim limits: none (the framework states none)');
  });

  it('the link manager sees a decided claim as the evidence of the decision (5.3)', () => {
    const decided = { ...claim, status: 'approved' as const, decidedBy: YOS.yotManagerEmail, decidedAt: '2027-01-11T10:00:00Z' };
    expect(cardText(claimCard(decided, { email: 'link@example.org', refreshUserIds: [] }, world))).to.contain('evidence of this decision for the recharge (framework 5.3)');
  });
});
