/**
 * Author pages (issue 16) in a real browser: the index lists everyone an article credits, an
 * author page lists their articles, outlets and dates, an attributed author is shown as such,
 * bylines link to author pages and unsigned articles link to none. WCAG 2.2 AA in both schemes.
 * Expected names and counts come from the corpus model, not from the pages.
 */
import { test, expect } from '@playwright/test';
import { collectConsoleErrors, expectNoAxeViolationsInBothSchemes } from './helpers.ts';
import { loadCorpus } from '../../src/corpus/load.ts';
import { authorsView } from '../../src/views/authors.ts';

const corpus = loadCorpus();
const view = authorsView(corpus);
const signed = corpus.articles.find((a) => a.data.authors.length > 0)!;
const attributed = corpus.articles.find((a) => a.data.authors.length === 0 && a.data.attributedAuthor);
const unsigned = corpus.articles.find((a) => a.data.authors.length === 0 && !a.data.attributedAuthor);

test('the author index lists every credited author, each linked to a page', async ({ page }) => {
  test.slow(); // axe twice on a busy machine
  const errors = collectConsoleErrors(page);
  await page.goto('authors/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Authors');
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Authors' })).toHaveAttribute('aria-current', 'page');
  const rows = page.locator('table.authors tbody tr');
  await expect(rows).toHaveCount(view.authors.length);
  for (const a of view.authors) {
    const row = page.locator(`tr[data-author="${a.id}"]`);
    await expect(row.getByRole('link', { name: a.name })).toHaveAttribute('href', new RegExp(`/authors/${a.id}/$`));
    await expect(row.locator('td').first()).toHaveText(String(a.articles.length));
    for (const o of a.outlets) await expect(row).toContainText(o.name);
    if (a.attributedOnly) await expect(row).toContainText('(attributed)');
    else await expect(row).not.toContainText('(attributed)');
  }
  if (view.unsigned.length > 0) await expect(page.locator('main')).toContainText(`${view.unsigned.length} article`);
  await expectNoAxeViolationsInBothSchemes(page);
  expect(errors).toEqual([]);
});

test('an author page lists their articles with outlet and date, and leads to each', async ({ page }) => {
  test.slow();
  const author = view.authors.find((a) => !a.attributedOnly)!;
  await page.goto(`authors/${author.id}/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(author.name);
  const items = page.locator('ol.author-articles > li');
  await expect(items).toHaveCount(author.articles.length);
  for (const [i, a] of author.articles.entries()) {
    await expect(items.nth(i)).toContainText(a.title);
    await expect(items.nth(i)).toContainText(a.outlet);
    await expect(items.nth(i).locator('time')).toHaveAttribute('datetime', a.datetime);
  }
  await expectNoAxeViolationsInBothSchemes(page);
  await items.first().getByRole('link', { name: author.articles[0]!.title }).click();
  await expect(page).toHaveURL(new RegExp(`/articles/${author.articles[0]!.article}/$`));
});

test('a byline links to its author page', async ({ page }) => {
  await page.goto(`articles/${signed.id}/`);
  const byline = page.locator('.byline');
  const name = signed.data.authors[0]!;
  await expect(byline.getByRole('link', { name })).toHaveAttribute('rel', 'author');
  await byline.getByRole('link', { name }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
  await expect(page.locator(`ol.author-articles a[href$="/articles/${signed.id}/"]`)).toHaveCount(1);
});

test('an attributed author is shown as attributed, on the article and on the author page', async ({ page }) => {
  test.slow();
  test.skip(!attributed, 'the corpus has no attributed author');
  const a = attributed!;
  const name = a.data.attributedAuthor!.name;
  await page.goto(`articles/${a.id}/`);
  const byline = page.locator('.byline');
  await expect(byline).toContainText(`unsigned (attributed to ${name})`);
  await byline.getByRole('link', { name }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
  await expect(page.locator('.attributed-note')).toContainText('Attributed author');
  await expect(page.locator(`li[data-article="${a.id}"] .attribution`)).toContainText(a.data.attributedAuthor!.evidence);
  await expectNoAxeViolationsInBothSchemes(page);
});

test('an unsigned article stays unsigned and links to no author page', async ({ page }) => {
  test.skip(!unsigned, 'the corpus has no unsigned article without attribution');
  await page.goto(`articles/${unsigned!.id}/`);
  await expect(page.locator('.byline')).toContainText('unsigned');
  await expect(page.locator('main a[href*="/authors/"]')).toHaveCount(0);
  await page.goto('authors/');
  await expect(page.locator(`table.authors a[href$="/articles/${unsigned!.id}/"]`)).toHaveCount(0);
});
