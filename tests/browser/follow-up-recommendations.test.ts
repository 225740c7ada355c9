import ExcelJS from 'exceljs';
import fs from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPassword, org, person, studyGroup } from '@plenary/seeds';
import { seriousA11yViolations } from '../helpers/axe';
import { launchBrowser, newPage, snapshot } from '../helpers/browser';
import { createTestDatabase, type TestDatabase } from '../helpers/database';
import { startTestApp, type TestApp } from '../helpers/test-app';

let database: TestDatabase;
let t: TestApp;
let browser: Browser;

/** Jobs are looked for twice a second, so a reminder that is due goes out at once. */
const env = { JOB_POLL_SECONDS: '0.5' };

beforeAll(async () => {
  database = await createTestDatabase();
  t = await startTestApp({ database, demoData: true, env });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await t?.close();
  await database?.drop();
});

async function signedIn(email: string): Promise<Page> {
  const { page } = await newPage(browser, t.baseUrl, { timezoneId: 'Asia/Seoul' });
  await page.goto('/sign-in');
  await page.getByLabel('E-mail address').fill(email);
  await page.getByLabel(/^Password/).fill(demoPassword);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('navigation', { name: 'Main' }).waitFor();
  return page;
}

async function ask<T>(page: Page, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await page.request.post('/graphql', { data: { query, variables } });
  const body = (await response.json()) as { data: T; errors?: unknown };
  expect(body.errors).toBeUndefined();
  return body.data;
}

async function emailOf(personId: string): Promise<string> {
  const [row] = await t.dataSource.query<{ email: string }[]>(`SELECT email FROM people WHERE id = $1`, [personId]);
  return row!.email;
}

interface Listed {
  id: string;
  number: number | null;
  sourceTitle: string;
  status: string;
  allowedNextStatuses: string[];
}
const OVERDUE_ENERGY = `query { recommendationRegistry(filter: { issueArea: ENERGY, overdue: true }) {
  totalCount recommendations { id number sourceTitle status allowedNextStatuses } } }`;

describe('a secretariat follows up its recommendations', () => {
  it('filters to overdue energy recommendations, records an acceptance with evidence and exports the list', async () => {
    const page = await signedIn(await emailOf(person.cscapSecretariat));
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Recommendations' }).click();
    await page.getByRole('heading', { name: 'Recommendations', level: 1 }).waitFor();

    await page.getByRole('combobox', { name: 'Issue area' }).click();
    await page.getByRole('option', { name: 'Energy' }).click();
    // At once, as a quick user would: the second choice keeps the first.
    await page.getByRole('switch', { name: 'Overdue follow-up only' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('overdue')).toBe('1');
    expect(new URL(page.url()).searchParams.get('issueArea')).toBe('ENERGY');

    const { recommendationRegistry } = await ask<{
      recommendationRegistry: { totalCount: number; recommendations: Listed[] };
    }>(page, OVERDUE_ENERGY);
    expect(recommendationRegistry.totalCount).toBeGreaterThanOrEqual(2);
    const list = page.getByRole('table', { name: /recommendations 1/i });
    await expect.poll(() => list.locator('tbody tr').count()).toBe(recommendationRegistry.totalCount);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await snapshot(page, 'recommendations-dashboard-overdue-energy');

    // The filtered view is a link anyone can be sent.
    const sharedView = page.url();

    // Export what is shown.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: /Export XLSX/i }).click(),
    ]);
    const workbook = new ExcelJS.Workbook();
    const bytes = fs.readFileSync(await download.path());
    await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
    const sheet = workbook.worksheets[0]!;
    const texts: string[] = [];
    sheet.eachRow((row) => texts.push(JSON.stringify(row.values)));
    for (const r of recommendationRegistry.recommendations) {
      expect(texts.some((line) => line.includes(`/recommendations/${r.id}`))).toBe(true);
    }
    expect(texts.filter((line) => line.includes('/recommendations/'))).toHaveLength(recommendationRegistry.totalCount);

    // One of them the addressee has now accepted.
    const target = recommendationRegistry.recommendations.find((r) =>
      r.allowedNextStatuses.includes('ACCEPTED_BY_ADDRESSEE'),
    )!;
    expect(target).toBeDefined();
    await list.locator(`a[href="/recommendations/${target.id}"]`).first().click();
    await page.getByRole('heading', { name: 'Record a step' }).waitFor();
    await page.getByRole('radio', { name: 'Accepted by addressee' }).check();
    await page.getByLabel('Note').fill('The energy ministries agreed to convene the regulators’ dialogue in 2027.');
    await page.getByRole('button', { name: 'Record step' }).click();
    // No evidence yet: the form says so, and nothing is recorded.
    await page
      .getByText(/evidence/i)
      .first()
      .waitFor();
    const before = await ask<{ recommendation: { status: string } }>(
      page,
      `query R($id: ID!) { recommendation(id: $id) { status } }`,
      { id: target.id },
    );
    expect(before.recommendation.status).toBe(target.status);
    await page.getByLabel('Evidence link').fill('https://www.unescap.org/subregional-office/east-north-east-asia');
    await page.getByLabel('Next follow-up on').fill('');
    await page.getByRole('button', { name: 'Record step' }).click();
    await expect
      .poll(
        async () =>
          (
            await ask<{ recommendation: { status: string } }>(
              page,
              `query R($id: ID!) { recommendation(id: $id) { status } }`,
              { id: target.id },
            )
          ).recommendation.status,
      )
      .toBe('ACCEPTED_BY_ADDRESSEE');
    const after = await ask<{
      recommendation: { history: { toStatus: string; evidenceUrl: string | null; note: string }[] };
    }>(page, `query R($id: ID!) { recommendation(id: $id) { history { toStatus evidenceUrl note } } }`, {
      id: target.id,
    });
    expect(after.recommendation.history.at(-1)).toEqual({
      toStatus: 'ACCEPTED_BY_ADDRESSEE',
      evidenceUrl: 'https://www.unescap.org/subregional-office/east-north-east-asia',
      note: 'The energy ministries agreed to convene the regulators’ dialogue in 2027.',
    });
    await page.getByText('The energy ministries agreed to convene the regulators’ dialogue in 2027.').waitFor();
    // The confirmation fades in and out; axe measures contrast mid-fade, so it is dismissed first.
    await page.getByRole('button', { name: 'Dismiss this message' }).click();
    await page.getByText('Step recorded').waitFor({ state: 'detached' });
    expect(await seriousA11yViolations(page)).toEqual([]);
    await snapshot(page, 'recommendation-accepted');

    // Back on the shared view, the filters are still applied.
    await page.goto(sharedView);
    await expect.poll(() => page.getByRole('combobox', { name: 'Issue area' }).inputValue()).toBe('Energy');
    await page.close();
  });
});

