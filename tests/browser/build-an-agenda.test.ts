import JSZip from 'jszip';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPassword, org } from '@plenary/seeds';
import { seriousA11yViolations } from '../helpers/axe';
import { launchBrowser, newPage, snapshot } from '../helpers/browser';
import { expectData } from '../helpers/graphql-client';
import { startTestApp, type TestApp } from '../helpers/test-app';

let t: TestApp;
let browser: Browser;
let meetingId: string;

beforeAll(async () => {
  t = await startTestApp({ demoData: true });
  browser = await launchBrowser();
  // The meeting exists; its agenda and participants are built in the browser below.
  const secretariat = await t.client().as('secretariat@plenary.example', demoPassword);
  const { createMeeting } = expectData(
    await secretariat.gql<{ createMeeting: { id: string } }>(
      `mutation C($input: CreateMeetingInput!) { createMeeting(input: $input) { id } }`,
      {
        input: {
          title: 'Subregional Forum on Trade Facilitation in North-East Asia',
          kind: 'FORUM',
          track: 'TRACK_1_5',
          venue: 'ESCAP East and North-East Asia Office',
          city: 'Incheon',
          country: 'KR',
          timeZone: 'Asia/Seoul',
          startDate: '2026-05-12',
          endDate: '2026-05-13',
          organizerIds: [org.escapEnea],
        },
      },
    ),
  );
  meetingId = createMeeting.id;
});
afterAll(async () => {
  await browser?.close();
  await t?.close();
});

async function addItem(page: Page, day: string, title: string, starts: string, ends: string): Promise<void> {
  await page.getByRole('button', { name: `Add item: ${day}` }).click();
  const dialog = page.getByRole('dialog', { name: `Add an item to ${day}` });
  await dialog.getByLabel(/^Title/).fill(title);
  await dialog.getByLabel(/^Starts/).fill(starts);
  await dialog.getByLabel(/^Ends/).fill(ends);
  await dialog.getByRole('button', { name: 'Add item' }).click();
  await dialog.waitFor({ state: 'detached' });
  await page.getByRole('heading', { name: title }).waitFor();
}

async function itemTitles(page: Page, day: string): Promise<string[]> {
  return page.getByRole('region', { name: day }).getByRole('heading', { level: 4 }).allInnerTexts();
}

