import fs from 'node:fs';
import path from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { onTestFailed } from 'vitest';

const SCREENSHOTS = path.resolve(__dirname, '../../test-results');
const SYSTEM_CHROMIUM = '/usr/bin/chromium';

/**
 * The Chromium to drive: CHROME_PATH when set, else the system's /usr/bin/chromium, else the one
 * `npm install` brings (@sparticuz/chromium, unpacked into the temporary folder on first use).
 * PLENARY_BROWSER=npm takes the npm one even where the system has its own.
 */
async function chromiumPath(): Promise<string> {
  const chosen = process.env.CHROME_PATH;
  if (chosen) {
    if (!fs.existsSync(chosen)) throw new Error(`CHROME_PATH names no file: ${chosen}`);
    return chosen;
  }
  if (process.env.PLENARY_BROWSER !== 'npm' && fs.existsSync(SYSTEM_CHROMIUM)) return SYSTEM_CHROMIUM;
  const { default: packaged } = await import('@sparticuz/chromium');
  return packaged.executablePath();
}

/** Chromium, headless. */
export async function launchBrowser(): Promise<Browser> {
  const executablePath = await chromiumPath();
  return chromium.launch({
    executablePath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
}

/** A fresh browser profile, with a screenshot saved to test-results/ if the current test fails. */
export async function newPage(
  browser: Browser,
  baseURL: string,
  options: { timezoneId?: string; viewport?: { width: number; height: number } } = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    baseURL,
    timezoneId: options.timezoneId ?? 'Europe/Berlin',
    locale: 'en-GB',
    viewport: options.viewport ?? { width: 1280, height: 860 },
  });
  const page = await context.newPage();
  onTestFailed(async ({ task }) => {
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    const name = task.name.replace(/[^\w-]+/g, '-').slice(0, 80);
    await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true }).catch(() => undefined);
  });
  return { context, page };
}

/** Saves a screenshot for people to look at (test-results/ is not committed). */
export async function snapshot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });
}