describe('a focal point is reminded before a round closes', () => {
  it('gets the one-day reminder once, and not again after a restart', async () => {
    const coChair = await signedIn(await emailOf(person.coChair));
    const { createDocument } = await ask<{ createDocument: { id: string } }>(
      coChair,
      `mutation C($input: CreateDocumentInput!) { createDocument(input: $input) { id } }`,
      {
        input: {
          kind: 'MEMORANDUM',
          title: 'Interim Memorandum on Maritime Confidence Building',
          studyGroupId: studyGroup.peace2019,
        },
      },
    );
    const documentId = createDocument.id;
    await ask(coChair, `mutation A($input: AddParagraphInput!) { addParagraph(input: $input) { id } }`, {
      input: {
        documentId,
        content: { kind: 'TEXT', html: '<p>Incidents at sea call for agreed rules of the road.</p>' },
      },
    });
    // Open for six days, closing in twenty hours: the one-day reminder is due.
    await ask(coChair, `mutation C($input: CirculateDocumentInput!) { circulateDocument(input: $input) { id } }`, {
      input: {
        documentId,
        opensAt: new Date(Date.now() - 6 * 86_400_000).toISOString(),
        closesAt: new Date(Date.now() + 20 * 3_600_000).toISOString(),
        attribution: 'ATTRIBUTED',
        organizationIds: [org.cscapJapan],
        personIds: [],
      },
    });
    await coChair.close();
    const focalEmail = await emailOf(person.focalPoint);
    const reminders = async () =>
      (
        await t.dataSource.query<{ n: number }[]>(
          `SELECT count(*)::int AS n FROM outbox_messages WHERE to_address = $1 AND kind = 'ROUND_CLOSING' AND subject LIKE '%Maritime Confidence%'`,
          [focalEmail],
        )
      )[0]!.n;
    await expect.poll(reminders, { timeout: 20_000 }).toBe(1);

    const focal = await signedIn(focalEmail);
    const bell = focal.getByRole('button', { name: /Notifications, \d+ unread/ });
    await bell.click();
    await focal
      .getByText('Closes tomorrow: comments on Interim Memorandum on Maritime Confidence Building')
      .first()
      .waitFor();
    await snapshot(focal, 'reminder-in-notification-centre');
    await focal.close();

    // Restart the API (both its job worker and its sweep start again): no second reminder.
    await t.close();
    t = await startTestApp({ database, env });
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    expect(await reminders()).toBe(1);
    const again = await signedIn(focalEmail);
    await again.goto('/notifications');
    await again.getByRole('heading', { name: 'Notifications', level: 1 }).waitFor();
    await expect
      .poll(() =>
        again.getByText('Closes tomorrow: comments on Interim Memorandum on Maritime Confidence Building').count(),
      )
      .toBe(1);
    expect(await seriousA11yViolations(again)).toEqual([]);
    await again.close();
  });
});
