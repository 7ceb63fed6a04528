/**
 * Drives Microsoft's Agents Playground in Debian's Chromium (playwright-core, never a downloaded
 * browser). The Playground has one current user per instance, so each role gets its own instance
 * (own temporary folder holding its .m365agentsplayground.yml, own port); the bot reaches each
 * through the instance's mocked connector, as it would reach each person's Teams client.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn, type ChildProcess } from 'node:child_process';
import { chromium, type Browser, type Page } from 'playwright-core';
import { playgroundConfig } from '../../scripts/playground-config';

export const ROOT = path.resolve(__dirname, '..', '..', '..');
/** Screenshots go to the ignored build folder; `npm run docs:screenshots` copies them to docs/. */
export const SCREENSHOTS = path.join(ROOT, 'build', 'screenshots');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Debian's Chromium, headless, with the flags this machine needs: without the background-networking
 * ones it keeps trying Google's hosts through a closed network. Says how to install it if missing.
 */
export async function launchChromium(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`No Chromium at ${CHROMIUM}: install Debian's chromium (apt-get install chromium), or set CHROMIUM_PATH`);
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}
const PLAYGROUND_CLI = require.resolve('@microsoft/m365agentsplayground/cli.js');

export interface PlaygroundProcess {
  process: ChildProcess;
  port: number;
  dir: string;
}

/**
 * Starts a Playground for `role` on a free port, talking to the bot on `botPort`. Role `stock`
 * writes no configuration: the Playground as Microsoft ships it, with its own default user.
 */
export async function startPlayground(role: string, botPort: number): Promise<PlaygroundProcess> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `playground-${role}-`));
  if (role !== 'stock') fs.writeFileSync(path.join(dir, '.m365agentsplayground.yml'), playgroundConfig(role));
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
  return { process: child, port, dir };
}

/** Types into the Playground's compose box (a rich-text editor, not a textarea) and sends. */
export async function send(page: Page, text: string): Promise<void> {
  const box = page.locator('[contenteditable="true"]:has(p.editor-paragraph)').first();
  await box.click();
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
}

/** How many Adaptive Card text blocks on the page read exactly `text` (a button's title is not one). */
function countCardTexts(page: Page, text: string): Promise<number> {
  return page.evaluate((t) => Array.from(document.querySelectorAll('.ac-textBlock')).filter((e) => e.textContent?.trim() === t).length, text);
}

/** Waits until the page shows one more card text block reading `text` than `before`. */
export async function waitForCardText(page: Page, text: string, before: number): Promise<void> {
  await page.waitForFunction(
    ([t, count]) => Array.from(document.querySelectorAll('.ac-textBlock')).filter((e) => e.textContent?.trim() === t).length > count,
    [text, before] as const,
    { timeout: 15_000 },
  );
}

/** Clicks the last card button titled `title` and waits for a new card showing `expected`. */
export async function pressAndSee(page: Page, title: string, expected: string): Promise<void> {
  const before = await countCardTexts(page, expected);
  await page.getByRole('button', { name: title, exact: true }).last().click();
  await waitForCardText(page, expected, before);
}

/** The text of the last card showing `showing`, once it is on the page. */
export async function lastCardText(page: Page, showing: string): Promise<string> {
  const card = page.locator('.ac-adaptiveCard').filter({ hasText: showing }).last();
  await card.waitFor();
  return card.innerText();
}

export async function shot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`) });
}
