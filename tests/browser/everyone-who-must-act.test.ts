import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPassword, memorandum, person } from '@plenary/seeds';
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

const documentUrl = `/documents/${memorandum.governance2011}`;

async function signedIn(email: string, viewport?: { width: number; height: number }): Promise<Page> {
  const { page } = await newPage(browser, t.baseUrl, { timezoneId: 'Asia/Seoul', viewport });
  await page.goto('/sign-in');
  await page.getByLabel('E-mail address').fill(email);
  await page.getByLabel(/^Password/).fill(demoPassword);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { level: 1, name: 'What needs you' }).waitFor();
  return page;
}

/** Who was told of round 3 (in Plenary) and e-mailed about it, as the database holds it. */
async function toldOfRound(number: number): Promise<{ notified: string[]; mailed: string[] }> {
  const [round] = await t.dataSource.query<{ id: string }[]>(
    `SELECT id FROM comment_rounds WHERE document_id = $1 AND number = $2`,
    [memorandum.governance2011, number],
  );
  const notified = await t.dataSource.query<{ person_id: string }[]>(
    `SELECT person_id FROM notifications WHERE kind = 'ROUND_OPENED' AND object_id = $1`,
    [round!.id],
  );
  const mailed = await t.dataSource.query<{ to_address: string }[]>(
    `SELECT to_address FROM outbox_messages WHERE kind = 'ROUND_OPENED' AND object_id = $1`,
    [round!.id],
  );
  return { notified: notified.map((r) => r.person_id), mailed: mailed.map((r) => r.to_address) };
}