describe('an organiser builds an agenda, invites people and adopts it', () => {
  it('goes from an empty agenda to an adopted one, with replies through the e-mailed link and documents to send', async () => {
    const { page, context } = await newPage(browser, t.baseUrl, { timezoneId: 'Europe/Berlin' });
    await page.goto('/sign-in');
    await page.getByLabel('E-mail address').fill('secretariat@plenary.example');
    await page.getByLabel(/^Password/).fill(demoPassword);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Meetings' }).click();
    // Its dates have gone by: it is among the past meetings, folded away until asked for.
    await page.getByRole('button', { name: /^Show past meetings/ }).click();
    await page.getByRole('link', { name: /Subregional Forum on Trade Facilitation/ }).click();

    // Two days, there from the meeting's dates.
    await page.getByRole('tab', { name: 'Agenda' }).click();
    await page.getByRole('button', { name: 'Add item: Tuesday 12 May 2026' }).waitFor();
    await page.getByRole('button', { name: 'Add item: Wednesday 13 May 2026' }).waitFor();

    const day1 = 'Tuesday 12 May 2026';
    await addItem(page, day1, 'Opening Session', '09:00', '09:30');
    await addItem(page, day1, 'Session 1: Trade facilitation in the subregion', '09:30', '12:00');
    await addItem(page, day1, 'Session 2: Paperless trade', '13:30', '17:00');
    await addItem(page, 'Wednesday 13 May 2026', 'Session 3: Way forward', '09:00', '12:00');

    // Reorder by keyboard: Session 2 up one place.
    await page.getByRole('button', { name: 'Reorder: Session 2: Paperless trade' }).focus();
    await page.keyboard.press('ArrowUp');
    await expect
      .poll(() => itemTitles(page, day1))
      .toEqual(['Opening Session', 'Session 2: Paperless trade', 'Session 1: Trade facilitation in the subregion']);
    // Re-timed to stay in time order: Session 2 keeps its 3½ hours from 09:30, Session 1 its 2½ up to 17:00.
    const dayText = await page.getByRole('region', { name: day1 }).innerText();
    expect(dayText.indexOf('09:30–13:00')).toBeLessThan(dayText.indexOf('Session 2: Paperless trade'));
    expect(dayText.indexOf('14:30–17:00')).toBeGreaterThan(dayText.indexOf('Session 2: Paperless trade'));
    await page.keyboard.press('ArrowDown');
    await expect
      .poll(() => itemTitles(page, day1))
      .toEqual(['Opening Session', 'Session 1: Trade facilitation in the subregion', 'Session 2: Paperless trade']);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await snapshot(page, 'agenda-builder');

    // Two invitations, to people new to Plenary: put on the list, then sent.
    await page.getByRole('tab', { name: 'Participants' }).click();
    for (const [name, email] of [
      ['Ганзориг Батбаяр', 'ganzorig@gti.example'],
      ['박민지', 'minji@near.example'],
    ]) {
      await page.getByRole('button', { name: 'Add participant' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByText('Someone new', { exact: true }).click();
      await dialog.getByLabel(/^Name/).fill(name!);
      await dialog.getByLabel(/^E-mail address/).fill(email!);
      await dialog.getByRole('button', { name: 'Add to the list' }).click();
      await dialog.waitFor({ state: 'detached' });
      await page.getByText(name!).first().waitFor();
    }
    await page.getByRole('button', { name: 'Send invitations to all not yet invited (2)' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Send invitations' }).click();
    await page.getByRole('dialog').waitFor({ state: 'detached' });

    // One of them accepts through the link in the e-mail, as the outbox shows it.
    await page.getByRole('tab', { name: 'Outbox' }).click();
    await page.getByText('ganzorig@gti.example').first().waitFor();
    const body = (
      await t.dataSource.query<{ body_text: string }[]>(
        `SELECT body_text FROM outbox_messages WHERE to_address = 'ganzorig@gti.example' AND kind = 'MEETING_INVITATION'`,
      )
    )[0]!.body_text;
    const rsvp = new URL(/http\S+\/rsvp\/[\w-]+/.exec(body)![0]).pathname;
    const guest = await newPage(browser, t.baseUrl);
    await guest.page.goto(rsvp);
    await guest.page.getByRole('button', { name: 'Accept' }).click();
    await guest.page
      .getByText(/accepted/i)
      .first()
      .waitFor();
    await guest.page.goto(rsvp);
    await guest.page.getByText(/already replied/i).waitFor();
    await guest.context.close();

    await page.getByRole('tab', { name: 'Participants' }).click();
    await expect.poll(async () => page.getByRole('main').innerText()).toMatch(/Accepted/);

    // Issue the provisional agenda, then adopt it.
    await page.getByRole('tab', { name: 'Overview' }).click();
    for (const action of ['Issue provisional agenda', 'Adopt agenda']) {
      await page.getByRole('button', { name: action }).click();
      await page.getByRole('dialog').getByRole('button', { name: action }).click();
      await page.getByRole('dialog').waitFor({ state: 'detached' });
    }
    await page.getByText('Agenda adopted').first().waitFor();
    await page.getByRole('tab', { name: 'Agenda' }).click();
    await page.getByText('This agenda has been adopted').waitFor();
    await snapshot(page, 'agenda-adopted');

    // The documents people send.
    const docx = await context.request.get(`/meetings/${meetingId}/agenda.docx`);
    expect(docx.status()).toBe(200);
    const xml = await (await JSZip.loadAsync(await docx.body())).file('word/document.xml')!.async('string');
    const text = xml.replace(/<[^>]+>/g, '');
    expect(text).toContain('Agenda');
    expect(text).not.toContain('Provisional agenda');
    expect(text).toContain('Session 2: Paperless trade');
    expect(text).toContain('13:30–17:00');
    const pdf = await context.request.get(`/meetings/${meetingId}/agenda.pdf`);
    expect(pdf.status()).toBe(200);
    expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');
    const ics = (await (await context.request.get(`/meetings/${meetingId}/calendar.ics`)).text()).replace(
      /\r\n[ \t]/g,
      '',
    );
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(5);
    expect(ics).toContain('SUMMARY:Session 3: Way forward');
    // 09:00 in Incheon on 13 May is midnight UTC.
    expect(ics).toContain('DTSTART:20260513T000000Z');
    await context.close();
  });
});
