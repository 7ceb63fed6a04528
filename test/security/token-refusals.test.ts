/**
 * With an app id, a token that was checked and found bad is a 401, whatever is wrong with it; a
 * 503 ("cannot verify the sender right now") is only for signing keys that cannot be fetched. Each
 * refusal is one JSON log line and nothing else: botframework-connector's own console output (key
 * dumps, stack traces) does not reach stderr or stdout.
 */
import net from 'node:net';
import { expect } from 'chai';
import { log, logSink } from '../../src/log';
import { BotFrameworkKeys, TEST_APP_ID } from '../helpers/bot-auth';
import { post, startHarness, teamsActivity, type Harness, type PostResult } from '../helpers/harness';

/** Runs `send` with the JSON log, stderr and stdout captured. */
async function captured(send: () => Promise<PostResult[]>): Promise<{ results: PostResult[]; lines: string[]; printed: string[] }> {
  const lines: string[] = [];
  const printed: string[] = [];
  const saved = { write: logSink.write, level: log.level, stderr: process.stderr.write, stdout: process.stdout.write };
  logSink.write = (line) => void lines.push(line);
  log.level = 'info';
  const capture = ((chunk: string) => printed.push(String(chunk)) > 0) as typeof process.stderr.write;
  process.stderr.write = capture;
  process.stdout.write = capture;
  try {
    return { results: await send(), lines, printed };
  } finally {
    Object.assign(logSink, { write: saved.write });
    log.level = saved.level;
    process.stderr.write = saved.stderr;
    process.stdout.write = saved.stdout;
  }
}

const authEnv = (metadataUrl: string) => ({
  MicrosoftAppId: TEST_APP_ID,
  MicrosoftAppPassword: 'not-a-real-secret',
  BOT_OPENID_METADATA_URL: metadataUrl,
  SERVICE_URL_ALLOWLIST: 'http://127.0.0.1:*/',
});

describe('token refusals: 401 for a bad token, 503 only when keys cannot be fetched, one log line each', function () {
  this.timeout(60_000);

  describe('signing keys available', () => {
    let h: Harness;
    let keys: BotFrameworkKeys;
    before(async () => {
      keys = await BotFrameworkKeys.start();
      h = await startHarness({ env: authEnv(keys.metadataUrl), demo: false });
    });
    after(async () => {
      await h.stop();
      await keys.stop();
    });

    it('a properly signed token is accepted (the stand-in works)', async () => {
      const activity = teamsActivity(h, 'secondee', { text: 'help', deliveryMode: 'expectReplies' });
      expect((await post(h, '/api/messages', activity, { authorization: keys.authorization(h.connector.url) })).status).to.equal(200);
    });

    it('signed with the wrong key, or HS256 keyed with the public key: 401, one JSON log line each, nothing else printed', async () => {
      const { results, lines, printed } = await captured(async () => {
        const out: PostResult[] = [];
        for (const how of ['wrong-key', 'hs256-with-public-key', 'wrong-key'] as const) {
          const activity = teamsActivity(h, 'secondee', { text: 'help', deliveryMode: 'expectReplies' });
          out.push(await post(h, '/api/messages', activity, { authorization: keys.forged(h.connector.url, how) }));
        }
        return out;
      });
      expect(results.map((r) => r.status)).to.deep.equal([401, 401, 401]);
      for (const r of results) expect(r.body).to.deep.equal({ error: 'unauthorized' });
      expect(printed, 'nothing printed outside the JSON log').to.deep.equal([]);
      expect(lines).to.have.length(3);
      for (const line of lines) {
        expect(line.trim().split('\n')).to.have.length(1);
        expect(JSON.parse(line)).to.include({ msg: 'request refused: not authenticated' });
      }
    });
  });

  describe('signing keys unreachable', () => {
    let h: Harness;
    let keys: BotFrameworkKeys;
    before(async () => {
      const probe = net.createServer().listen(0, '127.0.0.1');
      await new Promise((resolve) => probe.once('listening', resolve));
      const closedPort = (probe.address() as net.AddressInfo).port;
      await new Promise((resolve) => probe.close(resolve));
      keys = await BotFrameworkKeys.start(); // mints a well-formed token; its endpoint is not the one configured
      h = await startHarness({ env: authEnv(`http://127.0.0.1:${closedPort}/openid`), demo: false });
    });
    after(async () => {
      await h.stop();
      await keys.stop();
    });

    it('a well-formed token that cannot be checked: 503, one JSON log line, nothing else printed', async () => {
      const { results, lines, printed } = await captured(async () => [
        await post(h, '/api/messages', teamsActivity(h, 'secondee', { text: 'help' }), {
          authorization: keys.authorization(h.connector.url),
        }),
      ]);
      expect(results[0].status).to.equal(503);
      expect(results[0].body).to.deep.equal({ error: 'cannot verify the sender right now; try again later' });
      expect(printed).to.deep.equal([]);
      expect(lines).to.have.length(1);
      expect(JSON.parse(lines[0])).to.include({ msg: 'request refused: could not verify the sender' });
    });
  });
});
