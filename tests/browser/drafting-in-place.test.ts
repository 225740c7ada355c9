import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPassword, studyGroup } from '@plenary/seeds';
import { seriousA11yViolations } from '../helpers/axe';
import { launchBrowser, newPage, snapshot } from '../helpers/browser';
import { startTestApp, type TestApp } from '../helpers/test-app';

let t: TestApp;
let browser: Browser;

const TITLE = 'CSCAP Memorandum on Maritime Cooperation in Northeast Asia';
const FIRST = 'Maritime security in Northeast Asia rests on arrangements that predate the current tensions.';
const SECOND = 'Fisheries disputes recur every season.';
const THIRD = 'Coast guards should meet regularly. They should share incident reports within a day.';
const THIRD_HEAD = 'Coast guards should meet regularly.';
const THIRD_TAIL = 'They should share incident reports within a day.';

const WIDE = { width: 1440, height: 900 };
const PHONE = { width: 390, height: 844 };

beforeAll(async () => {
  t = await startTestApp({ demoData: true });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await t?.close();
});

async function signedIn(email: string, viewport = WIDE): Promise<Page> {
  const { page } = await newPage(browser, t.baseUrl, { timezoneId: 'Asia/Seoul', viewport });
  await page.goto('/sign-in');
  await page.getByLabel('E-mail address').fill(email);
  await page.getByLabel(/^Password/).fill(demoPassword);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('navigation', { name: 'Main' }).waitFor();
  return page;
}

async function ask<T>(page: Page, query: string, variables: Record<string, unknown>): Promise<T> {
  const response = await page.request.post('/graphql', { data: { query, variables } });
  const body = (await response.json()) as { data: T; errors?: unknown };
  expect(body.errors).toBeUndefined();
  return body.data;
}

interface Stored {
  document: {
    status: string;
    version: { number: number; paragraphs: { kind: string; text: string; addressees: { kind: string }[] }[] };
  };
}
const STORED = `query D($id: ID!) { document(id: $id) { status version { number paragraphs { kind text addressees { kind } } } } }`;

async function storedTexts(page: Page, documentId: string): Promise<string[]> {
  const data = await ask<Stored>(page, STORED, { id: documentId });
  return data.document.version.paragraphs.map((paragraph) => paragraph.text);
}

/** Selects words in the text of the page, as a reader dragging over them would. */
async function selectWords(page: Page, words: string): Promise<void> {
  await page.evaluate((wanted) => {
    const bodies = Array.from(document.querySelectorAll('.doc-body'));
    for (const body of bodies) {
      const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.nodeValue?.indexOf(wanted) ?? -1;
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + wanted.length);
        const selection = window.getSelection()!;
        selection.removeAllRanges();
        selection.addRange(range);
        return;
      }
    }
    throw new Error(`“${wanted}” is not on the page`);
  }, words);
}

/** Puts the cursor right after these words in the paragraph being edited, as a click there would. */
async function placeCaretAfter(page: Page, words: string): Promise<void> {
  await page.evaluate((wanted) => {
    const editor = document.activeElement!;
    const walker = document.createTreeWalker(editor, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.nodeValue?.indexOf(wanted) ?? -1;
      if (at < 0) continue;
      window.getSelection()!.collapse(node, at + wanted.length);
      return;
    }
    throw new Error(`“${wanted}” is not in the paragraph being edited`);
  }, words);
  // The editor takes up the selection on the next selectionchange.
  await page.waitForTimeout(100);
}

