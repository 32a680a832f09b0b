/**
 * The forgiving search in Chromium against the built site: "Did you mean" for a word found
 * nowhere, partial matches explained in words, literal matches before matches through another
 * spelling, the actor a name query names pinned first (and reachable by keyboard), the author
 * facet, and what a query fetches: no filter data before the filters are used, the vocabulary
 * only when a word is missing.
 */
import { statSync } from 'node:fs';
import path from 'node:path';
import { test, expect, type Page } from '@playwright/test';
import { collectConsoleErrors } from './helpers.ts';
import { loadCorpus } from '../../src/corpus/load.ts';

const corpus = loadCorpus();

let errors: string[] = [];
test.beforeEach(({ page }) => {
  errors = collectConsoleErrors(page);
});
test.afterEach(() => expect(errors, 'console errors').toEqual([]));

async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const app = document.getElementById('search-app');
    return !!app && !app.hidden && !app.hasAttribute('aria-busy') && app.dataset.done === (location.search || '?');
  });
}
async function open(page: Page, q: string, extra = ''): Promise<void> {
  await page.goto(`search/?q=${encodeURIComponent(q)}${extra}`);
  await settled(page);
}
const results = (page: Page) => page.locator('#search-results a.result');

test('a word found nowhere: results for the nearest spelling, and a "Did you mean" link', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  await open(page, 'Peskow');
  await expect(page.locator('#search-status')).toContainText('No text has “Peskow”');
  await expect(page.locator('#search-status')).toContainText('“Peskov”');
  expect(await results(page).count()).toBeGreaterThan(0);
  expect(requests.some((p) => p.endsWith('/pagefind/vocabulary.json')), 'the vocabulary is fetched for a missing word').toBe(true);
  const link = page.locator('#search-suggest a');
  await expect(link).toHaveText('Peskov');
  await link.focus();
  await page.keyboard.press('Enter');
  await settled(page);
  await expect(page).toHaveURL(/\?q=Peskov$/);
  await expect(page.locator('#search-q')).toHaveValue('Peskov');
  await expect(page.locator('#search-suggest')).toBeHidden();
  await expect(page.locator('#search-status')).not.toContainText('No text has');
});

test('a first query fetches no filter data and no vocabulary when its words are found', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  await open(page, 'Karabakh peacekeepers');
  expect(await results(page).count()).toBeGreaterThan(0);
  expect(requests.filter((p) => p.includes('/pagefind/filter/')), 'filter files').toEqual([]);
  expect(requests.filter((p) => p.endsWith('vocabulary.json')), 'vocabulary').toEqual([]);
  expect(requests.filter((p) => p.endsWith('pagefind-worker.js')), 'worker').toEqual([]);
  // Using the filters loads their counts.
  await page.locator('#search-filters summary').hover();
  await settled(page);
  await expect(page.locator('fieldset[data-facet="theme"] .count').first()).toBeVisible();
  expect(requests.some((p) => p.includes('/pagefind/filter/'))).toBe(true);
});

test('a query fetches small index chunks: Pagefind cuts them at INDEX_CHUNK_LOCATIONS word locations, not its default 20,000', async ({ page }) => {
  const chunks: string[] = [];
  page.on('request', (r) => {
    const p = new URL(r.url()).pathname;
    if (p.includes('/pagefind/index/')) chunks.push(p.slice(p.lastIndexOf('/') + 1));
  });
  await open(page, 'Karabakh peacekeepers');
  expect(await results(page).count()).toBeGreaterThan(0);
  expect(chunks.length).toBeGreaterThan(0);
  // At Pagefind's default a chunk of this corpus is 24–26 KB; cut at 5,000 locations, under 8 KB.
  const sizes = chunks.map((f) => statSync(path.resolve(process.env.ASTRO_OUT_DIR ?? 'dist', 'pagefind/index', f)).size);
  for (const size of sizes) expect(size, `index chunks fetched: ${sizes.join(', ')} bytes`).toBeLessThanOrEqual(12_000);
});

test('no result has every word: partial matches, most words first, explained', async ({ page }) => {
  await open(page, 'Russian peacekeeping contingent Lachin corridor');
  expect(await results(page).count()).toBeGreaterThan(0);
  await expect(page.locator('#search-status')).toContainText(/No result has all 5 words; these match \d of them|results? ha(s|ve) all 5 words; after/);
});

test('a word missing everywhere is named; the others still find results', async ({ page }) => {
  await open(page, 'Samarkand Qwxzvbnm');
  expect(await results(page).count()).toBeGreaterThan(0);
  await expect(page.locator('#search-status')).toContainText('Not found: “Qwxzvbnm”');
});

test('a literal occurrence outranks a match through another spelling', async ({ page }) => {
  await open(page, 'Artsakh', '&kind=article');
  // Articles in order (their passages, listed under them, share their standing).
  const flags = await page.locator('#search-results a.result:not(.passage)').evaluateAll((as) => as.map((a) => !a.querySelector('.r-alias')));
  const firstAlias = flags.indexOf(false);
  expect(firstAlias, 'some articles match through another spelling').toBeGreaterThan(0);
  expect(flags.slice(firstAlias).every((literal) => !literal), 'no literal match after an alias match').toBe(true);
});

test('a name query pins the actor page first; the keyboard reaches it', async ({ page }) => {
  await open(page, 'Lavrov');
  const first = results(page).first();
  await expect(first).toHaveAttribute('href', /\/actors\/sergey-lavrov\/$/);
  await expect(first).toContainText('Sergey Lavrov');
  // It is not listed twice.
  expect(await page.locator('#search-results a.result[href$="/actors/sergey-lavrov/"], #search-results a.result[href*="/actors/sergey-lavrov/?"]').count()).toBe(1);
  await page.locator('#search-q').focus();
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('#search-q')).toHaveAttribute('aria-activedescendant', 'search-result-0');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/actors\/sergey-lavrov\/$/);
});

test('the author facet: an author narrows to their articles; an attributed author counts', async ({ page }) => {
  const signed = corpus.articles.find((a) => a.data.authors.length > 0)!;
  const attributed = corpus.articles.find((a) => a.data.attributedAuthor)!;
  for (const [article, name] of [
    [signed, signed.data.authors[0]!],
    [attributed, attributed.data.attributedAuthor!.name],
  ] as const) {
    await page.goto(`search/?author=${encodeURIComponent(name)}&kind=article`);
    await settled(page);
    await expect(page.locator(`fieldset[data-facet="author"] input[value="${name}"]`)).toBeChecked();
    const hrefs = await results(page).evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(hrefs).toEqual([expect.stringMatching(new RegExp(`/articles/${article.id}/`))]);
  }
});
