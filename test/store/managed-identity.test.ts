/**
 * Production storage without an account key: the Store reaches a storage account's table endpoint
 * with an Entra token (in Azure, from the app's managed identity). Tested against Azurite with its
 * OAuth check on (which needs HTTPS: a self-signed certificate made here with openssl).
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { expect } from 'chai';
import { loadConfig } from '../../src/config';
import { freePort } from '../../scripts/free-port';

const AZURITE_TABLE = require.resolve('azurite/dist/src/table/main.js');
const PROBE = path.join(__dirname, '..', 'helpers', 'oauth-store-probe.js');

function waitForPort(port: number, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  return new Promise((resolve, reject) => {
    const attempt = () => {
      const socket = net.connect(port, '127.0.0.1', () => {
        socket.end();
        resolve();
      });
      socket.once('error', () => (Date.now() > deadline ? reject(new Error(`nothing listens on ${port}`)) : setTimeout(attempt, 100)));
    };
    attempt();
  });
}

function probe(env: Record<string, string>): Promise<{ ok: boolean; boards?: number; error?: string; scopes: string[] }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [PROBE], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.once('exit', () => {
      try {
        resolve(JSON.parse(out.trim().split('\n').pop() ?? ''));
      } catch {
        reject(new Error(`probe printed: ${out}`));
      }
    });
  });
}

describe('storage through a managed identity (TABLES_ACCOUNT_URL, no key)', function () {
  this.timeout(60_000);
  let dir: string;
  let azurite: ChildProcess;
  let accountUrl: string;

  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'oauth-azurite-'));
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-keyout',
        'key.pem',
        '-out',
        'cert.pem',
        '-days',
        '1',
        '-subj',
        '/CN=127.0.0.1',
        '-addext',
        'subjectAltName=IP:127.0.0.1',
      ],
      { cwd: dir, stdio: 'ignore' },
    );
    const port = await freePort();
    azurite = spawn(
      process.execPath,
      [
        AZURITE_TABLE,
        '--tableHost',
        '127.0.0.1',
        '--tablePort',
        String(port),
        '--oauth',
        'basic',
        '--cert',
        'cert.pem',
        '--key',
        'key.pem',
        '--inMemoryPersistence',
        '--skipApiVersionCheck',
        '--silent',
      ],
      { cwd: dir, stdio: 'ignore' },
    );
    await waitForPort(port, 20_000);
    accountUrl = `https://127.0.0.1:${port}/devstoreaccount1`;
  });

  after(() => {
    azurite?.kill();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('opens the tables, writes and reads with an Entra token for Azure Storage', async () => {
    const result = await probe({
      ACCOUNT_URL: accountUrl,
      AUDIENCE: 'https://storage.azure.com',
      NODE_EXTRA_CA_CERTS: path.join(dir, 'cert.pem'),
    });
    expect(result, result.error).to.include({ ok: true, boards: 1 });
    expect(result.scopes).to.deep.equal(['https://storage.azure.com/.default']);
  });

  it('is refused with a token for another audience (the check is real)', async () => {
    const result = await probe({
      ACCOUNT_URL: accountUrl,
      AUDIENCE: 'https://graph.microsoft.com',
      NODE_EXTRA_CA_CERTS: path.join(dir, 'cert.pem'),
    });
    expect(result.ok).to.equal(false);
    expect(result.error).to.match(/AuthenticationFailed/);
  });
});

describe('TABLES_ACCOUNT_URL configuration', () => {
  it('takes a table endpoint over https; refuses plain http off loopback, a non-URL, and both settings at once', () => {
    expect(loadConfig({ TABLES_ACCOUNT_URL: 'https://yosbot.table.core.windows.net/' }, false).tablesAccountUrl).to.equal(
      'https://yosbot.table.core.windows.net',
    );
    expect(loadConfig({}, false).tablesAccountUrl).to.equal(undefined);
    expect(() => loadConfig({ TABLES_ACCOUNT_URL: 'http://yosbot.table.core.windows.net' }, false)).to.throw(/https/);
    expect(() => loadConfig({ TABLES_ACCOUNT_URL: 'yosbot' }, false)).to.throw(/table endpoint/);
    expect(() =>
      loadConfig({ TABLES_ACCOUNT_URL: 'https://a.table.core.windows.net', TABLES_CONNECTION_STRING: 'UseDevelopmentStorage=true' }, false),
    ).to.throw(/not both/);
  });
});