describe('drafting in place, with comments and suggested wording in the margin', () => {
  let coChair: Page;
  let documentUrl: string;
  let documentId: string;

  it('a co-chair drafts from empty by typing: Enter for new paragraphs, a split, a merge, a move and a recommendation', async () => {
    coChair = await signedIn('co-chair@plenary.example');
    await coChair.goto(`/study-groups/${studyGroup.governance2011}?tab=outputs`);
    await coChair.getByRole('button', { name: 'New memorandum' }).click();
    const dialog = coChair.getByRole('dialog', { name: 'New memorandum' });
    await dialog.getByLabel(/^Title/).fill(TITLE);
    await dialog.getByRole('button', { name: 'Create and open' }).click();
    await coChair.waitForURL(/\/documents\/[0-9a-f-]{36}/);
    documentUrl = new URL(coChair.url()).pathname;
    documentId = documentUrl.split('/').at(-1)!;

    await coChair.getByRole('button', { name: 'Add paragraph', exact: true }).click();
    const first = coChair.getByRole('textbox', { name: 'Text of paragraph 1' });
    await expect.poll(() => first.evaluate((element) => element === document.activeElement)).toBe(true);

    // Typing, with Enter starting the next paragraph, as in a word processor.
    await coChair.keyboard.type(FIRST);
    await coChair.keyboard.press('Enter');
    await coChair.getByRole('textbox', { name: 'Text of paragraph 2' }).waitFor();
    await expect
      .poll(() =>
        coChair.getByRole('textbox', { name: 'Text of paragraph 2' }).evaluate((e) => e === document.activeElement),
      )
      .toBe(true);
    await coChair.keyboard.type(SECOND);
    await coChair.keyboard.press('Enter');
    await coChair.getByRole('textbox', { name: 'Text of paragraph 3' }).waitFor();
    await expect
      .poll(() =>
        coChair.getByRole('textbox', { name: 'Text of paragraph 3' }).evaluate((e) => e === document.activeElement),
      )
      .toBe(true);
    await coChair.keyboard.type(THIRD);
    await coChair.getByRole('status').filter({ hasText: 'All changes saved' }).waitFor({ timeout: 15_000 });
    await expect.poll(() => storedTexts(coChair, documentId), { timeout: 15_000 }).toEqual([FIRST, SECOND, THIRD]);

    // Enter inside a paragraph splits it at the cursor.
    await placeCaretAfter(coChair, `${THIRD_HEAD} `);
    await coChair.keyboard.press('Enter');
    await expect
      .poll(async () => (await storedTexts(coChair, documentId)).map((text) => text.trim()), { timeout: 15_000 })
      .toEqual([FIRST, SECOND, THIRD_HEAD, THIRD_TAIL]);
    await snapshot(coChair, 'drafting-01-split');

    // Backspace at the start of a paragraph merges it into the one above.
    const fourth = coChair.getByRole('textbox', { name: 'Text of paragraph 4' });
    await expect.poll(() => fourth.evaluate((e) => e === document.activeElement)).toBe(true);
    await coChair.keyboard.press('Backspace');
    await expect.poll(async () => (await storedTexts(coChair, documentId)).length, { timeout: 15_000 }).toBe(3);
    expect((await storedTexts(coChair, documentId))[2]).toMatch(
      /Coast guards should meet regularly\.\s*They should share/,
    );

    // Alt+Shift+Up moves the paragraph the cursor is in.
    await coChair.getByRole('textbox', { name: 'Text of paragraph 2' }).click();
    await coChair.keyboard.press('Alt+Shift+ArrowUp');
    await expect
      .poll(async () => (await storedTexts(coChair, documentId)).slice(0, 2), { timeout: 15_000 })
      .toEqual([SECOND, FIRST]);

    // The last paragraph becomes a recommendation addressed to policy makers, from the control beside it.
    await coChair.getByRole('button', { name: 'Options for paragraph 3' }).click();
    await coChair.getByRole('menuitem', { name: 'Recommendation', exact: true }).click();
    await coChair.getByText('Recommendation 1', { exact: true }).waitFor();
    await coChair.getByRole('button', { name: 'Add an addressee' }).click();
    await expect
      .poll(
        async () => {
          const data = await ask<Stored>(coChair, STORED, { id: documentId });
          const last = data.document.version.paragraphs[2]!;
          return [last.kind, last.addressees.map((addressee) => addressee.kind)];
        },
        { timeout: 15_000 },
      )
      .toEqual(['RECOMMENDATION', ['POLICY_MAKERS']]);
    await coChair.getByRole('button', { name: 'Done with addressees and issue areas' }).click();
    await coChair.getByText(/Addressed to:\s*Policy makers/i).waitFor();
    await snapshot(coChair, 'drafting-02-draft-1440');
    expect(await seriousA11yViolations(coChair)).toEqual([]);

    // On a phone the same text is drafted in place, the numbers still in the margin.
    const phone = await signedIn('co-chair@plenary.example', PHONE);
    await phone.goto(documentUrl);
    await phone.getByRole('textbox', { name: 'Text of paragraph 3' }).waitFor();
    await snapshot(phone, 'drafting-07-draft-390');
    expect(await seriousA11yViolations(phone)).toEqual([]);
    await phone.close();
  });

  it('a second co-chair’s conflicting edit is reconciled in place', async () => {
    const other = await signedIn('co-chair.china@plenary.example');
    await other.goto(documentUrl);
    const theirs = `${SECOND} They also strain coast guards.`;
    const mine = `${SECOND} Both sides have asked for a hotline.`;
    await other.getByRole('textbox', { name: 'Text of paragraph 1' }).click();
    await coChair.getByRole('textbox', { name: 'Text of paragraph 1' }).click();
    await other.keyboard.press('End');
    await other.keyboard.type(' They also strain coast guards.');
    await coChair.keyboard.press('End');
    await coChair.keyboard.type(' Both sides have asked for a hotline.');
    await other.keyboard.press('Control+s');
    await expect.poll(() => storedTexts(coChair, documentId), { timeout: 15_000 }).toContain(theirs);
    await coChair.keyboard.press('Control+s');
    const region = coChair.getByRole('region', { name: 'Another co-chair changed this paragraph' });
    await region.waitFor({ timeout: 20_000 });
    await coChair.getByText('Not saved: another co-chair changed a paragraph you edited').waitFor();
    await expect
      .poll(() => region.getByRole('textbox', { name: 'Their text (saved)' }).textContent())
      .toContain('They also strain coast guards.');
    await snapshot(coChair, 'drafting-03-conflict');
    await region.getByRole('button', { name: 'Keep my text' }).click();
    await expect.poll(async () => (await storedTexts(coChair, documentId))[0], { timeout: 15_000 }).toBe(mine);
    await other.close();
  });

  it('a focal point comments on words and suggests wording; the co-chair accepts it in one click from the margin', async () => {
    await coChair.getByRole('button', { name: 'Circulate for comment' }).click();
    const dialog = coChair.getByRole('dialog', { name: 'Circulate for comment' });
    const closes = new Date(Date.now() + 14 * 86_400_000);
    await dialog.getByLabel(/^Closes/).fill(`${closes.toISOString().slice(0, 10)}T18:00`);
    await dialog.getByRole('radio', { name: /^Attributed/ }).check();
    await dialog.getByRole('button', { name: 'Circulate for comment' }).click();
    await dialog.waitFor({ state: 'detached' });

    const focal = await signedIn('focal-point@plenary.example');
    await focal.goto(documentUrl);
    await focal.getByText(FIRST).waitFor();

    // Words selected, then "Comment": the form opens with them quoted.
    await selectWords(focal, 'arrangements that predate');
    await focal.getByRole('button', { name: 'Comment on paragraph 2' }).click();
    const form = focal.getByRole('form', { name: 'Comment on paragraph 2' });
    expect(await form.getByLabel('Quoted text').inputValue()).toBe('arrangements that predate');
    await form.getByLabel(/^Comment/).fill('Name the arrangements.');
    await form.getByRole('button', { name: 'Post comment' }).click();
    await form.waitFor({ state: 'detached' });
    const comments = focal.getByRole('list', { name: 'Comments on paragraph 2' });
    await comments.getByText('Name the arrangements.').waitFor();
    // The quoted words are marked in the text.
    await expect
      .poll(() =>
        // Marked as quoted, or more strongly while the pointer rests on the comment.
        focal.evaluate(() => ['comment-quote', 'comment-quote-active'].some((name) => CSS.highlights.get(name)?.size)),
      )
      .toBe(true);

    // Words selected, then "Suggest wording": a replacement proposed.
    await selectWords(focal, 'current tensions');
    await focal.getByRole('button', { name: 'Suggest wording for paragraph 2' }).click();
    const suggestion = focal.getByRole('form', { name: 'Suggest wording for paragraph 2' });
    expect(await suggestion.getByLabel('Words to replace').inputValue()).toBe('current tensions');
    await suggestion.getByLabel('Your wording').fill('tensions of the last decade');
    await suggestion.getByLabel(/^Why/).fill('More precise.');
    await suggestion.getByRole('button', { name: 'Suggest wording' }).click();
    await suggestion.waitFor({ state: 'detached' });
    await comments.getByText('tensions of the last decade').waitFor();
    await snapshot(focal, 'drafting-04-margin-1440');
    expect(await seriousA11yViolations(focal)).toEqual([]);

    const phone = await signedIn('focal-point@plenary.example', PHONE);
    await phone.goto(documentUrl);
    await phone.getByText(FIRST).waitFor();
    await phone.getByRole('button', { name: /^Comments on paragraph 2 \(2\)/ }).click();
    await phone.getByRole('list', { name: 'Comments on paragraph 2' }).getByText('Name the arrangements.').waitFor();
    await snapshot(phone, 'drafting-05-margin-390');
    expect(await seriousA11yViolations(phone)).toEqual([]);

    // The co-chair closes the round from the note over the held text, and answers in the margin.
    await coChair.getByRole('button', { name: 'Close round 1 to revise' }).click();
    await coChair
      .getByRole('dialog', { name: /Close round 1 now/ })
      .getByRole('button', { name: 'Close round 1 and revise' })
      .click();
    const margin = coChair.getByRole('list', { name: 'Comments on paragraph 2' });
    await margin.getByText('tensions of the last decade').waitFor({ timeout: 20_000 });
    await coChair.getByRole('textbox', { name: 'Text of paragraph 2' }).waitFor();
    await snapshot(coChair, 'drafting-06-suggestion-1440');
    await margin.getByRole('button', { name: 'Accept', exact: true }).click();
    await expect
      .poll(async () => (await storedTexts(coChair, documentId))[1], { timeout: 15_000 })
      .toBe(FIRST.replace('current tensions', 'tensions of the last decade'));
    await expect
      .poll(() => coChair.getByRole('textbox', { name: 'Text of paragraph 2' }).textContent())
      .toContain('tensions of the last decade');

    // The plain comment is disposed of from the margin.
    const plain = margin.getByRole('listitem').filter({ hasText: 'Name the arrangements.' });
    await plain.getByRole('button', { name: 'Dispose' }).click();
    await plain.getByRole('combobox', { name: 'Disposition' }).click();
    await coChair.getByRole('option', { name: 'Noted' }).click();
    await plain.getByLabel(/^Reply/).fill('The arrangements are named in paragraph 3.');
    await plain.getByRole('button', { name: 'Save disposition' }).click();
    await plain.getByText('The arrangements are named in paragraph 3.').waitFor({ timeout: 15_000 });
    await expect
      .poll(
        async () => {
          const data = await ask<{
            document: { rounds: { comments: { body: string; disposition: string | null }[] }[] };
          }>(coChair, `query R($id: ID!) { document(id: $id) { rounds { comments { body disposition } } } }`, {
            id: documentId,
          });
          return data.document.rounds[0]!.comments.map((comment) => [comment.body, comment.disposition]).sort();
        },
        { timeout: 15_000 },
      )
      .toEqual([
        ['More precise.', 'ACCEPTED'],
        ['Name the arrangements.', 'NOTED'],
      ]);
    expect(await seriousA11yViolations(coChair)).toEqual([]);
  });

  it('the co-chair reads the revision against the circulated version inline, and clicks into a paragraph to edit it', async () => {
    await coChair.getByRole('switch', { name: 'Show changes since version 1' }).click();
    const revised = coChair.getByRole('region', { name: 'Paragraph 2' });
    // The margin marks suggested wording too: the text's own marks are those read against version 1.
    const marked = revised.locator('.doc-changes');
    await marked.locator('ins').first().waitFor();
    expect(await marked.locator('del').allTextContents()).toEqual(['[removed: current tensions]']);
    expect(await marked.locator('ins').allTextContents()).toEqual(['[added: tensions of the last decade]']);
    expect(await revised.getByRole('textbox').count()).toBe(0);
    await snapshot(coChair, 'drafting-08-changes-1440');
    expect(await seriousA11yViolations(coChair)).toEqual([]);

    const phone = await signedIn('co-chair@plenary.example', PHONE);
    await phone.goto(`${documentUrl}?changes=1`);
    await phone.getByRole('region', { name: 'Paragraph 2' }).locator('.doc-changes ins').waitFor();
    await snapshot(phone, 'drafting-09-changes-390');
    expect(await seriousA11yViolations(phone)).toEqual([]);

    // The caret goes where the text was clicked: here, at the start of the added words.
    await marked.locator('ins').click({ position: { x: 3, y: 8 } });
    const editor = revised.getByRole('textbox', { name: 'Text of paragraph 2' });
    await expect.poll(() => editor.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(await marked.count()).toBe(0);
    const beforeCaret = await editor.evaluate((element) => {
      const range = document.createRange();
      range.setStart(element, 0);
      const selection = window.getSelection()!;
      range.setEnd(selection.anchorNode!, selection.anchorOffset);
      return range.toString();
    });
    expect(beforeCaret).toMatch(/predate the ?t?$/);

    // Editing another paragraph reads this one against version 1 again.
    await coChair.getByRole('textbox', { name: 'Text of paragraph 1' }).click();
    await marked.waitFor();
  });
});
