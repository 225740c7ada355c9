import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPassword, memorandum } from '@plenary/seeds';
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

async function signedIn(email: string): Promise<Page> {
  const { page } = await newPage(browser, t.baseUrl, { timezoneId: 'Asia/Tokyo' });
  await page.goto('/sign-in');
  await page.getByLabel('E-mail address').fill(email);
  await page.getByLabel(/^Password/).fill(demoPassword);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('navigation', { name: 'Main' }).waitFor();
  return page;
}

const REVIEWER = 'Sato Yuki (CSCAP-Japan)';
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Splits the run holding `words` into three, so that the words stand in a run of their own, and
 * hands that run (its properties and text) to `mark`, which returns what replaces it.
 */
function aroundWords(xml: string, words: string, mark: (properties: string, text: string) => string): string {
  const run = new RegExp(
    `<w:r>(<w:rPr>(?:(?!</w:rPr>).)*</w:rPr>)?<w:t xml:space="preserve">([^<]*?)(${escape(words)})([^<]*)</w:t></w:r>`,
    's',
  );
  const found = run.exec(xml);
  expect(found, `a run holding “${words}”`).not.toBeNull();
  const [whole, properties = '', before, target, after] = found!;
  const plain = (text: string) => (text ? `<w:r>${properties}<w:t xml:space="preserve">${text}</w:t></w:r>` : '');
  return xml.replace(whole, plain(before!) + mark(properties, target!) + plain(after!));
}

/** What a committee does in Word: one comment on words of a paragraph, one tracked replacement in another. */
async function markUp(file: Buffer): Promise<Buffer> {
  const zip = await JSZip.loadAsync(file);
  let document = await zip.file('word/document.xml')!.async('string');
  let comments = (await zip.file('word/comments.xml')?.async('string')) ?? '';
  expect(comments).toContain('</w:comments>');
  const date = '2026-12-01T09:00:00Z';
  document = aroundWords(
    document,
    'international public good',
    (properties, text) =>
      `<w:commentRangeStart w:id="900"/><w:r>${properties}<w:t xml:space="preserve">${text}</w:t></w:r>` +
      `<w:commentRangeEnd w:id="900"/><w:r><w:commentReference w:id="900"/></w:r>`,
  );
  comments = comments.replace(
    '</w:comments>',
    `<w:comment w:id="900" w:author="${REVIEWER}" w:date="${date}" w:initials="SY">` +
      '<w:p><w:r><w:t>Say who would pay for this public good.</w:t></w:r></w:p></w:comment></w:comments>',
  );
  document = aroundWords(
    document,
    'more promising',
    (properties, text) =>
      `<w:del w:id="901" w:author="${REVIEWER}" w:date="${date}"><w:r>${properties}<w:delText xml:space="preserve">${text}</w:delText></w:r></w:del>` +
      `<w:ins w:id="902" w:author="${REVIEWER}" w:date="${date}"><w:r>${properties}<w:t xml:space="preserve">more practical</w:t></w:r></w:ins>`,
  );
  zip.file('word/document.xml', document);
  zip.file('word/comments.xml', comments);
  return zip.generateAsync({ type: 'nodebuffer' });
}

describe('a committee’s marked-up Word file taken back as comments', () => {
  it('a focal point downloads the circulated version as Word, returns it marked up, reviews and posts; the co-chair sees the comments', async () => {
    const focal = await signedIn('focal-point@plenary.example');
    await focal.goto(`/documents/${memorandum.governance2011}`);
    const [download] = await Promise.all([
      focal.waitForEvent('download'),
      focal.getByRole('link', { name: 'Word (.docx)' }).click(),
    ]);
    const downloaded = fs.readFileSync(await download.path());
    const header = await (await JSZip.loadAsync(downloaded)).file('word/header1.xml')!.async('string');
    expect(header.replace(/<[^>]+>/g, '')).toMatch(/^Version 2, circulated for comment \(round 2, comments by /);

    const marked = path.join(os.tmpdir(), `returned-${Date.now()}.docx`);
    fs.writeFileSync(marked, await markUp(downloaded));

    await focal.getByRole('button', { name: 'Take back a marked-up Word file…' }).click();
    const dialog = focal.getByRole('dialog', { name: 'Take back a marked-up Word file' });
    await dialog.locator('input[type="file"]').setInputFiles(marked);
    const suggestion = dialog.getByRole('region', { name: 'Comment 1 from the file' });
    const comment = dialog.getByRole('region', { name: 'Comment 2 from the file' });
    await suggestion.getByText('Replace “more promising” with “more practical”', { exact: true }).waitFor();
    await comment.getByText('“international public good”').waitFor();
    await expect.poll(() => comment.getByLabel('Comment').inputValue()).toBe('Say who would pay for this public good.');
    expect(await dialog.getByRole('combobox', { name: 'The comments speak for' }).inputValue()).toBe('CSCAP-Japan');
    // The focal point sharpens the comment and makes it editorial before posting.
    await comment.getByLabel('Comment').fill('Say who would pay for this public good, and how.');
    await comment.getByRole('combobox', { name: 'Kind' }).click();
    await focal.getByRole('option', { name: 'Editorial' }).click();
    expect(await seriousA11yViolations(focal, '[role="dialog"]')).toEqual([]);
    await snapshot(focal, 'word-01-review-returned-file');
    await dialog.getByRole('button', { name: 'Post 2 comments' }).click();
    await dialog.waitFor({ state: 'detached' });

    const coChair = await signedIn('co-chair@plenary.example');
    await coChair.goto(`/documents/${memorandum.governance2011}`);
    await coChair.getByRole('tab', { name: 'Comments' }).click();
    await coChair.getByText('Say who would pay for this public good, and how.').first().waitFor();
    await coChair
      .getByText(/Replace “more promising” with “more practical”/)
      .first()
      .waitFor();
    await snapshot(coChair, 'word-02-comment-table');
    fs.rmSync(marked, { force: true });
  });
});
