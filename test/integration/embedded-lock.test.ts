import fs from 'node:fs';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { expect } from 'chai';
import { loadConfig, type Config } from '../../src/config';
import { openStore } from '../../src/store/open';
import { BIN, checkoutOnOwnPort, run, tempCheckout, unusedFixedPort, type Checkout } from '../helpers/processes';

/** A checkout's configuration that prefers `port` for its store, as the default prefers 10002. */
function configPreferring(checkout: Checkout, port: number): Config {
  return { ...loadConfig(checkout.env, false), azuritePort: port, azuritePortFixed: false };
}

describe('the embedded store belongs to its data folder', function () {
  this.timeout(90_000);

  it('a lock file naming a live unrelated process does not hold up start-up', async () => {
    const checkout = await checkoutOnOwnPort();
    const unrelated = spawn('sleep', ['60'], { stdio: 'ignore' });
    try {
      fs.mkdirSync(checkout.env.DATA_DIR!, { recursive: true });
      fs.writeFileSync(path.join(checkout.env.DATA_DIR!, 'azurite.lock'), String(unrelated.pid));
      // Before, this waited for the lock to time out (33 s) and then failed without naming it.
      const due = run(checkout, BIN, ['due', '--json']);
      expect(await due.exited, due.stderr).to.equal(0);
      expect(JSON.parse(due.stdout)).to.deep.equal([]);
      expect(due.stderr).to.not.contain('lock');
    } finally {
      unrelated.kill();
    }
  });

  it('a lock that cannot be cleared is named, with the way to recover', async () => {
    const checkout = tempCheckout();
    fs.mkdirSync(checkout.env.DATA_DIR!, { recursive: true });
    const lockFile = path.join(checkout.env.DATA_DIR!, 'azurite.lock');
    // A live Node process (this one) that claims to be starting the folder's Azurite and never does.
    fs.writeFileSync(lockFile, JSON.stringify({ pid: process.pid, state: 'starting', dataDir: checkout.env.DATA_DIR, at: Date.now() }));
    const failure = await openStore(loadConfig(checkout.env, false), { waitMs: 1500 }).then(
      () => null,
      (err: Error) => err.message,
    );
    expect(failure).to.contain(lockFile);
    expect(failure).to.match(/delete .*azurite\.lock and try again/);
  });

  it("never uses another checkout's store that answers on the preferred port; uses another port instead", async () => {
    const port = await unusedFixedPort();
    const first = tempCheckout();
    const second = tempCheckout();
    const a = await openStore(configPreferring(first, port));
    try {
      await a.store.people.insert({ email: 'only-in-first@example.org', name: 'First' }, 'test');
      const b = await openStore(configPreferring(second, port));
      try {
        expect(await b.store.people.get('only-in-first@example.org')).to.equal(null);
        expect(b.description).to.not.contain(`port ${port} `);
      } finally {
        await b.close();
      }
      // With the port fixed by AZURITE_TABLE_PORT it refuses, naming the port, rather than share.
      const fixed = await openStore({ ...configPreferring(tempCheckout(), port), azuritePortFixed: true }).then(
        () => 'opened',
        (err: Error) => err.message,
      );
      expect(fixed).to.contain(`port ${port} (AZURITE_TABLE_PORT) is used by another program`);
    } finally {
      await a.close();
    }
  });

  it('a damaged store file is named, with the way to recover', async () => {
    const checkout = await checkoutOnOwnPort();
    fs.mkdirSync(checkout.env.DATA_DIR!, { recursive: true });
    const file = path.join(checkout.env.DATA_DIR!, '__azurite_db_table__.json');
    fs.writeFileSync(file, '{"filename": "__azurite_db_table__.json", "collections": [ {"name": "trunc');
    const due = run(checkout, BIN, ['due', '--json']);
    expect(await due.exited).to.equal(1);
    expect(due.stdout).to.equal('');
    expect(due.stderr).to.contain(`cannot read the embedded store file ${file}`);
    expect(due.stderr).to.contain('move the file aside');
    expect(due.stderr).to.not.match(/\n\s+at /);
    expect(fs.existsSync(path.join(checkout.env.DATA_DIR!, 'azurite.lock')), 'no lock left behind').to.equal(false);
  });
});
