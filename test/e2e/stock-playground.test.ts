/**
 * Microsoft's Agents Playground as the Toolkit starts it: no configuration file, its own default
 * user (whose aadObjectId is not a well-formed GUID). That user is unknown to our data and must
 * still get answers, told how to try a demo role.
 */
import fs from 'node:fs';
import { expect } from 'chai';
import type { Browser, Page } from 'playwright-core';
import { buildApp, type RunningApp } from '../../src/app';
import { loadConfig } from '../../src/config';
import { loadDemoData } from '../../src/cli/demo';
import { todayInLondon } from '../../src/framework/dates';
import { startTestStorage, type TestStorage } from '../helpers/azurite';
import { launchChromium, send, shot, startPlayground, type PlaygroundProcess } from './playground-driver';

describe('the stock Agents Playground (default configuration and default user)', function () {
  this.timeout(180_000);
  let storage: TestStorage;
  let app: RunningApp;
  let browser: Browser;
  let playground: PlaygroundProcess;
  let page: Page;

  before(async function () {
    this.timeout(240_000);
    storage = await startTestStorage();
    await loadDemoData(storage.store, todayInLondon(), 'e2e-stock');
    app = await buildApp({ store: storage.store, config: loadConfig({ PORT: '0' }, false) });
    const botPort = await app.listen(0);
    browser = await launchChromium();
    playground = await startPlayground('stock', botPort);
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`http://127.0.0.1:${playground.port}/`, { timeout: 90_000 });
  });

  afterEach(async function () {
    if (this.currentTest?.state === 'failed') await shot(page, 'failed-stock-playground').catch(() => undefined);
  });

  after(async () => {
    await browser?.close();
    playground?.process.kill();
    if (playground) fs.rmSync(playground.dir, { recursive: true, force: true });
    await app?.close();
    await storage?.azurite.stop();
  });

  it('answers the default user: a framework question gets its rule, and the user is told how to try a demo role', async () => {
    await send(page, 'how long can a secondment last?');
    await page.getByText(/5\.4/).first().waitFor({ timeout: 30_000 });
    await send(page, 'my deadlines');
    await page
      .getByText(/npm run playground -- link_manager/)
      .first()
      .waitFor({ timeout: 30_000 });
    await shot(page, 'stock-playground');
    const text = await page.locator('body').innerText();
    expect(text).not.to.match(/something went wrong/i);
  });
});
