import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPassword } from '@plenary/seeds';
import { seriousA11yViolations } from '../helpers/axe';
import { launchBrowser, newPage, snapshot } from '../helpers/browser';
import { expectData } from '../helpers/graphql-client';
import { startTestApp, type TestApp } from '../helpers/test-app';

let t: TestApp;
let browser: Browser;

const TITLE = 'CSCAP Study Group on Maritime Security Cooperation in Northeast Asia';

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
  await page.getByRole('navigation', { name: 'Main' }).waitFor();
}

/** Picks an option of a Mantine select or multi-select, typing to search when it can. */
async function choose(page: Page, label: string | RegExp, search: string, option: string | RegExp): Promise<void> {
  const input = page.getByRole('combobox', { name: label, exact: typeof label === 'string' }).first();
  await input.click();
  if (await input.isEditable()) await input.fill(search);
  await page.getByRole('option', { name: option }).first().click();
}

async function planMeeting(page: Page, host: string, city: string, country: string, month: string): Promise<void> {
  await page.getByRole('button', { name: 'Plan a meeting' }).click();
  const dialog = page.getByRole('dialog', { name: 'Plan a meeting' });
  await choose(page, 'Host committee', host, new RegExp(`^${host}`));
  await dialog.getByLabel('City').fill(city);
  await dialog.getByLabel('Country').fill(country);
  await dialog.getByLabel('Expected month').fill(month);
  await dialog.getByRole('button', { name: 'Add to the series' }).click();
  await dialog.waitFor({ state: 'detached' });
}

async function schedule(page: Page, ordinal: string, venue: string, firstDay: string): Promise<void> {
  await page.getByRole('button', { name: `Schedule the ${ordinal} meeting` }).click();
  const dialog = page.getByRole('dialog', { name: `Schedule the ${ordinal} meeting` });
  await dialog.getByLabel(/^Venue/).fill(venue);
  await choose(page, /^Time zone of the venue/, 'Seoul', /Seoul/);
  await dialog.getByLabel(/^First day/).fill(firstDay);
  await dialog.getByLabel(/^Last day/).fill(firstDay);
  await dialog.getByRole('button', { name: 'Schedule meeting' }).click();
  await page.waitForURL(/\/meetings\/[0-9a-f-]{36}/);
}

