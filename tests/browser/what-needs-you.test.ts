import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPassword, memorandum, roundRecipient } from '@plenary/seeds';
import { seriousA11yViolations } from '../helpers/axe';
import { launchBrowser, newPage, snapshot } from '../helpers/browser';
import { expectData } from '../helpers/graphql-client';
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

async function signIn(page: Page, email: string): Promise<void> {
  await page.goto('/sign-in');
  await page.getByLabel('E-mail address').fill(email);
  await page.getByLabel(/^Password/).fill(demoPassword);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { level: 1, name: 'What needs you' }).waitFor();
}

describe('everyone lands on what needs them', () => {
  it('takes the focal point from the open round to the response form in one click', async () => {
    const { page, context } = await newPage(browser, t.baseUrl);
    await signIn(page, 'focal-point@plenary.example');
    const things = page.getByRole('list', { name: 'What needs you' });
    expect(await things.innerText()).toContain('CSCAP-Japan has not responded yet.');
    expect(await seriousA11yViolations(page)).toEqual([]);
    await snapshot(page, 'home-focal-point');

    await things.getByRole('link', { name: /^Respond:/ }).click();
    await page
      .getByLabel(/^Your response/)
      .first()
      .waitFor();
    const url = new URL(page.url());
    expect(url.pathname).toBe(`/documents/${memorandum.governance2011}`);
    await context.close();
  });

  it('shows the co-chair a committee’s response as it arrives, without reloading', async () => {
    const { page, context } = await newPage(browser, t.baseUrl, { viewport: { width: 390, height: 844 } });
    await signIn(page, 'co-chair@plenary.example');
    const round = page.getByRole('listitem').filter({ hasText: 'Comment round 2 in progress' });
    await round.getByText('5 of 10 recipients have not responded').waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await snapshot(page, 'home-co-chair-phone');

    const focalPoint = await t.client().as('focal-point@plenary.example', demoPassword);
    expectData(
      await focalPoint.gql(
        `mutation R($input: RespondToRoundInput!) { respondToRound(input: $input) { id response } }`,
        { input: { recipientId: roundRecipient.second.japan, response: 'ENDORSED' } },
      ),
    );
    await round.getByText('4 of 10 recipients have not responded').waitFor();
    expect(await round.innerText()).not.toContain('CSCAP-Japan');
    await context.close();
  });
});
