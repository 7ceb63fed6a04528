import { expect } from 'chai';
import { SharedRateBudget, positionsPerSecond } from '../../src/notify/rate-budget';
import { RateLimiter } from '../../src/notify/rate-limiter';
import { startTestStorage, type TestStorage } from '../helpers/azurite';

/** The most instants in any half-open window [t, t + 1000). */
function maxPerSecond(instants: number[]): number {
  const sorted = [...instants].sort((a, b) => a - b);
  let best = 0;
  for (let i = 0, j = 0; i < sorted.length; i++) {
    while (sorted[i] - sorted[j] >= 1000) j++;
    best = Math.max(best, i - j + 1);
  }
  return best;
}

describe('tenant-wide send budget shared through Table Storage (Azurite)', function () {
  this.timeout(60_000);
  let storage: TestStorage;
  before(async () => (storage = await startTestStorage()));
  after(async () => storage.azurite.stop());

  it('keeps a 10% margin under Teams limit of 50 a second', () => {
    expect(positionsPerSecond(50)).to.equal(45);
    expect(positionsPerSecond(1)).to.equal(1);
  });

  it('concurrent claimers on one second never get the same position and never more than the slot holds', async () => {
    const slots = Array.from({ length: 4 }, () => storage.store.rateSlots(30));
    const second = Math.floor(Date.now() / 1000) + 1000;
    const grants = await Promise.all(slots.flatMap((s) => Array.from({ length: 6 }, () => s.claim('tenant-x', second, 0, 3))));
    const positions = grants.flatMap((g) => (g ? Array.from({ length: g.count }, (_, i) => g.first + i) : []));
    expect(positions).to.have.length(30);
    expect(new Set(positions).size).to.equal(30);
    expect(await slots[0].claim('tenant-x', second, 0, 1)).to.equal(null);
    // Another tenant has its own budget.
    expect(await slots[0].claim('tenant-y', second, 0, 1)).to.deep.equal({ second, first: 0, count: 1 });
  });

  it('two instances taking sends together get distinct instants, at most the budget in any second', async () => {
    const perSlot = 40;
    const budgets = [0, 1].map(() => new SharedRateBudget(storage.store.rateSlots(perSlot)));
    const instants = (await Promise.all(budgets.map((b) => Promise.all(Array.from({ length: 60 }, () => b.acquire('tenant-1')))))).flat();
    expect(instants).to.have.length(120);
    expect(new Set(instants).size).to.equal(120);
    expect(maxPerSecond(instants)).to.be.at.most(perSlot);
    for (const t of instants) expect(Math.abs(((t % 1000) / (1000 / perSlot)) - Math.round((t % 1000) / (1000 / perSlot)))).to.be.below(1e-6);
  });

  it('a conversation still gets at most its own limit when the tenant budget is shared', async () => {
    const limiter = new RateLimiter({ perConversationPerSecond: 3, globalPerSecond: Infinity });
    const budget = new SharedRateBudget(storage.store.rateSlots(40));
    const times: number[] = [];
    await Promise.all(Array.from({ length: 6 }, async () => {
      await limiter.acquireWith('conv-1', () => budget.acquire('tenant-2'));
      times.push(Date.now());
    }));
    expect(times).to.have.length(6);
    expect(maxPerSecond(times)).to.be.at.most(3);
  });
});
