/**
 * End to end in a real browser: Debian's Chromium drives Microsoft's Agents Playground, which
 * emulates Teams and talks to our bot over HTTP (see playground-driver.ts). Every kind of button
 * is pressed as a person would: card actions (Action.Execute) and say buttons (Action.Submit:
 * follow-up questions, help). Screenshots go to build/screenshots/ (`npm run docs:screenshots`
 * refreshes docs/ from them).
 */
import fs from 'node:fs';
import { expect } from 'chai';
import type { Browser, Page } from 'playwright-core';
import { buildApp, type RunningApp } from '../../src/app';
import { loadConfig } from '../../src/config';
import { loadDemoData } from '../../src/cli/demo';
import { addDays, todayInLondon, nextWorkingDay } from '../../src/framework/dates';
import { startTestStorage, type TestStorage } from '../helpers/azurite';
import { lastCardText, launchChromium, pressAndSee, send, shot, startPlayground, type PlaygroundProcess } from './playground-driver';

interface Playground extends PlaygroundProcess {
  page: Page;
}

describe('end to end in Chromium against the Agents Playground', function () {
  this.timeout(180_000);
  let storage: TestStorage;
  let app: RunningApp;
  let browser: Browser;
  const playgrounds: Record<string, Playground> = {};

  before(async function () {
    // Three Playgrounds and a browser: slow on a busy 2-core machine, so generous limits here.
    this.timeout(360_000);
    storage = await startTestStorage();
    await loadDemoData(storage.store, todayInLondon(), 'e2e');
    const config = loadConfig({ PORT: '0', NOTIFY_KEY: 'e2e-key' }, false);
    app = await buildApp({ store: storage.store, config });
    const botPort = await app.listen(0);
    browser = await launchChromium();
    for (const role of ['secondee', 'yot_manager', 'link_manager']) {
      const started = await startPlayground(role, botPort);
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      await page.goto(`http://127.0.0.1:${started.port}/`, { timeout: 90_000 });
      // Opening the Playground installs the app for that user: the bot welcomes them by name.
      await page.getByText(/^Hello /).first().waitFor({ timeout: 60_000 });
      playgrounds[role] = { ...started, page };
    }
  });

  afterEach(async function () {
    // On failure keep what each browser showed, to see why.
    if (this.currentTest?.state !== 'failed') return;
    for (const [role, p] of Object.entries(playgrounds)) await shot(p.page, `failed-${role}`).catch(() => undefined);
  });

  after(async () => {
    await browser?.close();
    for (const p of Object.values(playgrounds)) {
      p.process.kill();
      fs.rmSync(p.dir, { recursive: true, force: true });
    }
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

  it('a follow-up button on an answer asks its question and gets that rule\'s answer', async () => {
    const page = playgrounds.yot_manager.page;
    // The answer to "who handles a dispute?" (previous test) offers related rules as buttons.
    const answer = page.locator('.ac-adaptiveCard').filter({ hasText: 'Framework section 9.1' }).last();
    const followUps = await answer.locator('button').allInnerTexts();
    expect(followUps.length, 'follow-up buttons on the answer card').to.be.greaterThan(0);
    // Asking a rule's title answers that rule: the new answer card is titled with the button's text.
    await pressAndSee(page, followUps[0].trim(), followUps[0].trim());
    await shot(page, 'answer-follow-up');
  });

  it('a yes/no question on a wrong premise gets "No." first; the front matter is cited as the document control', async () => {
    const page = playgrounds.secondee.page;
    await send(page, 'Can my secondment run for four years, is that right?');
    expect(await lastCardText(page, 'Framework section 5.4')).to.match(/No\.\s+A YOS secondment lasts at most 3 years/);
    await send(page, 'When was the framework adopted?');
    expect(await lastCardText(page, 'Framework document control (front page)')).to.contain('1 April 2015');
    await shot(page, 'answer-yes-no-and-document-control');
  });

  it('a yes/no question the framework leaves open is told so; a section whose facts span two rules answers both', async () => {
    const page = playgrounds.link_manager.page;
    await send(page, 'Is the mileage rate 45p a mile?');
    expect(await lastCardText(page, 'does not say, so I cannot answer yes or no')).to.match(/mileage/);
    await send(page, 'how does the serious youth violence weighting work in the funding formula?');
    expect(await lastCardText(page, 'Also, from section 5.1:')).to.contain('Framework section 5.1');
    await shot(page, 'answer-does-not-say-and-two-rules');
  });

  it("a story whose incidental words point elsewhere is answered from the section the classifier reads (8, not the court rota's 5.3)", async () => {
    const page = playgrounds.secondee.page;
    await send(page, "I'm booked on a two-day NPS risk briefing but the YOT manager says I'm needed on the court rota and can't go. Does the YOT have to release me?");
    expect(await lastCardText(page, 'Framework section 8')).to.match(/released? for (?:appropriate )?NPS training/i);
    await shot(page, 'answer-classifier-second-opinion');
  });

  it("answer-particulars: a particular asked second is said beside the answer; a board member's address is worked out", async () => {
    const page = playgrounds.link_manager.page;
    await send(page, "If we agree a secondee's long-term sickness needs covering, what process applies, and is there a specific budget code for it?");
    expect(await lastCardText(page, 'Framework section 5.6')).to.contain('On your other question: the framework does not give cost centres or budget codes.');
    await send(page, "What's Jon Nason's email address?");
    expect(await lastCardText(page, 'Framework section 9.1')).to.contain('jon.nason@justice.gov.uk, worked out by this bot');
    await shot(page, 'answer-particulars');
  });

  it("answer-two-in-one: a second question the framework leaves to others gets its pointer beside the first's answer; a section cue picks 5.2", async () => {
    const page = playgrounds.secondee.page;
    await send(page, 'Who do I show evidence of my travel claims to so they are recharged properly, and is there a time limit for submitting them?');
    expect(await lastCardText(page, 'Framework section 5.3')).to.contain('On your other question: The framework does not set mileage or subsistence rates');
    await shot(page, 'answer-two-in-one');
    await send(page, "Is it the seconded PO's job to let the CRC know that a transition case is being allocated to them?");
    expect(await lastCardText(page, 'Framework section 5.2')).to.contain('the NPS is responsible for informing the CRC');
    await shot(page, 'answer-section-cue');
  });

  it('answer-who-check: a link manager who takes leave approval for their own duty is told No, with the YOT manager named', async () => {
    const page = playgrounds.link_manager.page;
    await send(page, "As the NPS link manager I'm the one who approves my secondee's annual leave, aren't I?");
    const text = await lastCardText(page, 'Framework section 5.3');
    expect(text).to.match(/No\.\s+The YOT manager \(YOS manager\) approves the secondee's leave/);
    await shot(page, 'answer-who-check');
  });

  it('help buttons run their commands: welcome -> help -> my deadlines -> my calendar, and a question', async () => {
    const page = playgrounds.link_manager.page;
    await pressAndSee(page, 'Help', 'What I can do');
    await pressAndSee(page, 'My deadlines', 'Your deadlines');
    await pressAndSee(page, 'My calendar', 'Your deadlines in Outlook');
    await pressAndSee(page, 'Who handles a dispute?', 'Framework section 9.1');
    await shot(page, 'help-buttons');
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
    await manager.getByText(/Approved by you/).last().waitFor();

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
