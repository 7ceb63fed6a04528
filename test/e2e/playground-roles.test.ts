/**
 * Every role, every button (issue 22): for each demo role a Playground opens as that person, sends
 * "my deadlines" and presses every button on every card it is shown: each row's action, then every
 * button of the card that opens (forms opened and sent with valid input, confirmations confirmed),
 * and the way back. Nothing may answer with an error, a refusal of what the card itself offered,
 * or raw codes. One Playground per role, one after another; screenshots in build/screenshots/.
 */
import fs from 'node:fs';
import { expect } from 'chai';
import type { Browser, Locator, Page } from 'playwright-core';
import { buildApp, type RunningApp } from '../../src/app';
import { loadConfig } from '../../src/config';
import { DEMO_PEOPLE, loadDemoData } from '../../src/cli/demo';
import { addDays, todayInLondon } from '../../src/framework/dates';
import { ClaimService } from '../../src/services/claims';
import { startTestStorage, type TestStorage } from '../helpers/azurite';
import { launchChromium, send, shot, startPlayground, type PlaygroundProcess } from './playground-driver';

const ROLES = ['secondee', 'link_manager', 'yot_manager', 'head_of_ldu', 'spoc', 'yos_senior_manager'];

/** What must never be read on a card: errors, refusals of an offered action, internal codes. */
const PROBLEMS: [string, RegExp][] = [
  [
    'error',
    /\b(Not done|Could not confirm|Sorry, something went wrong|That button is not recognised|not shown|Vacancy not found|This card is out of date)\b/i,
  ],
  [
    'refusal',
    /\b(Only the [a-z ,]+ (for|can)|Not yours to record|Not your (YOS|agenda)|No tracker to submit|not for you|Nothing was changed|Please correct|cannot be in the future)\b/i,
  ],
  [
    'raw code',
    /\bdue-\d+\b|\w+ -> \w+|\b[A-Z]+@\d{4}-\d{2}-\d{2}\b|\b(expense-signoff|dispute-escalation|vacancy-stage-\d|three-way-review|vacancy-tracker|secondment-end)\b|\$\{/,
  ],
];

/** Buttons that end the item (it leaves the list): pressed last, one per visit. */
const FINAL = ['Approve', 'Reject', 'Mark filled', 'Resolve', 'Mark tracker submitted', 'Record meeting'];

/** Top-level cards (a shown sub-card is a card inside a card). */
const ROOT_CARDS = '.ac-adaptiveCard:not(.ac-adaptiveCard .ac-adaptiveCard)';

const TRACE = !!process.env.E2E_TRACE;
let traceAt = Date.now();
function trace(what: string): void {
  if (TRACE) console.log(`        +${Date.now() - traceAt}ms ${what}`);
  traceAt = Date.now();
}

function problemsIn(text: string): string[] {
  return PROBLEMS.filter(([, re]) => re.test(text)).map(([kind, re]) => `${kind}: "${re.exec(text)![0]}"`);
}

/** A card's own buttons (not those of a sub-card it has open). */
async function buttonTitles(card: Locator): Promise<string[]> {
  return card.evaluate((el) =>
    Array.from(el.querySelectorAll('button'))
      .filter((b) => b.closest('.ac-adaptiveCard') === el && (b as HTMLElement).offsetParent !== null)
      .map((b) => (b.textContent ?? '').trim())
      .filter(Boolean),
  );
}

/**
 * Waits until a card stops changing: a card with a refresh section is drawn again by the Playground
 * as soon as it is shown (an invoke), so read it only once that has settled.
 */
async function settled(card: Locator): Promise<Locator> {
  let last = '';
  for (let i = 0; i < 20; i++) {
    const now = await card.innerText().catch(() => '');
    if (now && now === last) return card;
    last = now;
    await new Promise((r) => setTimeout(r, 400));
  }
  return card;
}

/** Waits until the card at `index` reads differently from `before`, or a new card arrives; returns the card to read. */
async function changed(page: Page, index: number, before: string, count: number): Promise<Locator> {
  await page.waitForFunction(
    ([sel, i, text, n]) => {
      const cards = Array.from(document.querySelectorAll(sel as string)) as HTMLElement[];
      return cards.length > (n as number) || (cards[i as number]?.innerText ?? '') !== text;
    },
    [ROOT_CARDS, index, before, count] as const,
    { timeout: 20_000 },
  );
  const cards = page.locator(ROOT_CARDS);
  return settled((await cards.count()) > count ? cards.last() : cards.nth(index));
}

/** Fills the empty text inputs of what a button opened with valid words; dates and choices keep their defaults. */
async function fillInputs(scope: Locator): Promise<void> {
  const boxes = await scope.locator('textarea, input[type="text"]').all();
  for (const box of boxes) {
    const value = await box.inputValue({ timeout: 3_000 }).catch(() => 'gone');
    if (value || !(await box.isVisible())) continue;
    // Typed key by key, as a person would: the card's renderer keeps what its input events said.
    await box.click({ timeout: 3_000 }).catch(() => undefined);
    await box.pressSequentially('Agreed at the meeting on Monday, with notes', { timeout: 10_000 }).catch(() => undefined);
    await box.blur().catch(() => undefined);
  }
}

describe('every role presses every button of "my deadlines" in the Agents Playground', function () {
  this.timeout(900_000);
  let storage: TestStorage;
  let app: RunningApp;
  let browser: Browser;
  let botPort: number;
  const found: string[] = [];
  const pressed: string[] = [];

  before(async function () {
    this.timeout(180_000);
    storage = await startTestStorage();
    const today = todayInLondon();
    await loadDemoData(storage.store, today, 'e2e');
    // Two claims waiting for the YOT manager: one to approve, one to reject.
    const claims = new ClaimService(storage.store, () => today);
    const secondee = DEMO_PEOPLE.find((p) => p.key === 'secondee')!.email;
    for (const purpose of ['Pre-sentence report interview', 'Youth court, Saturday list']) {
      const made = await claims.submit(
        secondee,
        {
          travelDate: addDays(today, -3),
          from: 'Northampton',
          to: 'Kettering',
          purpose,
          mileage: '24',
          amount: '',
          saturdayCourt: 'false',
        },
        { conversationId: 'e2e', activityId: null },
      );
      if (!made.ok) throw new Error(made.error);
    }
    app = await buildApp({ store: storage.store, config: loadConfig({ PORT: '0', NOTIFY_KEY: 'e2e-key' }, false) });
    botPort = await app.listen(0);
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
    await app?.close();
    await storage?.azurite.stop();
  });

  for (const role of ROLES) {
    it(`${role}: every button answers without an error, a refusal or a raw code`, async function () {
      this.timeout(300_000);
      const seen = found.length;
      const playground: PlaygroundProcess = await startPlayground(role, botPort);
      const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
      try {
        await page.goto(`http://127.0.0.1:${playground.port}/`, { timeout: 90_000 });
        await page
          .getByText(/^Hello /)
          .first()
          .waitFor({ timeout: 60_000 });
        await exerciseDeadlines(page, role);
      } catch (err) {
        await shot(page, `roles-failed-${role}`).catch(() => undefined);
        throw err;
      } finally {
        await page.close();
        playground.process.kill();
        fs.rmSync(playground.dir, { recursive: true, force: true });
      }
      const mine = found.slice(seen);
      expect(mine, mine.join('\n')).to.deep.equal([]);
    });
  }

  after(() => {
    // What was pressed, for the report (mocha prints it with --reporter spec).
    if (pressed.length) console.log(`      pressed ${pressed.length} buttons:\n${pressed.map((p) => `        ${p}`).join('\n')}`);
  });

  /** Opens the list afresh; returns it and its row buttons. */
  async function openList(page: Page): Promise<{ list: Locator; index: number; rows: string[] }> {
    const count = await page.locator(ROOT_CARDS).count();
    trace('openList');
    await send(page, 'my deadlines');
    trace('sent');
    await page.waitForFunction(
      ([sel, n]) => document.querySelectorAll(sel as string).length > (n as number),
      [ROOT_CARDS, count] as const,
      { timeout: 20_000 },
    );
    const list = page.locator(ROOT_CARDS).nth(count);
    await list.getByText('Your deadlines').first().waitFor();
    trace('list arrived');
    await settled(list);
    trace('list settled');
    const rows = (await buttonTitles(list)).filter((t) => t !== 'My calendar');
    return { list, index: count, rows };
  }

  /** Presses `title` on `card` (at `index`); a shown form is filled and sent; a confirmation is confirmed. Returns the answer card. */
  async function pressOn(page: Page, role: string, card: Locator, index: number, title: string, where: string): Promise<Locator> {
    const count = await page.locator(ROOT_CARDS).count();
    const before = await card.innerText();
    const button = card.getByRole('button', { name: title, exact: true }).first();
    const expands = (await button.getAttribute('aria-expanded')) !== null;
    await button.click();
    let answer: Locator;
    if (expands) {
      // Action.ShowCard: the form opens inside the card; fill it and press its own button.
      const form = card.locator('.ac-adaptiveCard:visible').last();
      await form.waitFor({ timeout: 10_000 });
      await fillInputs(form);
      const submit = form.getByRole('button').last();
      const submitTitle = ((await submit.textContent()) ?? '').trim();
      await submit.click();
      pressed.push(`${role}: ${where} -> ${title} -> ${submitTitle}`);
      answer = await changed(page, index, before, count);
    } else {
      if (title !== 'Back to my deadlines' && title !== 'Cancel') {
        // A refresh answered late draws the card again, empty: fill, let it land, fill what emptied.
        await fillInputs(await settled(card));
        await new Promise((r) => setTimeout(r, 800));
        await fillInputs(card);
      }
      pressed.push(`${role}: ${where} -> ${title}`);
      answer = await changed(page, index, before, count);
    }
    trace(`answered ${title}`);
    const text = await answer.innerText();
    for (const p of problemsIn(text)) found.push(`${role}: ${where} -> ${title}: ${p}`);
    const confirm = (await buttonTitles(answer)).find((t) => t.startsWith('Confirm:'));
    if (confirm) return pressOn(page, role, answer, index, confirm, `${where} -> ${title}`);
    return answer;
  }

  async function exerciseDeadlines(page: Page, role: string): Promise<void> {
    const first = await openList(page);
    await shot(page, `roles-${role}-deadlines`);
    for (const p of problemsIn(await first.list.innerText())) found.push(`${role}: my deadlines: ${p}`);
    // The list's own button.
    await pressOn(page, role, first.list, first.index, 'My calendar', 'my deadlines');
    // Rows close as their final button is pressed (the list shrinks): stay on a row until it is done.
    let row = 0;
    for (let visit = 0; visit < 20; visit++) {
      const opened = await rowButtons(page, row);
      if (!opened) break;
      const { titles, rowCount } = opened;
      // Finals last, rotated per visit so two claims get Approve and Reject.
      const finals = FINAL.filter((t) => titles.includes(t));
      const turn = visit % Math.max(1, finals.length);
      const ordered = [...titles.filter((t) => !FINAL.includes(t)), ...finals.slice(turn), ...finals.slice(0, turn)];
      for (const title of ordered) {
        const again = await openRow(page, row);
        if (!again || again.rowCount < rowCount) break; // the item is done (a final button closed it)
        const name = `row ${row + 1} (${again.rowTitle})`;
        await pressOn(page, role, again.card, again.index, title, name);
        if (TRACE) await shot(page, `roles-${role}-visit${visit}-${title.replace(/\W+/g, '-').toLowerCase()}`);
        if (visit === 0 && title === ordered[ordered.length - 1])
          await shot(page, `roles-${role}-row1-${title.replace(/\W+/g, '-').toLowerCase()}`);
      }
      const now = await openList(page);
      if (now.rows.length >= rowCount) row++;
    }
    await shot(page, `roles-${role}-end`);
  }

  /** Opens row `row` of a fresh list: the card it opened, or null when that row is gone. */
  async function openRow(page: Page, row: number): Promise<{ card: Locator; index: number; rowTitle: string; rowCount: number } | null> {
    const { list, index, rows } = await openList(page);
    if (row >= rows.length) return null;
    const before = await list.innerText();
    await list
      .getByRole('button', { name: rows[row], exact: true })
      .nth(rows.slice(0, row).filter((t) => t === rows[row]).length)
      .click();
    const card = await changed(page, index, before, index + 1);
    await card.getByRole('button', { name: 'Back to my deadlines', exact: true }).waitFor({ timeout: 20_000 });
    return { card, index, rowTitle: rows[row], rowCount: rows.length };
  }

  /** The buttons of the card row `row` opens (checked for problems as it is read). */
  async function rowButtons(page: Page, row: number): Promise<{ titles: string[]; rowCount: number } | null> {
    const opened = await openRow(page, row);
    if (!opened) return null;
    for (const p of problemsIn(await opened.card.innerText())) found.push(`${opened.rowTitle}: ${p}`);
    return { titles: await buttonTitles(opened.card), rowCount: opened.rowCount };
  }
});
