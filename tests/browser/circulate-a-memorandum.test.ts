import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import fs from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPassword, org, person, studyGroup } from '@plenary/seeds';
import { seriousA11yViolations } from '../helpers/axe';
import { launchBrowser, newPage, snapshot } from '../helpers/browser';
import { startTestApp, type TestApp } from '../helpers/test-app';

let t: TestApp;
let browser: Browser;

const TITLE = 'CSCAP Memorandum on Energy Security Cooperation in Northeast Asia';
const FIRST = 'Energy security in Northeast Asia depends on cooperation that the region has yet to build.';
const SECOND = 'The study group recommends a standing dialogue of energy regulators.';

beforeAll(async () => {
  t = await startTestApp({ demoData: true });
  browser = await launchBrowser();
  // Two more committees have focal points with accounts: CSCAP-Russia (the FEFU expert) and CSCAP-Mongolia.
  await t.dataSource.query(
    `INSERT INTO memberships (person_id, object_type, object_id, role) VALUES
       ($1, 'ORGANIZATION', $2, 'FOCAL_POINT'), ($3, 'ORGANIZATION', $4, 'FOCAL_POINT')`,
    [person.expert, org.cscapRussia, person.observer, org.cscapMongolia],
  );
});
afterAll(async () => {
  await browser?.close();
  await t?.close();
});

async function signedIn(email: string, viewport?: { width: number; height: number }): Promise<Page> {
  const { page } = await newPage(browser, t.baseUrl, { timezoneId: 'Asia/Seoul', viewport });
  await page.goto('/sign-in');
  await page.getByLabel('E-mail address').fill(email);
  await page.getByLabel(/^Password/).fill(demoPassword);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('navigation', { name: 'Main' }).waitFor();
  return page;
}

/** Asks the API, with the page's own session, what is now stored. */
async function ask<T>(page: Page, query: string, variables: Record<string, unknown>): Promise<T> {
  const response = await page.request.post('/graphql', { data: { query, variables } });
  const body = (await response.json()) as { data: T; errors?: unknown };
  expect(body.errors).toBeUndefined();
  return body.data;
}

async function choose(page: Page, label: string | RegExp, search: string, option: string | RegExp): Promise<void> {
  const input = page.getByRole('combobox', { name: label }).first();
  await input.click();
  if (await input.isEditable()) await input.fill(search);
  await page.getByRole('option', { name: option }).first().click();
  await page.keyboard.press('Escape');
}

async function download(page: Page, name: string | RegExp): Promise<Buffer> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name }).click()]);
  return fs.readFileSync(await file.path());
}

const PARAGRAPHS = `query D($id: ID!, $number: Int) { document(id: $id) { status version(number: $number) { number paragraphs { number text revision } } } }`;

