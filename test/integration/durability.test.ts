import fs from 'node:fs';
import path from 'node:path';
import { expect } from 'chai';
import { DEMO_PEOPLE } from '../../src/cli/demo';
import { BIN, SERVER, checkoutOnOwnPort, groupGone, reopen, run, type Checkout, type Proc } from '../helpers/processes';

/** What `yosbot demo` loads into the four tables counted here. */
const DEMO_ROWS = { people: DEMO_PEOPLE.length, yos: 3, secondments: 3, boards: 3 };

async function countDemoRows(checkout: Checkout): Promise<Record<string, number>> {
  const opened = await reopen(checkout);
  try {
    const s = opened.store;
    return {
      people: (await s.people.listAll()).length,
      yos: (await s.yos.listAll()).length,
      secondments: (await s.secondments.listAll()).length,
      boards: (await s.boards.listAll()).length,
    };
  } finally {
    await opened.close();
  }
}

async function startServer(checkout: Checkout): Promise<{ server: Proc; port: number }> {
  const server = run(checkout, SERVER, []);
  await server.waitFor(/listening/);
  return { server, port: Number(/"port":(\d+)/.exec(server.stdout)![1]) };
}

// Each test's store on its own port, so nothing else on the machine can stand in for it.
describe('durability of the embedded store (real processes)', function () {
  this.timeout(120_000);

  it('yosbot demo, then the whole process tree killed (kill -9) the moment it prints success: every row is there after a restart', async () => {
    const checkout = await checkoutOnOwnPort();
    const demo = run(checkout, BIN, ['demo']);
    await demo.waitFor(/vacancies: .*created/);
    demo.signalGroup('SIGKILL');
    await groupGone(demo);
    expect(await countDemoRows(checkout)).to.deep.equal(DEMO_ROWS);
  });

  it('npm start running: Ctrl-C right after a CLI import printed success keeps every row', async () => {
    const checkout = await checkoutOnOwnPort();
    const { server } = await startServer(checkout);
    const csv = path.join(checkout.dir, 'people.csv');
    fs.writeFileSync(csv, `email,name\n${Array.from({ length: 300 }, (_, i) => `p${i}@example.org,Person ${i}`).join('\n')}\n`);
    const importing = run(checkout, BIN, ['import', 'people', csv]);
    await importing.waitFor(/people: 300 created/);
    server.signalGroup('SIGINT'); // as Ctrl-C in the terminal running npm start
    expect(await server.exited).to.equal(0);
    await groupGone(server);
    const opened = await reopen(checkout);
    expect((await opened.store.people.listAll()).length).to.equal(300);
    await opened.close();
  });

  it("npm start: the server's own write survives SIGTERM sent right after it answered", async () => {
    const checkout = await checkoutOnOwnPort();
    const { server, port } = await startServer(checkout);
    const aadObjectId = '12345678-0000-4000-8000-0000000000aa';
    const res = await fetch(`http://127.0.0.1:${port}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        type: 'message',
        id: 'm1',
        channelId: 'msteams',
        serviceUrl: 'http://127.0.0.1:9/',
        text: 'help',
        deliveryMode: 'expectReplies',
        from: { id: '29:someone', name: 'Someone', aadObjectId },
        recipient: { id: '28:bot' },
        conversation: { id: 'a:someone', conversationType: 'personal', tenantId: 't' },
      }),
    });
    expect(res.status).to.equal(200);
    server.signalGroup('SIGTERM');
    expect(await server.exited).to.equal(0);
    await groupGone(server);
    const opened = await reopen(checkout);
    expect(await opened.store.conversationRefs.get(aadObjectId)).to.not.equal(null);
    await opened.close();
  });

  it('kill -9 of npm start alone right after a CLI write: its Azurite saves and goes away by itself', async () => {
    const checkout = await checkoutOnOwnPort();
    const { server } = await startServer(checkout);
    const demo = run(checkout, BIN, ['demo']);
    await demo.waitFor(/vacancies: .*created/);
    process.kill(server.child.pid!, 'SIGKILL');
    await groupGone(server);
    expect(fs.existsSync(path.join(checkout.env.DATA_DIR!, 'azurite.lock')), 'the lock goes with it').to.equal(false);
    expect(await countDemoRows(checkout)).to.deep.equal(DEMO_ROWS);
  });
});
