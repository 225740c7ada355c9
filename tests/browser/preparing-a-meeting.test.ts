import type { Browser, Page } from 'playwright-core';
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

const TITLE = 'Expert Group Meeting on Energy Connectivity in North-East Asia';
const DAY_1 = 'Wednesday 21 April 2027';
const DAY_2 = 'Thursday 22 April 2027';

async function signIn(page: Page, email: string): Promise<void> {
  await page.goto('/sign-in');
  await page.getByLabel('E-mail address').fill(email);
  await page.getByLabel(/^Password/).fill(demoPassword);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('navigation', { name: 'Main' }).waitFor();
}

/** Names shown in the list of participants, as it is filtered now. */
async function listedNames(page: Page): Promise<string> {
  return page.getByRole('tabpanel').innerText();
}

describe('an organiser prepares a meeting and its invitations, then sends them', () => {
  it('builds the agenda with names before invitations, the list from the directory and a CSV, and sends to a selection', async () => {
    const { page, context } = await newPage(browser, t.baseUrl, {
      timezoneId: 'Asia/Seoul',
      viewport: { width: 1440, height: 900 },
    });
    await signIn(page, 'secretariat@plenary.example');

    // A two-day meeting: its agenda has its two days at once.
    await page.goto('/meetings/new');
    await page.getByLabel(/^Title/).fill(TITLE);
    await page.getByRole('combobox', { name: /^Kind of meeting/ }).click();
    await page.getByRole('option', { name: 'Expert group meeting' }).click();
    await page.getByLabel('Track 1.5 (officials and experts)').check();
    await page.getByLabel(/^Venue/).fill('ESCAP East and North-East Asia Office');
    await page.getByLabel(/^First day/).fill('2027-04-21');
    await page.getByLabel(/^Last day/).fill('2027-04-22');
    await page.getByRole('button', { name: 'Create meeting' }).click();
    await page.getByRole('heading', { name: TITLE }).waitFor();
    const meetingId = /\/meetings\/([\w-]+)/.exec(page.url())![1]!;

    await page.getByRole('tab', { name: 'Agenda' }).click();
    await page.getByRole('button', { name: `Add item: ${DAY_1}` }).waitFor();
    await page.getByRole('button', { name: `Add item: ${DAY_2}` }).waitFor();

    // A chair "TBC" and a speaker from the directory who is not invited yet.
    await page.getByRole('button', { name: `Add item: ${DAY_1}` }).click();
    const item = page.getByRole('dialog', { name: `Add an item to ${DAY_1}` });
    await item.getByLabel(/^Title/).fill('Session 1: Setting the Scene');
    await item.getByLabel(/^Starts/).fill('09:30');
    await item.getByLabel(/^Ends/).fill('11:00');
    await item.getByRole('button', { name: 'Chair to be confirmed' }).click();
    await item.getByRole('button', { name: 'Add a speaker' }).click();
    await item.getByRole('combobox', { name: 'Speaker 1', exact: true }).fill('Анна');
    await page.getByRole('option', { name: /Анна Соколова \(not on the list\)/ }).click();
    await item.getByRole('button', { name: 'Add item' }).click();
    await item.waitFor({ state: 'detached' });
    const session = page.getByRole('region', { name: DAY_1 });
    await session.getByText('Chair:').waitFor();
    expect(await session.innerText()).toContain('TBC');
    expect(await session.innerText()).toContain('Анна Соколова');
    expect(await seriousA11yViolations(page)).toEqual([]);
    await snapshot(page, 'agenda-building-1440');

    // As participants see it: no edit controls.
    await page.getByText('Preview as participant').click();
    await page.getByText('As participants see it').waitFor();
    await expect.poll(() => page.getByRole('button', { name: `Add item: ${DAY_1}` }).count()).toBe(0);
    await page.getByText('Build', { exact: true }).click();

    // The speaker named on the agenda joins the list, not yet invited.
    await page.getByRole('button', { name: 'Add them to the list' }).click();
    await page.getByText('Named on the agenda, not yet on the list of participants').waitFor({ state: 'detached' });

    // The list: someone from the directory, representing a ministry added on the spot, and two from a CSV.
    await page.getByRole('tab', { name: 'Participants' }).click();
    await page.getByRole('button', { name: 'Add participant' }).click();
    const add = page.getByRole('dialog', { name: 'Add a participant' });
    await add.getByRole('combobox', { name: /^Person/ }).fill('Оюунчимэг');
    await page.getByRole('option', { name: /Батбаярын Оюунчимэг/ }).click();
    await add.getByRole('button', { name: 'Not in the directory? Add an organization' }).click();
    await add.getByLabel(/^Organization/).fill('Ministry of Energy of Mongolia');
    await add.getByRole('combobox', { name: /^Kind/ }).click();
    await page.getByRole('option', { name: 'Government', exact: true }).click();
    await add.getByLabel(/^Country/).fill('MN');
    await add.getByRole('button', { name: 'Add organization' }).click();
    await expect
      .poll(() => add.getByRole('combobox', { name: /^Representing/ }).inputValue())
      .toContain('Ministry of Energy');
    await add.getByRole('button', { name: 'Add to the list' }).click();
    await add.waitFor({ state: 'detached' });

    await page.getByRole('button', { name: 'Import from CSV' }).click();
    const csv = page.getByRole('dialog');
    await csv
      .getByLabel('Or paste the CSV')
      .fill(
        'name,email,role\n김민준,minjun@kdi.example,participant\nЦэрэндорж Батбаатар,tserendorj@energy.example,discussant\n',
      );
    await csv.getByRole('button', { name: 'Check the rows' }).click();
    await csv.getByRole('button', { name: 'Import 2 participants' }).click();
    await csv.waitFor({ state: 'detached' });
    await page.getByText('4 on the list: 4 not yet invited').waitFor();
    expect(await t.dataSource.query(`SELECT 1 FROM outbox_messages WHERE object_id = $1`, [meetingId])).toEqual([]);
    expect(
      (
        await t.dataSource.query<{ needs_review: boolean }[]>(
          `SELECT needs_review FROM organizations WHERE name = 'Ministry of Energy of Mongolia'`,
        )
      )[0],
    ).toEqual({ needs_review: true });

    // The e-mail, edited: the preview shows the salutation as each person is addressed.
    await page.getByRole('button', { name: 'Edit the invitation e-mail' }).click();
    const letter = page.getByRole('dialog', { name: 'The invitation e-mail' });
    await letter
      .getByLabel(/^Practical arrangements/)
      .fill('ESCAP covers economy-class travel and three nights near the venue.');
    await letter.getByRole('button', { name: 'Save e-mail' }).click();
    await letter.getByText(/Practical arrangements\nESCAP covers economy-class travel/).waitFor();
    await letter
      .getByText(/^Dear /)
      .first()
      .waitFor();
    await snapshot(page, 'invitation-letter-1440');
    await page.keyboard.press('Escape');
    await letter.waitFor({ state: 'detached' });

    // Sent to a selection: the expert and one from the CSV; the others stay not yet invited.
    await page.getByRole('checkbox', { name: 'Choose Dr. Анна Соколова' }).check();
    await page.getByRole('checkbox', { name: 'Choose 김민준' }).check();
    await page.getByRole('button', { name: 'Send invitations to 2 people chosen' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Send invitations' }).click();
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    await page.getByText('4 on the list: 2 not yet invited, 2 not replied yet').waitFor();
    const sent = await t.dataSource.query<{ to_address: string; body_text: string }[]>(
      `SELECT to_address, body_text FROM outbox_messages WHERE object_id = $1 AND kind = 'MEETING_INVITATION' ORDER BY to_address`,
      [meetingId],
    );
    expect(sent.map((mail) => mail.to_address)).toEqual(['expert@plenary.example', 'minjun@kdi.example']);
    expect(sent[0]!.body_text).toContain('Dear Dr. Анна Соколова (Anna Sokolova),');
    expect(sent[0]!.body_text).toContain('ESCAP covers economy-class travel');
    expect(await seriousA11yViolations(page)).toEqual([]);
    await snapshot(page, 'invitations-1440');
    await page.setViewportSize({ width: 390, height: 844 });
    await snapshot(page, 'invitations-390');
    await page.getByRole('tab', { name: 'Agenda' }).click();
    await page.getByRole('button', { name: `Add item: ${DAY_1}` }).waitFor();
    await snapshot(page, 'agenda-building-390');
    await page.setViewportSize({ width: 1440, height: 900 });

    // The expert accepts, signed in.
    const expert = await newPage(browser, t.baseUrl, { timezoneId: 'Asia/Vladivostok' });
    await signIn(expert.page, 'expert@plenary.example');
    await expert.page.goto(`/meetings/${meetingId}?tab=participants`);
    await expert.page.getByRole('button', { name: 'Accept' }).click();
    await expert.page.getByText('Reply sent').waitFor();
    expect(
      await t.dataSource.query(`SELECT state FROM participations WHERE meeting_id = $1 AND state = 'ACCEPTED'`, [
        meetingId,
      ]),
    ).toEqual([{ state: 'ACCEPTED' }]);

    // The organiser adopts the agenda; the expert is told, in the app and by e-mail.
    await page.getByRole('tab', { name: 'Overview' }).click();
    for (const action of ['Issue provisional agenda', 'Adopt agenda']) {
      await page.getByRole('button', { name: action }).click();
      await page.getByRole('dialog').getByRole('button', { name: action }).click();
      await page.getByRole('dialog').waitFor({ state: 'detached' });
    }
    await expert.page.goto('/notifications');
    await expert.page.getByText(`Agenda adopted: ${TITLE}`).waitFor();
    const told = await t.dataSource.query<{ subject: string }[]>(
      `SELECT subject FROM outbox_messages WHERE to_address = 'expert@plenary.example' AND object_id = $1 ORDER BY created_at`,
      [meetingId],
    );
    expect(told.map((mail) => mail.subject)).toContain(`Agenda adopted: ${TITLE}`);
    await expert.context.close();

    // The list by status: the counts, and those who accepted alone.
    await page.getByRole('tab', { name: 'Participants' }).click();
    await page.getByText('Accepted · 1').click();
    await expect.poll(() => listedNames(page)).toContain('Анна Соколова');
    expect(await listedNames(page)).not.toContain('김민준');
    await page.getByText('Not yet invited · 2').click();
    await expect.poll(() => listedNames(page)).toContain('Оюунчимэг');
    expect(await listedNames(page)).not.toContain('Анна Соколова');
    await context.close();
  });
});