describe('co-chairs draft a memorandum, circulate it, answer every comment and see it approved', () => {
  let coChair: Page;
  let coChairChina: Page;
  let documentUrl: string;
  let documentId: string;

  it('two co-chairs draft together, and one reconciles a conflicting save', async () => {
    coChair = await signedIn('co-chair@plenary.example');
    await coChair.goto(`/study-groups/${studyGroup.governance2011}?tab=outputs`);
    await coChair.getByRole('button', { name: 'New memorandum' }).click();
    const dialog = coChair.getByRole('dialog', { name: 'New memorandum' });
    await dialog.getByLabel(/^Title/).fill(TITLE);
    await dialog.getByRole('button', { name: 'Create and open' }).click();
    await coChair.waitForURL(/\/documents\/[0-9a-f-]{36}/);
    documentUrl = new URL(coChair.url()).pathname;
    documentId = documentUrl.split('/').at(-1)!;
    await coChair.getByRole('heading', { name: TITLE }).waitFor();

    // Two paragraphs, saved as typed (Ctrl+S saves at once); Enter at the end starts the next.
    await coChair.getByRole('button', { name: 'Add paragraph', exact: true }).first().click();
    await coChair.getByRole('textbox', { name: 'Text of paragraph 1' }).fill(FIRST);
    await coChair.getByRole('textbox', { name: 'Text of paragraph 1' }).press('Control+s');
    await coChair.getByRole('textbox', { name: 'Text of paragraph 1' }).press('End');
    await coChair.getByRole('textbox', { name: 'Text of paragraph 1' }).press('Enter');
    await coChair.getByRole('textbox', { name: 'Text of paragraph 2' }).fill(SECOND);
    await coChair.getByRole('textbox', { name: 'Text of paragraph 2' }).press('Control+s');
    await expect
      .poll(async () => {
        const data = await ask<{ document: { version: { paragraphs: { text: string }[] } } }>(coChair, PARAGRAPHS, {
          id: documentId,
        });
        return data.document.version.paragraphs.map((p) => p.text);
      })
      .toEqual([FIRST, SECOND]);

    // The other co-chair opens the draft and sees where the first is working.
    coChairChina = await signedIn('co-chair.china@plenary.example');
    await coChairChina.goto(documentUrl);
    await coChairChina.getByRole('textbox', { name: 'Text of paragraph 1' }).waitFor();
    await coChair.getByRole('textbox', { name: 'Text of paragraph 1' }).click();
    await expect
      .poll(() => coChairChina.getByText('김태훈 is editing').count(), { timeout: 15_000 })
      .toBeGreaterThan(0);

    // Both change paragraph 1 from the same revision: one of the two saves is refused, and its author
    // sees both texts side by side and keeps theirs.
    const mine = `${FIRST} It calls for a regional framework.`;
    const theirs = `${FIRST} Cooperation must include nuclear safety.`;
    await coChairChina.getByRole('textbox', { name: 'Text of paragraph 1' }).fill(theirs);
    await coChair.getByRole('textbox', { name: 'Text of paragraph 1' }).fill(mine);
    await coChair.getByRole('textbox', { name: 'Text of paragraph 1' }).press('Control+s');
    await coChairChina.getByRole('textbox', { name: 'Text of paragraph 1' }).press('Control+s');
    const conflictOn = await Promise.race(
      [coChair, coChairChina].map((page) =>
        page
          .getByRole('region', { name: 'Another co-chair changed this paragraph' })
          .waitFor({ timeout: 20_000 })
          .then(() => page),
      ),
    );
    await snapshot(conflictOn, 'memorandum-01-conflict');
    const region = conflictOn.getByRole('region', { name: 'Another co-chair changed this paragraph' });
    await expect
      .poll(() => region.getByRole('textbox', { name: 'Their text (saved)' }).textContent())
      .toMatch(/It calls for a regional framework|Cooperation must include nuclear safety/);
    const kept = conflictOn === coChair ? mine : theirs;
    await region.getByRole('button', { name: 'Keep my text' }).click();
    await expect
      .poll(async () => {
        const data = await ask<{ document: { version: { paragraphs: { text: string }[] } } }>(coChair, PARAGRAPHS, {
          id: documentId,
        });
        return data.document.version.paragraphs[0]!.text;
      })
      .toBe(kept);
    expect(await seriousA11yViolations(coChair)).toEqual([]);
  });

  let focalJapan: Page;
  let focalRussia: Page;
  const japanComment = 'Name the Six-Party Talks as the venue for energy dialogue.';
  const russiaComment = 'Include the Greater Tumen Initiative energy board.';

  it('a co-chair circulates; two focal points comment, one answers "no comments", and the co-chair sees it live', async () => {
    await coChair.getByRole('button', { name: 'Circulate for comment' }).click();
    const dialog = coChair.getByRole('dialog', { name: 'Circulate for comment' });
    const closes = new Date(Date.now() + 14 * 86_400_000);
    await dialog.getByLabel(/^Closes/).fill(`${closes.toISOString().slice(0, 10)}T18:00`);
    await dialog.getByLabel(/^Instructions/).fill('Please comment on the energy recommendations.');
    await dialog.getByRole('radio', { name: /^Attributed/ }).check();
    await dialog.getByRole('button', { name: 'Circulate for comment' }).click();
    await dialog.waitFor({ state: 'detached' });
    await coChair.getByRole('region', { name: /^Round 1 on version 1 · open for comment until/ }).waitFor();

    focalJapan = await signedIn('focal-point@plenary.example');
    await focalJapan.goto(documentUrl);
    await focalJapan.getByRole('button', { name: 'Comment on paragraph 1' }).click();
    const form = focalJapan.getByRole('form', { name: 'Comment on paragraph 1' });
    await choose(focalJapan, 'Kind', 'Substantive', 'Substantive');
    await form.getByLabel(/^Comment/).fill(japanComment);
    await choose(focalJapan, 'Speaking for', 'CSCAP-Japan', /CSCAP-Japan/);
    await form.getByRole('button', { name: 'Post comment' }).click();
    await form.waitFor({ state: 'detached' });
    await snapshot(focalJapan, 'memorandum-02-commented');

    // The co-chair, looking at the document, sees it arrive without reloading.
    await coChair.getByRole('button', { name: /^Comments on paragraph 1 \(1\)/ }).waitFor({ timeout: 20_000 });

    focalRussia = await signedIn('expert@plenary.example');
    await focalRussia.goto(documentUrl);
    await focalRussia.getByRole('button', { name: 'Comment on paragraph 2' }).click();
    const russian = focalRussia.getByRole('form', { name: 'Comment on paragraph 2' });
    await russian.getByLabel(/^Comment/).fill(russiaComment);
    await choose(focalRussia, 'Speaking for', 'CSCAP-Russia', /CSCAP-Russia/);
    await russian.getByRole('button', { name: 'Post comment' }).click();
    await russian.waitFor({ state: 'detached' });
    await coChair.getByRole('button', { name: /^Comments on paragraph 2 \(1\)/ }).waitFor({ timeout: 20_000 });

    // On a phone, the first screen holds the title, the round's line and the first paragraph.
    const phone = await signedIn('focal-point@plenary.example', { width: 390, height: 844 });
    await phone.goto(documentUrl);
    await phone.getByText(FIRST).waitFor();
    for (const shown of [
      phone.getByRole('heading', { level: 1, name: TITLE }),
      phone.getByRole('region', { name: /^Round 1 on version 1/ }),
      phone.getByRole('button', { name: / for CSCAP-Japan$/ }),
      phone.getByText(FIRST),
    ]) {
      expect((await shown.boundingBox())!.y).toBeLessThan(844 - 40);
    }
    await phone.getByRole('button', { name: 'Details' }).click();
    await phone.getByText('Please comment on the energy recommendations.').waitFor();
    expect(await seriousA11yViolations(phone)).toEqual([]);

    // The "Respond" link of the focal point's home page opens the form at once.
    const mongolia = await signedIn('observer@plenary.example');
    await mongolia.goto(`${documentUrl}?respond=1`);
    const response = mongolia.getByRole('form', { name: /^Response for CSCAP-Mongolia/ });
    await response.waitFor();
    expect(await seriousA11yViolations(mongolia)).toEqual([]);
    // Chosen without the Escape `choose` ends with, which would close the form.
    await response.getByRole('combobox', { name: 'Your response' }).click();
    await mongolia.getByRole('option', { name: 'No comments' }).click();
    await response.getByRole('button', { name: 'Send response' }).click();
    await expect.poll(() => mongolia.getByText(/CSCAP-Mongolia: No comments/).count()).toBeGreaterThan(0);
    expect(await seriousA11yViolations(focalJapan)).toEqual([]);
  });

  it('the round closes; the co-chair disposes of every comment and revises, the comments carry to version 2, and the redline shows the change', async () => {
    await coChair.getByRole('button', { name: 'Close round 1 now' }).click();
    await coChair
      .getByRole('dialog', { name: /Close round 1 now/ })
      .getByRole('button', { name: 'Close round 1 now' })
      .click();
    await expect.poll(() => coChair.getByText('Revising').count()).toBeGreaterThan(0);

    await coChair.getByRole('tab', { name: 'Comments' }).click();
    await coChair.getByText('0 of 2 comments have a disposition; 2 remain').waitFor();
    await coChair.getByRole('checkbox', { name: 'Select all shown' }).check();
    await choose(coChair, 'Disposition', 'Accepted', /^Accepted$/);
    await coChair.getByLabel(/^Reply/).fill('Added to paragraph 2.');
    await coChair.getByRole('button', { name: 'Apply to 2 comments' }).click();
    await coChair.getByText('All 2 comments have a disposition').waitFor();
    await snapshot(coChair, 'memorandum-03-comment-table');

    // The comment table as the secretariat sends it.
    const xlsx = new ExcelJS.Workbook();
    const sheet = await download(coChair, 'Export comment table (Excel)');
    await xlsx.xlsx.load(sheet.buffer.slice(sheet.byteOffset, sheet.byteOffset + sheet.byteLength) as ArrayBuffer);
    const rows = xlsx
      .getWorksheet('Comments')!
      .getSheetValues()
      .slice(2)
      .map((row) => (row as unknown[]).slice(1));
    expect(
      rows.map((r) => [r[0], String(r[2]).includes(japanComment) || String(r[2]).includes(russiaComment), r[4], r[5]]),
    ).toEqual([
      [1, true, 'Accepted', 'Added to paragraph 2.'],
      [2, true, 'Accepted', 'Added to paragraph 2.'],
    ]);
    expect(rows.map((r) => String(r[3]))).toEqual([
      expect.stringContaining('CSCAP-Japan'),
      expect.stringContaining('CSCAP-Russia'),
    ]);

    // Revising paragraph 2 in version 2: its comment is still there, marked as about earlier text.
    await coChair.getByRole('tab', { name: 'Text' }).click();
    const revised = `${SECOND} It would include the Greater Tumen Initiative energy board.`;
    await coChair.getByRole('textbox', { name: 'Text of paragraph 2' }).fill(revised);
    await coChair.getByRole('textbox', { name: 'Text of paragraph 2' }).press('Control+s');
    await expect
      .poll(async () => {
        const data = await ask<{ document: { version: { number: number; paragraphs: { text: string }[] } } }>(
          coChair,
          PARAGRAPHS,
          { id: documentId },
        );
        return [data.document.version.number, data.document.version.paragraphs[1]!.text];
      })
      .toEqual([2, revised]);
    const toggle = coChair.getByRole('button', { name: /^Comments on paragraph 2 \(1\)/ });
    const carried = coChair.getByRole('list', { name: 'Comments on paragraph 2' });
    await expect
      .poll(async () => {
        if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
        return carried.getByText(russiaComment).count();
      })
      .toBe(1);
    await carried.getByText(/Text changed since/i).waitFor();

    await coChair.getByRole('tab', { name: 'Compare' }).click();
    await choose(coChair, 'From version', '1', /^Version 1/);
    await choose(coChair, 'To version', '2', /^Version 2/);
    await coChair.locator('ins', { hasText: 'Greater Tumen Initiative' }).first().waitFor();
    await snapshot(coChair, 'memorandum-04-redline');
    expect(await seriousA11yViolations(coChair)).toEqual([]);
  });

  it('is finalised, submitted, approved by the Steering Committee and published; the Word file has the numbered text', async () => {
    await coChair.getByRole('tab', { name: 'Text' }).click();
    await coChair.getByRole('button', { name: 'Finalise' }).click();
    await coChair
      .getByRole('dialog', { name: /Finalise/ })
      .getByRole('button', { name: 'Finalise' })
      .click();
    await expect
      .poll(() => ask<{ document: { status: string } }>(coChair, PARAGRAPHS, { id: documentId }))
      .toMatchObject({
        document: { status: 'FINAL' },
      });
    await coChair.getByRole('button', { name: /^Submit to CSCAP Steering Committee/ }).click();
    await coChair
      .getByRole('dialog', { name: /^Submit to/ })
      .getByRole('button', { name: /^Submit to CSCAP Steering Committee/ })
      .click();
    await expect
      .poll(() => ask<{ document: { status: string } }>(coChair, PARAGRAPHS, { id: documentId }))
      .toMatchObject({
        document: { status: 'SUBMITTED' },
      });

    const steering = await signedIn('steering@plenary.example');
    await steering.goto(documentUrl);
    await steering.getByRole('button', { name: 'Record decision' }).click();
    const decision = steering.getByRole('dialog', { name: 'Record decision' });
    await decision.getByRole('radio', { name: 'Approved' }).check();
    await decision.getByRole('button', { name: 'Record decision' }).click();
    await expect
      .poll(() => ask<{ document: { status: string } }>(steering, PARAGRAPHS, { id: documentId }))
      .toMatchObject({
        document: { status: 'APPROVED' },
      });

    await coChair.reload();
    await coChair.getByRole('button', { name: 'Publish' }).click();
    const publish = coChair.getByRole('dialog', { name: 'Publish' });
    await choose(coChair, 'Institutions', 'Greater Tumen', /Greater Tumen Initiative/);
    await publish.getByRole('button', { name: 'Publish' }).click();
    await expect
      .poll(() => ask<{ document: { status: string } }>(coChair, PARAGRAPHS, { id: documentId }))
      .toMatchObject({
        document: { status: 'PUBLISHED' },
      });
    await coChair.reload();
    await coChair.getByText('Published').first().waitFor();
    await snapshot(coChair, 'memorandum-05-published');

    const docx = await JSZip.loadAsync(await download(coChair, 'Word (.docx)'));
    const xml = await docx.file('word/document.xml')!.async('string');
    const text = xml.replace(/<w:tab\/>/g, ' ').replace(/<[^>]+>/g, '');
    expect(text).toContain(TITLE);
    expect(text).toMatch(/1\.\s*Energy security in Northeast Asia/);
    expect(text).toMatch(
      /2\.\s*The study group recommends a standing dialogue of energy regulators\. It would include the Greater Tumen Initiative energy board\./,
    );
    expect(text).toContain('Disseminated to');
    expect(text).not.toContain('not for circulation');
  });
});
