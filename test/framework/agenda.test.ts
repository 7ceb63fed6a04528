import { expect } from 'chai';
import { boardAgenda, vacancyNextStep } from '../../src/framework/agenda';
import { YOS, dispute, secondment, snapshot, vacancy } from '../helpers/records';

const other = { ...YOS, yosId: 'LEEDS', name: 'Leeds YOS', spocEmail: 'north-spoc@example.org', headOfLduEmail: 'north-ldu@example.org' };

describe('Governance Board agenda (9.1 escalated disputes, 5.5 vacancy management)', () => {
  const world = snapshot({
    yos: [YOS, other],
    secondments: [secondment({ startDate: '2026-01-31', plannedEndDate: '2028-01-30' })],
    boards: [
      { board: 'YOGB', meetingDate: '2027-03-10' },
      { board: 'YOGB', meetingDate: '2027-06-10' },
    ],
    disputes: [
      dispute({ disputeId: 'OLD', raisedDate: '2026-12-01' }),
      dispute({ disputeId: 'NEW', raisedDate: '2027-02-20' }),
      dispute({
        disputeId: 'HAND',
        raisedDate: '2027-02-20',
        status: 'escalated',
        escalatedDate: '2027-02-22',
        escalatedBy: 'yot@example.org',
      }),
      dispute({ disputeId: 'FAR', yosId: 'LEEDS', raisedDate: '2026-12-01' }),
    ],
    vacancies: [vacancy({ openedDate: '2026-10-31' }), vacancy({ vacancyId: 'LATER', openedDate: '2027-08-31' })],
    trackerSubmissions: [],
  });

  it('"so that this can be raised at the YOS Governance Board": the SPOC sees their own YOS\'s escalated disputes for the next meeting', () => {
    const agenda = boardAgenda(world, '2027-03-01', 'spoc@example.org');
    expect(agenda).to.include({ board: 'YOGB', meetingDate: '2027-03-10' });
    expect(agenda.yos).to.deep.equal(['Northamptonshire YOS']);
    expect(agenda.disputes.map((d) => `${d.disputeId} ${d.escalatedDate} ${d.how}`)).to.deep.equal(['OLD 2026-12-30 after 28 days', 'HAND 2027-02-22 by hand (yot@example.org)']);
    expect(agenda.disputes[0].toResolve).to.deep.equal(['ldu@example.org', 'senior@example.org']);
    expect(boardAgenda(world, '2027-03-01').disputes.map((d) => d.disputeId)).to.include('FAR');
  });

  it('"reporting back on vacancy management": open vacancies with their stage and what comes next; trackers owed for the meeting', () => {
    const agenda = boardAgenda(world, '2027-03-01', 'spoc@example.org');
    expect(agenda.vacancies.map((v) => v.vacancyId)).to.deep.equal(['V1']); // not one that falls vacant later
    expect(agenda.vacancies[0].next).to.contain('Stage 4 due since 2027-01-31');
    expect(agenda.trackers).to.deep.equal([{ yos: 'Northamptonshire YOS', submitted: false, submittedDate: null }]);
  });

  it('the next step follows the staged process', () => {
    expect(vacancyNextStep(vacancy(), '2027-01-01')).to.contain('Stage 4 at the latest by 2027-01-31');
    expect(vacancyNextStep(vacancy(), '2027-01-31')).to.contain('Stage 4 at the latest by 2027-01-31');
    expect(vacancyNextStep(vacancy(), '2027-02-01')).to.contain('Stage 4 due since 2027-01-31');
    // Stage 5 counts from the recorded stage 4 (1 Feb), not from the vacant date + 3 months.
    expect(vacancyNextStep(vacancy({ stage: 4, stageDate: '2027-02-01' }), '2027-02-10')).to.contain('Stage 5 applies from 2027-03-01');
    expect(vacancyNextStep(vacancy({ cover: 'yot-temp' }), '2027-02-10')).to.contain('invoices the NPS');
    expect(vacancyNextStep(vacancy({ grade: 'PSO', fte: 0.5, localArrangement: true, stage: 4 }), '2027-04-10')).to.contain(
      'no stage-5 funding',
    );
    expect(vacancyNextStep(vacancy({ stage: 5, stageDate: '2027-03-01' }), '2027-04-10')).to.contain('reimburses in lieu');
  });

  it('lists the disputes resolved since the last board, with their outcome, so a closed dispute does not drop off unseen', () => {
    const resolved = (id: string, resolvedDate: string, yosId = YOS.yosId) =>
      dispute({
        disputeId: id,
        yosId,
        status: 'resolved',
        raisedDate: '2026-11-01',
        resolvedDate,
        resolvedBy: 'ldu@example.org',
        outcome: `Outcome of ${id}`,
      });
    const history = {
      resolved: [
        resolved('BEFORE', '2026-12-10'),
        resolved('AFTER', '2026-12-20'),
        resolved('ELSEWHERE', '2026-12-20', 'LEEDS'),
        resolved('TODAY', '2027-03-01'),
      ],
      lastBoardDate: '2026-12-15',
    };
    const agenda = boardAgenda(world, '2027-03-01', 'spoc@example.org', history);
    expect(agenda.resolvedSince).to.equal('2026-12-15');
    expect(agenda.resolved.map((d) => `${d.disputeId}: ${d.outcome}`)).to.deep.equal([
      'AFTER: Outcome of AFTER',
      'TODAY: Outcome of TODAY',
    ]);
    // No board held yet: the last 90 days (a product choice).
    expect(
      boardAgenda(world, '2027-03-01', 'spoc@example.org', { ...history, lastBoardDate: null }).resolved.map((d) => d.disputeId),
    ).to.deep.equal(['BEFORE', 'AFTER', 'TODAY']);
  });
});
