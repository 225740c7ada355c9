import fs from 'node:fs';
import path from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { onTestFailed } from 'vitest';

const SCREENSHOTS = path.resolve(__dirname, '../../test-results');

/** Debian's Chromium (or CHROME_PATH), headless. Fails with the install command when it is missing. */
export async function launchBrowser(): Promise<Browser> {
  const executablePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
  if (!fs.existsSync(executablePath)) {
    throw new Error(
      `Chromium was not found at ${executablePath}. Install it with \`sudo apt-get install -y chromium\` ` +
        'or point CHROME_PATH at a Chromium or Chrome binary.',
    );
  }
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