describe('a secretariat runs a study group from proposal to the next meeting’s agenda', () => {
  let groupUrl: string;

  it('sets the group up, plans its series, reports on the first meeting and carries its tasks into the second', async () => {
    const { page, context } = await newPage(browser, t.baseUrl);
    await signIn(page, 'cscap.secretariat@plenary.example');

    // The group, with two co-chair committees and one participating committee.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Study groups' }).click();
    await page.getByRole('link', { name: 'New study group' }).click();
    await page.getByLabel(/^Title/).fill(TITLE);
    await choose(page, /^Reports to/, 'Steering', /CSCAP Steering Committee/);
    await page.getByLabel(/^Start date/).fill('2027-01-01');
    await page.getByLabel(/^End date/).fill('2028-12-31');
    await choose(page, /^Co-chair committees/, 'CSCAP-Korea', /^CSCAP-Korea/);
    await choose(page, /^Co-chair committees/, 'CSCAP-China', /^CSCAP-China/);
    await choose(page, /^Participating committees/, 'CSCAP-Japan', /^CSCAP-Japan/);
    await page.getByRole('button', { name: 'Add an objective' }).click();
    await page
      .getByRole('textbox', { name: 'Objective (a)', exact: true })
      .fill('To map maritime incidents and the mechanisms that handle them.');
    await page.getByRole('button', { name: 'Create study group' }).click();
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    groupUrl = new URL(page.url()).pathname;

    // Approved by the Steering Committee, as the secretariat records.
    await page.getByRole('button', { name: 'Record approval' }).click();
    await page
      .getByRole('dialog', { name: 'Record approval?' })
      .getByRole('button', { name: 'Record approval' })
      .click();
    await page.getByRole('button', { name: 'Mark active' }).waitFor();

    // Four meetings over two years, hosted in turn.
    await page.getByRole('tab', { name: 'Meetings' }).click();
    await planMeeting(page, 'CSCAP-Korea', 'Seoul', 'KR', '2027-03');
    await planMeeting(page, 'CSCAP-China', 'Beijing', 'CN', '2027-10');
    await planMeeting(page, 'CSCAP-Japan', 'Tokyo', 'JP', '2028-04');
    await planMeeting(page, 'CSCAP-Korea', 'Busan', 'KR', '2028-10');
    const series = page.getByRole('list', { name: 'Meetings in order' });
    await series.getByRole('listitem', { name: 'Fourth and final meeting' }).waitFor();
    expect(await series.getByRole('listitem').count()).toBe(4);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await snapshot(page, 'study-group-series');

    // The first meeting is scheduled and becomes a real meeting.
    await schedule(page, 'first', 'Lotte Hotel Seoul', '2027-03-18');
    const firstMeetingId = new URL(page.url()).pathname.split('/')[2]!;
    await page
      .getByText(/^First meeting of the/)
      .first()
      .waitFor();

    // It is held (its agenda is built and adopted as the agenda journey shows).
    const secretariat = await t.client().as('cscap.secretariat@plenary.example', demoPassword);
    // Its day comes from its date.
    const { meeting } = expectData(
      await secretariat.gql<{ meeting: { agendaDays: { id: string; date: string }[] } }>(
        `query D($id: ID!) { meeting(id: $id) { agendaDays { id date } } }`,
        { id: firstMeetingId },
      ),
    );
    const day = meeting.agendaDays.find((d) => d.date === '2027-03-18')!;
    expectData(
      await secretariat.gql(
        `mutation I($dayId: ID!, $input: AgendaItemInput!) { addAgendaItem(dayId: $dayId, input: $input) { id } }`,
        {
          dayId: day.id,
          input: { kind: 'SESSION', title: 'Session 1: Incidents at sea', startTime: '09:30', endTime: '12:00' },
        },
      ),
    );
    for (const [from, to] of [
      ['PLANNED', 'AGENDA_PROVISIONAL'],
      ['AGENDA_PROVISIONAL', 'AGENDA_ADOPTED'],
      ['AGENDA_ADOPTED', 'HELD'],
    ]) {
      expectData(
        await secretariat.gql(
          `mutation C($id: ID!, $input: ChangeMeetingStatusInput!) { changeMeetingStatus(id: $id, input: $input) { id } }`,
          { id: firstMeetingId, input: { from, to } },
        ),
      );
    }

    // The report: written without attribution, with two next tasks, finalised and published.
    await page.goto(`/meetings/${firstMeetingId}?tab=report`);
    await page.getByRole('button', { name: 'Start the report' }).click();
    await page.getByRole('textbox', { name: 'Summary' }).fill('The first meeting was held in Seoul.');
    await page
      .getByRole('textbox', { name: 'Section 1 text' })
      .fill('One participant reviewed incidents at sea since 2010.\n\nAnother argued for a regional hotline.');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Revision 2, all changes saved').waitFor();
    for (const [task, owner] of [
      ['Compile an inventory of maritime incident mechanisms', 'CSCAP-Korea'],
      ['Draft terms of reference for a regional hotline', 'CSCAP-China'],
    ] as const) {
      await page.getByRole('button', { name: 'Add a task' }).click();
      const dialog = page.getByRole('dialog', { name: 'Add a task' });
      await dialog.getByRole('textbox', { name: 'Task' }).fill(task);
      await choose(page, 'Owner (committee or institution)', owner, new RegExp(`^${owner}`));
      await dialog.getByRole('button', { name: 'Add task' }).click();
      await dialog.waitFor({ state: 'detached' });
      await page.getByRole('region', { name: 'Next tasks' }).getByRole('listitem', { name: task }).waitFor();
    }
    await page.getByRole('button', { name: 'Mark as final', exact: true }).click();
    await page
      .getByRole('dialog', { name: 'Mark the report as final?' })
      .getByRole('button', { name: 'Mark as final' })
      .click();
    await page.getByRole('button', { name: 'Publish', exact: true }).click();
    await page
      .getByRole('dialog', { name: 'Publish the report?' })
      .getByRole('button', { name: 'Publish', exact: true })
      .click();
    await page.getByText(/^Published /).waitFor();
    await page
      .getByText(/experts? .*participated in the meeting|No participants have been recorded/)
      .first()
      .waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await snapshot(page, 'study-group-report-published');

    // The second meeting is scheduled: the open tasks are on its agenda.
    await page.goto(`${groupUrl}?tab=meetings`);
    await series.getByRole('link', { name: 'Report of the first meeting' }).waitFor();
    await schedule(page, 'second', 'Diaoyutai State Guesthouse', '2027-10-21');
    await page.getByRole('tab', { name: 'Agenda' }).click();
    await page.getByRole('heading', { name: 'Review of action items from the first meeting' }).waitFor();
    await page.getByText(/Compile an inventory of maritime incident mechanisms \(CSCAP-Korea; Open\)/).waitFor();
    await page.getByText(/Draft terms of reference for a regional hotline \(CSCAP-China; Open\)/).waitFor();
    await snapshot(page, 'study-group-carried-tasks');
    await context.close();
  });

  it('lets a member of the Steering Committee read the published report from the group’s outputs, without the meeting', async () => {
    for (const viewport of [
      { width: 1440, height: 900 },
      { width: 390, height: 844 },
    ]) {
      const { page, context } = await newPage(browser, t.baseUrl, { viewport });
      await signIn(page, 'steering@plenary.example');
      await page.goto(`${groupUrl}?tab=outputs`);
      const reports = page.getByRole('list', { name: 'Meeting reports' });
      await reports.getByRole('link').first().click();
      await page.waitForURL(/\/reports\/[0-9a-f-]{36}$/);
      await page.getByRole('heading', { level: 1, name: /^First Meeting of the / }).waitFor();
      await page.getByText('One participant reviewed incidents at sea since 2010.').waitFor();
      await page
        .getByRole('region', { name: 'Next tasks' })
        .getByText('Compile an inventory of maritime incident mechanisms')
        .waitFor();
      expect(await page.getByText(/not found/i).count()).toBe(0);
      // The report, not the meeting: no participants, agenda or revisions, and nothing to edit.
      expect(await page.getByRole('tab').count()).toBe(0);
      expect(await page.getByText('Revisions').count()).toBe(0);
      expect(await page.getByRole('button', { name: /Add a task|Publish|Mark as final/ }).count()).toBe(0);
      const pdf = await page.request.get(
        await page
          .getByRole('link', { name: 'Report (PDF)' })
          .getAttribute('href')
          .then((href) => href!),
      );
      expect(pdf.headers()['content-type']).toBe('application/pdf');
      expect(await seriousA11yViolations(page)).toEqual([]);
      await snapshot(page, `study-group-report-for-steering-${viewport.width}`);
      await context.close();
    }
  });

  it('shows the group to a member committee’s focal point', async () => {
    const { page, context } = await newPage(browser, t.baseUrl);
    await signIn(page, 'focal-point@plenary.example');
    await page.goto('/study-groups');
    await page.getByRole('link', { name: TITLE }).click();
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    await page.getByRole('tab', { name: 'Committees & members' }).click();
    await page.getByText('佐藤遥').first().waitFor();
    // She names members for her committee only; the group's management is not hers.
    expect(await page.getByRole('button', { name: 'Record approval' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Add a committee' }).count()).toBe(0);
    await context.close();
  });

  it('gives an unrelated expert nothing', async () => {
    const { page, context } = await newPage(browser, t.baseUrl);
    await signIn(page, 'expert@plenary.example');
    await page.goto('/study-groups');
    await page.getByRole('heading', { level: 1, name: 'Study groups' }).waitFor();
    expect(await page.getByRole('link', { name: TITLE }).count()).toBe(0);
    await page.goto(groupUrl);
    await page
      .getByText(/not found|does not exist|may not see/i)
      .first()
      .waitFor();
    expect(await page.getByRole('heading', { name: TITLE }).count()).toBe(0);
    await context.close();
  });
});
