import { expect } from 'chai';
import { DurableWrites } from '../../src/store/durable-writes';

/** A save the test finishes by hand, recording how many writes had happened when it started. */
function manualSaves() {
  const started: { resolve: () => void; reject: (err: Error) => void }[] = [];
  const saveAll = () => new Promise<void>((resolve, reject) => started.push({ resolve, reject }));
  return { started, saveAll };
}
const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('DurableWrites: confirmed once saved, saves shared', () => {
  it('nothing written: no save; writes: one save for everyone waiting', async () => {
    const { started, saveAll } = manualSaves();
    const writes = new DurableWrites(saveAll);
    await writes.wait();
    expect(started).to.have.length(0);
    writes.noteWrite();
    writes.noteWrite();
    let done = 0;
    const waiting = [writes.wait(), writes.wait(), writes.wait()].map((p) => p.then(() => done++));
    await tick();
    expect(started).to.have.length(1);
    expect(done).to.equal(0);
    started[0].resolve();
    await Promise.all(waiting);
    expect(done).to.equal(3);
    await writes.wait();
    expect(started, 'already saved').to.have.length(1);
  });

  it('a write made while a save runs waits for the next save, which all later writers share', async () => {
    const { started, saveAll } = manualSaves();
    const writes = new DurableWrites(saveAll);
    writes.noteWrite();
    const first = writes.wait();
    await tick();
    writes.noteWrite();
    let laterDone = false;
    const later = [writes.wait(), writes.wait()];
    void Promise.all(later).then(() => (laterDone = true));
    started[0].resolve();
    await first;
    await tick();
    expect(laterDone, 'the first save began before this write').to.equal(false);
    expect(started).to.have.length(2);
    started[1].resolve();
    await Promise.all(later);
  });

  it('a failed save fails its waiters; the next wait tries again', async () => {
    const { started, saveAll } = manualSaves();
    const writes = new DurableWrites(saveAll);
    writes.noteWrite();
    const waiting = writes.wait();
    await tick();
    started[0].reject(new Error('disk full'));
    await waiting.then(
      () => expect.fail('should not be confirmed'),
      (err: Error) => expect(err.message).to.equal('disk full'),
    );
    const again = writes.wait();
    await tick();
    expect(started).to.have.length(2);
    started[1].resolve();
    await again;
  });

  it('against an account (no save to make) waits for nothing', async () => {
    const writes = new DurableWrites(null);
    writes.noteWrite();
    await writes.wait();
  });
});
