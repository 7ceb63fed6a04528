/**
 * End to end in a real browser: Debian's Chromium (playwright-core, never a downloaded browser)
 * drives Microsoft's Agents Playground, which emulates Teams and talks to our bot over HTTP.
 * The Playground has one current user per instance, so each role gets its own instance (own
 * folder, own .m365agentsplayground.yml, own port); the bot reaches each through the instance's
 * mocked connector, as it would reach each person's Teams client. Screenshots go to docs/.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn, type ChildProcess } from 'node:child_process';
import { expect } from 'chai';
import { chromium, type Browser, type Page } from 'playwright-core';
import { buildApp, type RunningApp } from '../../src/app';
import { loadConfig } from '../../src/config';
import { loadDemoData } from '../../src/cli/demo';
import { addDays, todayInLondon, nextWorkingDay } from '../../src/framework/dates';
import { playgroundConfig } from '../../scripts/playground-config';
import { startTestStorage, type TestStorage } from '../helpers/azurite';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const DOCS = path.join(ROOT, 'docs');
const PLAYGROUND_CLI = require.resolve('@microsoft/m365agentsplayground/cli.js');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

interface Playground {
  process: ChildProcess;
  port: number;
  page: Page;
}

async function startPlayground(role: string, botPort: number): Promise<Omit<Playground, 'page'>> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `playground-${role}-`));
  fs.writeFileSync(path.join(dir, '.m365agentsplayground.yml'), playgroundConfig(role));
  const child = spawn(process.execPath, [PLAYGROUND_CLI, 'start', '-e', `http://127.0.0.1:${botPort}/api/messages`, '-c', 'msteams', '-p', '0', '--dt'], {
    cwd: dir,
    // The Playground opens a browser at start and exits if it cannot: a no-op xdg-open satisfies it.
    env: { ...process.env, PATH: `${path.join(ROOT, 'scripts', 'bin')}${path.delimiter}${process.env.PATH}` },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const port = await new Promise<number>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`Playground for ${role} did not start: ${out}`)), 30_000);
    child.stdout!.on('data', (chunk) => {
      out += chunk;
      const match = /Listening on (\d+)/.exec(out);
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    });
    child.once('exit', (code) => reject(new Error(`Playground for ${role} exited with ${code}: ${out}`)));
  });
  return { process: child, port };
}

/** Types into the Playground's compose box (a rich-text editor, not a textarea) and sends. */
async function send(page: Page, text: string): Promise<void> {
  const box = page.locator('[contenteditable="true"]:has(p.editor-paragraph)').first();
  await box.click();
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
}

async function shot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(DOCS, { recursive: true });
  await page.screenshot({ path: path.join(DOCS, `${name}.png`) });
}

describe('end to end in Chromium against the Agents Playground', function () {
  this.timeout(180_000);
  let storage: TestStorage;
  let app: RunningApp;
  let browser: Browser;
  const playgrounds: Record<string, Playground> = {};

  before(async () => {
    storage = await startTestStorage();
    await loadDemoData(storage.store, todayInLondon(), 'e2e');
    const config = loadConfig({ PORT: '0', NOTIFY_KEY: 'e2e-key' }, false);
    app = await buildApp({ store: storage.store, config });
    const botPort = await app.listen(0);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    for (const role of ['secondee', 'yot_manager', 'link_manager']) {
      const started = await startPlayground(role, botPort);
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      await page.goto(`http://127.0.0.1:${started.port}/`);
      // Opening the Playground installs the app for that user: the bot welcomes them by name.
      await page.getByText(/^Hello /).first().waitFor({ timeout: 30_000 });
      playgrounds[role] = { ...started, page };
    }
  });

  afterEach(async function () {
    // On failure keep what each browser showed, to see why.
    if (this.currentTest?.state !== 'failed') return;
    for (const p of Object.values(playgrounds)) {
      const inputs = await p.page.locator('input, textarea').evaluateAll((els) => els.map((e) => `${e.getAttribute('aria-label')}|${e.getAttribute('aria-labelledby')}|${e.id}|${(e as HTMLInputElement).type}`));
      fs.writeFileSync(path.join(os.tmpdir(), 'e2e-inputs.txt'), inputs.join('\n'));
    }
    for (const [role, p] of Object.entries(playgrounds)) await p.page.screenshot({ path: path.join(os.tmpdir(), `e2e-failed-${role}.png`) }).catch(() => undefined);
  });

  after(async () => {
    await browser?.close();
    for (const p of Object.values(playgrounds)) p.process.kill();
    await app?.close();
    await storage?.azurite.stop();
  });

  it('answers "who handles a dispute?" with the cited rule and the asker\'s own people', async () => {
    const page = playgrounds.yot_manager.page;
    await send(page, 'who handles a dispute?');
    await page.getByText('Framework section 9.1').last().waitFor();
    await expect(page.getByText(/first the YOT manager Helen Carter and the link manager David Okafor/).last()).to.be.ok;
    expect(await page.getByText(/first the YOT manager Helen Carter and the link manager David Okafor/).count()).to.be.greaterThan(0);
    await shot(page, 'answer-dispute');
  });

  it('the secondee submits a claim, the YOT manager approves it, the secondee sees it approved', async () => {
    const secondee = playgrounds.secondee.page;
    await send(secondee, 'claim expenses');
    await secondee.getByText('Travel and subsistence claim').last().waitFor();
    await secondee.getByLabel('From').last().fill('Northampton');
    await secondee.getByLabel(/^To\b/).last().fill('Kettering Magistrates Court');
    await secondee.getByLabel('Purpose').last().fill('Pre-sentence report interview');
    await secondee.getByLabel('Mileage (miles)').last().fill('24');
    await shot(secondee, 'claim-form');
    await secondee.getByRole('button', { name: 'Submit claim' }).last().click();
    await secondee.getByText(/Waiting for sign-off by Helen Carter/).last().waitFor();

    const manager = playgrounds.yot_manager.page;
    await manager.getByRole('button', { name: 'Approve' }).last().waitFor({ timeout: 30_000 });
    await shot(manager, 'claim-approval');
    await manager.getByRole('button', { name: 'Approve' }).last().click();
    await manager.getByText(/Approved by Helen Carter/).last().waitFor();

    await secondee.getByText(/Now submit the claim through SOP quoting reference TS-/).last().waitFor({ timeout: 30_000 });
    await shot(secondee, 'claim-approved');
    const claims = await storage.store.claims.listPartition('decided');
    expect(claims).to.have.length(1);
    expect(claims[0]).to.include({ status: 'approved', decidedBy: 'helen.carter@northamptonshire.example.org', mileage: 24 });
  });

  it('a reminder sweep puts the reminder card in the link manager\'s chat', async () => {
    const asOf = nextWorkingDay(addDays(todayInLondon(), 1));
    const result = await app.runSweep(asOf);
    expect(result.sent).to.be.greaterThan(0);
    const page = playgrounds.link_manager.page;
    await page.getByText(/Three-way review due|Return-plan meeting due/).last().waitFor({ timeout: 30_000 });
    await page.getByRole('button', { name: /Record review held|Record return plan held/ }).last().waitFor();
    await shot(page, 'reminder-link-manager');
  });
});
