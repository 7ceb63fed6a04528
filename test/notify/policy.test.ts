import { expect } from 'chai';
import type { Obligation } from '../../src/framework/obligations';
import { describeStage, latestStage, shouldSend } from '../../src/notify/policy';
import { sweepDue } from '../../src/notify/scheduler';
import { RateLimiter } from '../../src/notify/rate-limiter';
import { backoffMs, retryAfterMs } from '../../src/notify/sender';

const obligation = (due: string): Obligation => ({
  id: `three-way-review:S1:${due}`, kind: 'three-way-review', due, yosId: 'Y', subjectId: 'S1', subject: 's', section: '5.3',
  responsible: ['a@x.org'], informed: [], notify: [],
});

describe('reminder policy', () => {
  const o = obligation('2027-03-31');

  it('has no stage until 14 days before, then the latest stage that has come', () => {
    expect(latestStage(o, '2027-03-16')).to.equal(null);
    expect(latestStage(o, '2027-03-17')).to.deep.equal({ name: 'due-14', from: '2027-03-17' });
    expect(latestStage(o, '2027-03-27')).to.deep.equal({ name: 'due-14', from: '2027-03-17' });
    expect(latestStage(o, '2027-03-28')).to.deep.equal({ name: 'due-3', from: '2027-03-28' });
    expect(latestStage(o, '2027-03-31')).to.deep.equal({ name: 'due-0', from: '2027-03-31' });
    expect(latestStage(o, '2027-04-06')!.name).to.equal('due-0'); // late, but less than a week
    expect(latestStage(o, '2027-04-07')).to.deep.equal({ name: 'overdue-1', from: '2027-04-07' });
    expect(latestStage(o, '2027-04-20')).to.deep.equal({ name: 'overdue-2', from: '2027-04-14' });
  });

  it('sends a stage once; catches up with only the latest stage after downtime', () => {
    const stage = latestStage(o, '2027-03-31')!;
    expect(shouldSend(stage, [], '2027-03-31')).to.equal(true);
    expect(shouldSend(stage, [{ stage: 'due-0', sentOn: '2027-03-31' }], '2027-03-31')).to.equal(false);
    // After a week off, the sweep on 4 April sends due-0 only (not due-14 and due-3 as well).
    expect(latestStage(o, '2027-04-04')!.name).to.equal('due-0');
  });

  it('repeats while overdue only when the last reminder is a week old', () => {
    const stage = latestStage(o, '2027-04-08')!; // overdue-1
    expect(shouldSend(stage, [{ stage: 'due-0', sentOn: '2027-04-05' }], '2027-04-08')).to.equal(false);
    expect(shouldSend(stage, [{ stage: 'due-0', sentOn: '2027-04-05' }], '2027-04-12')).to.equal(true);
    expect(shouldSend(stage, [{ stage: 'due-0', sentOn: '2027-03-31' }], '2027-04-08')).to.equal(true);
  });
});

describe('reminder stage names people can read', () => {
  it('says when each stage goes, not an internal key like overdue-49', () => {
    expect(describeStage('due-14')).to.equal('14 days before');
    expect(describeStage('due-1')).to.equal('1 day before');
    expect(describeStage('due-0')).to.equal('on the due date');
    expect(describeStage('overdue-1')).to.equal('1 week overdue (weekly repeat)');
    expect(describeStage('overdue-49')).to.equal('49 weeks overdue (weekly repeat)');
    expect(describeStage('informed')).to.equal('for information, once');
    expect(describeStage('digest')).to.equal('tracker digest');
    expect(describeStage('notice')).to.equal('notice to an informed person, once');
    expect(describeStage('board-pack')).to.equal('board pack, a week before the YOGB');
    expect(describeStage('warning')).to.equal('no YOGB in the next 3 months');
  });
});

