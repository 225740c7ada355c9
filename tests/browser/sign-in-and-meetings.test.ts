import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPassword } from '@plenary/seeds';
import { seriousA11yViolations } from '../helpers/axe';
import { launchBrowser, newPage, snapshot } from '../helpers/browser';
import { startTestApp, type TestApp } from '../helpers/test-app';

let t: TestApp;
let browser: Browser;
beforeAll(async () => {
  t = await startTestApp({ demoData: true });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await t?.close();
});

describe('a secretariat signs in and opens a meeting', () => {
  it('refuses a wrong password, then signs in and opens the Incheon Expert Group Meeting', async () => {
    const { page, context } = await newPage(browser, t.baseUrl, { timezoneId: 'Europe/Berlin' });
    await page.goto('/');
    await expect.poll(() => page.url()).toContain('/sign-in');
    expect(await seriousA11yViolations(page)).toEqual([]);

    await page.getByLabel('E-mail address').fill('secretariat@plenary.example');
    await page.getByLabel(/^Password/).fill('not the password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page
      .getByRole('alert')
      .filter({ hasText: /not right/ })
      .waitFor();
    expect(page.url()).toContain('/sign-in');

    await page.getByLabel(/^Password/).fill(demoPassword);
    await page.getByRole('button', { name: 'Sign in' }).click();
    // Signing in lands on what needs her; her meetings are one click away.
    await page.getByRole('heading', { level: 1, name: 'What needs you' }).waitFor();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Meetings' }).click();
    // Incheon (2019) is over: past meetings are folded away under the upcoming ones until asked for.
    await page.getByRole('button', { name: /^Show past meetings/ }).click();
    const link = page.getByRole('link', { name: /Expert Group Meeting on New and Inclusive Multilateralism/ });
    await link.waitFor();
    await expect.poll(() => page.url()).toContain('/meetings');
    expect(await page.getByText('Vladivostok').count()).toBe(0);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await snapshot(page, 'meetings-list');

    await link.click();
    await page.getByRole('heading', { level: 1, name: /New and Inclusive Multilateralism/ }).waitFor();
    const text = await page.locator('main').innerText();
    expect(text).toContain('4–5 December 2019');
    expect(text).toContain('Incheon');
    expect(text).toContain('Asia/Seoul');
    expect(text).toContain('ESCAP East and North-East Asia Office');
    expect(await seriousA11yViolations(page)).toEqual([]);
    await snapshot(page, 'meeting-incheon');
    await context.close();
  });

  it('keeps a meeting the user has no part in out of reach, even by its address', async () => {
    const { page, context } = await newPage(browser, t.baseUrl);
    await page.goto('/sign-in');
    await page.getByLabel('E-mail address').fill('observer@plenary.example');
    await page.getByLabel(/^Password/).fill(demoPassword);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { level: 1, name: 'What needs you' }).waitFor();
    await page.goto('/meetings/0c000000-0000-4000-8000-000000000002');
    await page.getByText('Meeting not found').waitFor();
    expect(await page.locator('main').innerText()).not.toContain('Vladivostok');
    await context.close();
  });

  it('folds the navigation behind the menu button on a phone-sized screen, opens it from there, and signs out', async () => {
    const { page, context } = await newPage(browser, t.baseUrl, { viewport: { width: 390, height: 800 } });
    await page.goto('/sign-in');
    await page.getByLabel('E-mail address').fill('co-chair@plenary.example');
    await page.getByLabel(/^Password/).fill(demoPassword);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { level: 1, name: 'What needs you' }).waitFor();
    await snapshot(page, 'home-phone');
    // Folded away, the navigation stands left of the screen; open, it lies on it.
    const meetings = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Meetings' });
    const onScreen = async () => {
      const box = await meetings.boundingBox();
      return !!box && box.x >= 0 && box.x + box.width <= 390;
    };
    const menu = page.getByRole('button', { name: 'Open navigation' });
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    expect(await onScreen()).toBe(false);

    await menu.click();
    await expect.poll(onScreen).toBe(true);
    expect(await page.getByRole('button', { name: 'Close navigation' }).getAttribute('aria-expanded')).toBe('true');
    await meetings.click();
    await expect.poll(() => page.url()).toContain('/meetings');
    await expect.poll(onScreen).toBe(false);

    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect.poll(() => page.url()).toContain('/sign-in');
    await context.close();
  });

  it('sends another open tab back to sign-in the moment the session is signed out', async () => {
    const { page, context } = await newPage(browser, t.baseUrl);
    await page.goto('/sign-in');
    await page.getByLabel('E-mail address').fill('focal-point@plenary.example');
    await page.getByLabel(/^Password/).fill(demoPassword);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { level: 1, name: 'What needs you' }).waitFor();
    const other = await context.newPage();
    await other.goto('/meetings');
    // The first tab keeps its live connection (the notification count) open, and makes no request of its own.
    await other.getByRole('button', { name: 'Sign out' }).click();
    await expect.poll(() => other.url()).toContain('/sign-in');
    await expect.poll(() => page.url()).toContain('/sign-in');
    await context.close();
  });
});
