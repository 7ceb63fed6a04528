/**
 * `npm run playground -- <role> -p <port>` as the README says: the Playground on the asked port,
 * the bot on another, free port, the generated config in an ignored folder, nothing tracked written.
 */
import fs from 'node:fs';
import path from 'node:path';
import { spawn, type ChildProcess } from 'node:child_process';
import { expect } from 'chai';
import { parseArgs } from '../../scripts/playground';
import { freePort } from '../../scripts/free-port';
import { startTestStorage, type TestStorage } from '../helpers/azurite';
import { ROOT } from './playground-driver';

function parseOrError(argv: string[]): unknown {
  try {
    return parseArgs(argv);
  } catch (err) {
    return (err as Error).message;
  }
}

describe('npm run playground (scripts/playground.ts)', function () {
  this.timeout(60_000);

  describe('arguments', () => {
    const stderrWrite = process.stderr.write;
    beforeEach(() => {
      process.stderr.write = () => true; // commander prints usage on errors
    });
    afterEach(() => {
      process.stderr.write = stderrWrite;
    });

    it('takes a role and -p, as the README shows; the bot port is left free unless asked', () => {
      expect(parseArgs([])).to.deep.equal({ role: 'secondee', port: 56150, botPort: undefined });
      expect(parseArgs(['yot_manager', '-p', '56151'])).to.deep.equal({ role: 'yot_manager', port: 56151, botPort: undefined });
      expect(parseArgs(['-p', '56152', 'spoc', '--bot-port', '4000'])).to.deep.equal({ role: 'spoc', port: 56152, botPort: 4000 });
    });

    it('refuses an unknown role or a bad port with a clear message', () => {
      expect(parseOrError(['boss'])).to.match(/role must be one of secondee, link_manager/);
      expect(parseOrError(['-p', 'lots'])).to.match(/must be a port number/);
      expect(parseOrError(['-p', '70000'])).to.match(/must be a port number/);
    });
  });

  describe('a run', () => {
    let storage: TestStorage;
    let child: ChildProcess | undefined;
    before(async () => {
      storage = await startTestStorage();
    });
    after(async () => {
      if (child && child.exitCode === null) {
        child.kill('SIGTERM');
        await new Promise((resolve) => child!.once('exit', resolve));
      }
      await storage?.azurite.stop();
    });

    it('puts the Playground on the asked port and the bot on another free one, config in build/playground/', async () => {
      const port = await freePort();
      const rootConfig = path.join(ROOT, '.m365agentsplayground.yml');
      const rootConfigBefore = fs.existsSync(rootConfig) ? fs.statSync(rootConfig).mtimeMs : null;
      child = spawn(process.execPath, [path.join(ROOT, 'dist', 'scripts', 'playground.js'), 'yot_manager', '-p', String(port)], {
        cwd: ROOT,
        env: { ...process.env, TABLES_CONNECTION_STRING: storage.azurite.connectionString, PORT: '', PUBLIC_URL: '', LOG_LEVEL: 'silent' },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let out = '';
      child.stderr!.on('data', (chunk) => (out += chunk));
      const ready = await new Promise<RegExpExecArray>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no start line: ${out}`)), 45_000);
        child!.stdout!.on('data', (chunk) => {
          out += chunk;
          const line = /Bot on http:\/\/localhost:(\d+); Agents Playground on http:\/\/localhost:(\d+) as yot_manager/.exec(out);
          if (line) {
            clearTimeout(timer);
            resolve(line);
          }
        });
        child!.once('exit', (code) => reject(new Error(`exited with ${code}: ${out}`)));
      });
      const [botPort, playgroundPort] = [Number(ready[1]), Number(ready[2])];
      expect(playgroundPort).to.equal(port);
      expect(botPort).to.not.equal(port);
      expect((await fetch(`http://127.0.0.1:${botPort}/healthz`)).status).to.equal(200);
      expect((await fetch(`http://127.0.0.1:${playgroundPort}/`)).status).to.equal(200);
      const config = fs.readFileSync(path.join(ROOT, 'build', 'playground', `yot_manager-${port}`, '.m365agentsplayground.yml'), 'utf8');
      expect(config).to.match(/currentUser:\n {2}id: user-yot_manager\n {2}name: Helen Carter/);
      const rootConfigAfter = fs.existsSync(rootConfig) ? fs.statSync(rootConfig).mtimeMs : null;
      expect(rootConfigAfter, 'nothing written at the root').to.equal(rootConfigBefore);
    });
  });
});