describe('scheduler timing (Europe/London, working days)', () => {
  const fresh = () => ({ completedOn: null, retryAfter: null });

  it('runs at 09:00 London in GMT and in BST', () => {
    expect(sweepDue(new Date('2027-01-12T08:59:00Z'), '09:00', fresh())).to.equal(null);
    expect(sweepDue(new Date('2027-01-12T09:00:00Z'), '09:00', fresh())).to.equal('2027-01-12'); // GMT
    expect(sweepDue(new Date('2027-07-13T07:59:00Z'), '09:00', fresh())).to.equal(null);
    expect(sweepDue(new Date('2027-07-13T08:00:00Z'), '09:00', fresh())).to.equal('2027-07-13'); // BST
  });

  it('skips weekends and bank holidays, and runs once a day unless a retry is due', () => {
    expect(sweepDue(new Date('2027-01-16T10:00:00Z'), '09:00', fresh())).to.equal(null); // Saturday
    expect(sweepDue(new Date('2026-12-28T10:00:00Z'), '09:00', fresh())).to.equal(null); // Boxing Day substitute
    expect(sweepDue(new Date('2027-01-12T10:00:00Z'), '09:00', { completedOn: '2027-01-12', retryAfter: null })).to.equal(null);
    const retryAt = Date.parse('2027-01-12T10:05:00Z');
    expect(sweepDue(new Date('2027-01-12T10:01:00Z'), '09:00', { completedOn: null, retryAfter: retryAt })).to.equal(null);
    expect(sweepDue(new Date('2027-01-12T10:06:00Z'), '09:00', { completedOn: null, retryAfter: retryAt })).to.equal('2027-01-12');
  });
});

describe('sender timing rules', () => {
  it('reads Retry-After as seconds or an HTTP date', () => {
    expect(retryAfterMs('2')).to.equal(2000);
    expect(retryAfterMs(new Date(10_000 + 3000).toUTCString(), 10_000)).to.equal(3000);
    expect(retryAfterMs(null)).to.equal(null);
    expect(retryAfterMs('soon')).to.equal(null);
  });

  it('backs off exponentially with full jitter, capped', () => {
    expect(backoffMs(1, 500, 30_000, () => 1)).to.equal(500);
    expect(backoffMs(4, 500, 30_000, () => 1)).to.equal(4000);
    expect(backoffMs(10, 500, 30_000, () => 1)).to.equal(30_000);
    expect(backoffMs(4, 500, 30_000, () => 0.25)).to.equal(1000);
  });

  it('never lets more than the limits through in any window, even when asked every millisecond', () => {
    let now = 0;
    const limiter = new RateLimiter({ perConversationPerSecond: 7, globalPerSecond: 50 }, 1000, () => now);
    const take = (c: string) => (limiter as unknown as { tryTake(c: string): number }).tryTake(c) === 0;
    const granted: { at: number; c: string }[] = [];
    for (now = 0; now < 3000; now++) {
      for (let c = 0; c < 100; c++) if (take(`c${c}`)) granted.push({ at: now, c: `c${c}` });
    }
    for (const g of granted) {
      const window = granted.filter((x) => x.at > g.at - 1000 && x.at <= g.at);
      expect(window.length).to.be.at.most(50);
      expect(window.filter((x) => x.c === g.c).length).to.be.at.most(7);
    }
    // And it is not idle: close to the global limit over three seconds.
    expect(granted.length).to.be.at.least(140);
  });
});

describe('rate limits per tenant', () => {
  it('counts the overall limit per tenant, so one busy tenant does not hold up another', () => {
    let now = 0;
    const limiter = new RateLimiter({ perConversationPerSecond: 7, globalPerSecond: 50 }, 1000, () => now);
    const take = (c: string, t: string) => (limiter as unknown as { tryTake(c: string, t: string): number }).tryTake(c, t) === 0;
    let a = 0;
    let b = 0;
    for (now = 0; now < 1000; now++) {
      for (let c = 0; c < 20; c++) {
        if (take(`a${c}`, 'tenant-a')) a++;
        if (take(`b${c}`, 'tenant-b')) b++;
      }
    }
    expect(a).to.be.within(45, 50);
    expect(b).to.be.within(45, 50);
  });
});
