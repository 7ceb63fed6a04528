/**
 * The oversight tab over real HTTP against Azurite with the demo data: who gets which picture,
 * the CSV, Teams sign-in tokens checked against (stand-in) Entra keys, and the page itself in
 * Chromium in the three Teams themes, used with the keyboard.
 */
import { generateKeyPairSync } from 'node:crypto';
import { expect } from 'chai';
import jwt from 'jsonwebtoken';
import type { Browser } from 'playwright-core';
import { buildApp, type RunningApp } from '../../src/app';
import { loadConfig } from '../../src/config';
import { DEMO_PEOPLE, loadDemoData } from '../../src/cli/demo';
import { todayInLondon } from '../../src/framework/dates';
import { startTestStorage, type TestStorage } from '../helpers/azurite';
import { LoopbackServer } from '../helpers/loopback-server';
import { launchChromium, shot } from '../e2e/playground-driver';

const email = (key: string) => DEMO_PEOPLE.find((p) => p.key === key)!.email;
const APP_ID = '11111111-2222-4333-8444-555555555555';
const TENANT = '66666666-7777-4888-8999-000000000000';

describe('the oversight tab (GET /tab/oversight, /api/oversight)', function () {
  this.timeout(120_000);
  let storage: TestStorage;
  let local: RunningApp;
  let base: string;

  before(async () => {
    storage = await startTestStorage();
    await loadDemoData(storage.store, todayInLondon(), 'tab-test');
    local = await buildApp({ store: storage.store, config: loadConfig({ PORT: '0' }, false) });
    base = `http://127.0.0.1:${await local.listen(0)}`;
  });
  after(async () => {
    await local?.close();
    await storage?.azurite.stop();
  });

  const get = async (path: string, headers: Record<string, string> = {}, at = base) => {
    const res = await fetch(`${at}${path}`, { headers });
    return {
      status: res.status,
      type: res.headers.get('content-type') ?? '',
      csp: res.headers.get('content-security-policy') ?? '',
      text: await res.text(),
    };
  };

  it('a SPOC sees every YOS of their division and nothing of another', async () => {
    const r = await get(`/api/oversight?as=${email('spoc')}`);
    expect(r.status).to.equal(200);
    const body = JSON.parse(r.text);
    expect(body.view.yos.map((y: { yosId: string }) => y.yosId).sort()).to.deep.equal(['LEICESTER', 'NORTHANTS']);
    expect(body.view.yos[0]).to.include.keys('vacanciesByStage', 'trackers', 'disputes', 'reviewsOverdue', 'claimsWaiting', 'poFte');
  });

  it('a Head of LDU sees their YOS; a secondee is told the page is for managers; no name at all is a 401', async () => {
    const head = JSON.parse((await get(`/api/oversight?as=${email('head_of_ldu')}`)).text);
    expect(head.view.yos.map((y: { yosId: string }) => y.yosId)).to.deep.equal(['NORTHANTS']);
    const secondee = await get(`/api/oversight?as=${email('secondee')}`);
    expect(secondee.status).to.equal(403);
    expect(JSON.parse(secondee.text).error).to.match(/for managers/);
    expect((await get('/api/oversight')).status).to.equal(401);
  });

  it("exports the table as CSV, one row per YOS in the viewer's scope", async () => {
    const r = await get(`/api/oversight.csv?as=${email('spoc')}`);
    expect(r.status).to.equal(200);
    expect(r.type).to.match(/text\/csv/);
    const lines = r.text.trim().split('\n');
    expect(lines[0]).to.match(/^yos_id,yos,division,open_vacancies/);
    expect(lines).to.have.length(3);
  });

  it('serves the page and only its own assets, framed only by Teams', async () => {
    const page = await get('/tab/oversight');
    expect(page.status).to.equal(200);
    expect(page.csp).to.include('frame-ancestors').and.include('https://teams.microsoft.com');
    expect((await get('/tab/assets/chart.umd.min.js')).status).to.equal(200);
    expect((await get('/tab/assets/..%2F..%2Fpackage.json')).status).to.equal(404);
  });

  describe('with an app id: Teams single sign-on tokens', () => {
    const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const other = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const keys = new LoopbackServer((_req, res) => {
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ keys: [{ ...publicKey.export({ format: 'jwk' }), kid: 'k1', use: 'sig' }] }));
    });
    let signed: RunningApp;
    let at: string;
    const token = (claims: Record<string, unknown>, key = privateKey) =>
      jwt.sign(
        {
          aud: `api://yosbot.example.org/${APP_ID}`,
          iss: `https://login.microsoftonline.com/${TENANT}/v2.0`,
          preferred_username: email('head_of_ldu'),
          exp: Math.floor(Date.now() / 1000) + 600,
          ...claims,
        },
        key,
        { algorithm: 'RS256', keyid: 'k1' },
      );

    before(async () => {
      const keysUrl = await keys.start();
      const config = loadConfig({ PORT: '0', MicrosoftAppId: APP_ID, MicrosoftAppPassword: 'x', TAB_SSO_KEYS_URL: keysUrl }, false);
      signed = await buildApp({ store: storage.store, config });
      at = `http://127.0.0.1:${await signed.listen(0)}`;
    });
    after(async () => {
      await signed?.close();
      await keys.stop();
    });

    it("a valid token for the tab's app gives that person's picture; ?as= is ignored", async () => {
      const r = await get(`/api/oversight?as=${email('spoc')}`, { authorization: `Bearer ${token({})}` }, at);
      expect(r.status).to.equal(200);
      expect(JSON.parse(r.text).viewer).to.equal(email('head_of_ldu'));
    });

    it('refuses no token, another key, another audience, another issuer and an expired token with 401', async () => {
      expect((await get(`/api/oversight?as=${email('spoc')}`, {}, at)).status).to.equal(401);
      for (const bad of [
        token({}, other.privateKey),
        token({ aud: 'api://yosbot.example.org/someone-else' }),
        token({ iss: 'https://evil.example.org/' }),
        token({ exp: Math.floor(Date.now() / 1000) - 60 }),
      ]) {
        expect((await get('/api/oversight', { authorization: `Bearer ${bad}` }, at)).status).to.equal(401);
      }
    });
  });

  describe('the page in Chromium', () => {
    let browser: Browser;
    before(async () => {
      browser = await launchChromium();
    });
    after(async () => browser?.close());

    for (const theme of ['default', 'dark', 'contrast']) {
      it(`renders the SPOC's division in the ${theme} theme, charts with their table alternatives`, async () => {
        const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
        await page.goto(`${base}/tab/oversight?as=${email('spoc')}&theme=${theme}`);
        await page.locator('#summary tbody tr').first().waitFor({ timeout: 20_000 });
        expect(await page.locator('#summary tbody tr').count()).to.equal(2);
        expect(await page.locator('#stages-table tbody tr').count()).to.equal(6);
        expect(await page.locator('#stages-text').textContent()).to.match(/Stage 1: \d/);
        const colours = await page.evaluate(() => [getComputedStyle(document.body).backgroundColor, getComputedStyle(document.body).color]);
        expect(colours[0]).not.to.equal(colours[1]);
        await shot(page, `oversight-${theme}`);
        await page.close();
      });
    }

    it('is usable from the keyboard: a heading sorts, a number opens its records', async () => {
      const page = await browser.newPage();
      await page.goto(`${base}/tab/oversight?as=${email('spoc')}`);
      await page.locator('#summary tbody tr').first().waitFor({ timeout: 20_000 });
      await page.getByRole('button', { name: 'YOS', exact: true }).focus();
      await page.keyboard.press('Enter');
      expect(await page.locator('#summary th').first().getAttribute('aria-sort')).to.equal('descending');
      const figure = page.locator('td button.figure:not([disabled])').first();
      await figure.focus();
      await page.keyboard.press('Enter');
      expect(await page.locator('#records').isVisible()).to.equal(true);
      expect(await page.locator('#records-list li').count()).to.be.greaterThan(0);
      await page.close();
    });
  });
});