describe('a round reaches everyone who may answer, and each acts from their home page', () => {
  let coChair: Page;

  it('on a phone, the co-chair finds the steps under Actions, and the list gives way to the step chosen', async () => {
    const phone = await signedIn('co-chair@plenary.example', { width: 390, height: 844 });
    await phone.goto(documentUrl);
    await phone.getByRole('button', { name: /^Actions/ }).click();
    const list = phone.getByRole('dialog', { name: /^Actions/ });
    await list.getByRole('button', { name: 'Close round 2 now' }).click();
    const confirm = phone.getByRole('dialog', { name: /Close round 2 now/ });
    await confirm.waitFor();
    await list.waitFor({ state: 'hidden' });
    await snapshot(phone, 'who-must-act-00-phone-close-round');
    await confirm.getByRole('button', { name: 'Cancel' }).click();
    await confirm.waitFor({ state: 'detached' });
    await phone.close();
  });

  it('the co-chair closes round 2 and circulates version 3 to the same recipients, seeing who will be told', async () => {
    coChair = await signedIn('co-chair@plenary.example');
    await coChair
      .getByRole('link', { name: /CSCAP Memorandum/ })
      .first()
      .click();
    await coChair.waitForURL(new RegExp(documentUrl));
    // On a wide screen the round's four actions go under the long title rather than squeezing it
    // into a narrow column beside them.
    const screen = coChair.viewportSize()!;
    await coChair.setViewportSize({ width: 1440, height: 900 });
    const closeRound = coChair.getByRole('button', { name: 'Close round 2 now' });
    await expect
      .poll(async () => {
        const [title, action] = await Promise.all([
          coChair.getByRole('heading', { level: 1 }).boundingBox(),
          closeRound.boundingBox(),
        ]);
        return title && action ? action.y - (title.y + title.height) : -1;
      })
      .toBeGreaterThanOrEqual(0);
    await coChair.setViewportSize(screen);
    await closeRound.click();
    await coChair
      .getByRole('dialog', { name: /Close round 2 now/ })
      .getByRole('button', { name: 'Close round 2 now' })
      .click();
    await expect.poll(() => coChair.getByText('Revising').count()).toBeGreaterThan(0);

    await coChair.getByRole('button', { name: 'Circulate for comment' }).click();
    const dialog = coChair.getByRole('dialog', { name: 'Circulate for comment' });
    // The last round's recipients and a deadline as far off as its own are proposed.
    await dialog.getByText('Proposed from round 2').waitFor();
    // A phone turned from portrait to landscape moves the actions between the "Actions" list and the
    // header: the step's dialog stays open, with what was typed in it.
    const instructions = dialog.getByRole('textbox', { name: 'Instructions' });
    await instructions.fill('Please answer for your committee by the deadline.');
    const desktop = coChair.viewportSize()!;
    await coChair.setViewportSize({ width: 390, height: 844 });
    await coChair.getByRole('button', { name: /^Actions/, includeHidden: true }).waitFor({ state: 'attached' });
    await coChair.setViewportSize(desktop);
    await coChair.getByRole('navigation', { name: 'Download the document', includeHidden: true }).waitFor();
    expect(await instructions.inputValue()).toBe('Please answer for your committee by the deadline.');
    expect(await dialog.getByLabel(/^Closes/).inputValue()).not.toBe('');
    // Not only focal points: the FEFU expert belongs to CSCAP-Russia and is told for it.
    const russia = dialog.getByRole('list', { name: 'Told for CSCAP-Russia' });
    await expect.poll(() => russia.innerText()).toMatch(/Соколова|Sokolova/);
    await dialog.getByRole('button', { name: 'Preview the e-mail' }).click();
    expect(await dialog.getByRole('figure', { name: 'E-mail preview' }).innerText()).toContain('version 3');
    await snapshot(coChair, 'who-must-act-01-circulate');
    expect(await seriousA11yViolations(coChair)).toEqual([]);
    await dialog.getByRole('button', { name: 'Circulate for comment' }).click();
    await dialog.waitFor({ state: 'detached' });
    await coChair.getByRole('region', { name: /^Round 3 on version 3 · open for comment until/ }).waitFor();

    const told = await toldOfRound(3);
    expect(told.notified).toEqual(expect.arrayContaining([person.expert, person.focalPoint]));
    expect(told.mailed).toEqual(expect.arrayContaining(['expert@plenary.example', 'focal-point@plenary.example']));
  });

  it('the expert finds the round first on her home page and in her notifications, and responds in one click', async () => {
    const expert = await signedIn('expert@plenary.example');
    const things = expert.getByRole('list', { name: 'What needs you' });
    const first = things.getByRole('listitem').first();
    expect(await first.innerText()).toMatch(/Comment round 3[\s\S]*CSCAP Memorandum/i);
    expect(await seriousA11yViolations(expert)).toEqual([]);
    await snapshot(expert, 'who-must-act-02-expert-home');

    await expert.getByRole('button', { name: /Notifications/ }).click();
    await expert
      .getByText(/For comment: CSCAP Memorandum/)
      .first()
      .waitFor();
    await expert.keyboard.press('Escape');

    await first.getByRole('link', { name: /^Respond:/ }).click();
    const response = expert.getByRole('form', { name: /^Response for CSCAP-Russia/ });
    await response.waitFor();
    await response.getByRole('combobox', { name: 'Your response' }).click();
    await expert.getByRole('option', { name: 'Endorsed', exact: true }).click();
    await response.getByRole('button', { name: 'Send response' }).click();
    await expect.poll(() => expert.getByText(/CSCAP-Russia: Endorsed/).count()).toBeGreaterThan(0);
  });

  it('the co-chair’s home shows the responses arriving and the comments awaiting disposition', async () => {
    await coChair.goto('/');
    const round = coChair.getByRole('listitem').filter({ hasText: 'Comment round 3 in progress' });
    const before = /(\d+) of (\d+) recipients have not responded/.exec(await round.innerText())!;
    const waiting = Number(before[1]);
    expect(await round.innerText()).not.toContain('CSCAP-Russia');
    expect(
      await coChair.getByRole('listitem').filter({ hasText: 'Comments awaiting disposition' }).first().innerText(),
    ).toMatch(/comments? of round 2/);

    const focalPoint = await t.client().as('focal-point@plenary.example', demoPassword);
    const [japan] = await t.dataSource.query<{ id: string }[]>(
      `SELECT rr.id FROM round_recipients rr JOIN comment_rounds r ON r.id = rr.round_id
         JOIN organizations o ON o.id = rr.organization_id
        WHERE r.document_id = $1 AND r.number = 3 AND o.acronym = 'CSCAP-Japan'`,
      [memorandum.governance2011],
    );
    expectData(
      await focalPoint.gql(`mutation R($input: RespondToRoundInput!) { respondToRound(input: $input) { id } }`, {
        input: { recipientId: japan!.id, response: 'NO_COMMENTS' },
      }),
    );
    // Without reloading, one fewer has yet to respond.
    await round.getByText(`${waiting - 1} of ${before[2]} recipients have not responded`).waitFor();
    await snapshot(coChair, 'who-must-act-03-co-chair-home');
  });

  it('the Steering Committee member finds the submitted memorandum on his home page and records the decision from there', async () => {
    const co = await t.client().as('co-chair@plenary.example', demoPassword);
    const { document } = expectData(
      await co.gql<{ document: { openRound: { id: string } } }>(
        `query D($id: ID!) { document(id: $id) { openRound { id } } }`,
        {
          id: memorandum.governance2011,
        },
      ),
    );
    expectData(
      await co.gql(`mutation C($id: ID!) { closeCommentRound(id: $id) { id } }`, { id: document.openRound.id }),
    );
    expectData(
      await co.gql(`mutation F($id: ID!) { finaliseDocument(id: $id) { id } }`, { id: memorandum.governance2011 }),
    );
    expectData(
      await co.gql(`mutation S($id: ID!) { submitDocument(id: $id) { id } }`, { id: memorandum.governance2011 }),
    );

    const steering = await signedIn('steering@plenary.example');
    const task = steering.getByRole('listitem').filter({ hasText: 'Awaiting your body’s decision' });
    expect(await task.innerText()).toContain('CSCAP Memorandum');
    expect(await seriousA11yViolations(steering)).toEqual([]);
    await snapshot(steering, 'who-must-act-04-steering-home');
    await task.getByRole('link', { name: /^Decide/ }).click();
    await steering.waitForURL(new RegExp(documentUrl));
    await steering.getByRole('button', { name: 'Record decision' }).click();
    const dialog = steering.getByRole('dialog', { name: 'Record decision' });
    await dialog.getByLabel(/^Meeting or minute/).fill('SC 37, item 4');
    await dialog.getByRole('radio', { name: /^Approved/ }).check();
    await dialog.getByRole('button', { name: 'Record decision' }).click();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => steering.getByText('Approved').count()).toBeGreaterThan(0);

    // The decision is told to the co-chairs, as a decision of the body at its meeting.
    const [told] = await t.dataSource.query<{ body: string }[]>(
      `SELECT body FROM notifications WHERE kind = 'DOCUMENT_DECIDED' AND person_id = $1 ORDER BY created_at DESC LIMIT 1`,
      [person.coChair],
    );
    expect(told!.body).toContain('SC 37, item 4');
    // Nothing is left for the body to decide.
    await steering.goto('/');
    await steering.getByRole('heading', { level: 1, name: 'What needs you' }).waitFor();
    await expect.poll(() => steering.getByText('Awaiting your body’s decision').count()).toBe(0);
  });
});
