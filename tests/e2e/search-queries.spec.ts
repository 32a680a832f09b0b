/**
 * The query table (tests/fixtures/search-queries.yaml) against the built site, through /search/
 * in Chromium: each query must bring each of its articles into its top k results (an article's
 * passages are listed under it, in its result), and, where it names an actor, that actor's page onto the first page.
 * One test per query: the suite passes only when every query does (100 %).
 */
import { readFileSync } from 'node:fs';
import { test, expect, type Page } from '@playwright/test';
import { parse } from 'yaml';
import { collectConsoleErrors } from './helpers.ts';

interface Row {
  q: string;
  k: number;
  articles: string[];
  actor?: string;
  why: string;
}

const table = parse(readFileSync(new URL('../fixtures/search-queries.yaml', import.meta.url), 'utf8')) as Row[];

test('the query table has at least 40 queries, each with articles and a k', () => {
  expect(table.length).toBeGreaterThanOrEqual(40);
  for (const row of table) {
    expect(row.q, JSON.stringify(row)).toBeTruthy();
    expect(row.articles.length, row.q).toBeGreaterThan(0);
    expect(row.k, row.q).toBeGreaterThan(0);
  }
});

async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const app = document.getElementById('search-app');
    return !!app && !app.hidden && !app.hasAttribute('aria-busy') && app.dataset.done === (location.search || '?');
  });
}

/**
 * Result links in order, shown page by page until `n` are listed (or there are no more). An
 * article's matching passages, listed under it, belong to its result: they are not counted.
 */
async function topResults(page: Page, n: number): Promise<string[]> {
  const links = page.locator('#search-results a.result:not(.passage)');
  const more = page.locator('#search-more');
  while ((await links.count()) < n && (await more.isVisible())) {
    const before = await links.count();
    await more.click();
    await expect(links).not.toHaveCount(before);
  }
  return (await links.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).getAttribute('href')!))).slice(0, n);
}

const articleOf = (href: string) => /\/articles\/([^/?#]+)\//.exec(href)?.[1];
const FIRST_PAGE = 10;

test.describe('query table', () => {
  for (const row of table) {
    test(`${row.q} → ${row.articles.join(', ')} in the top ${row.k}`, async ({ page }) => {
      const errors = collectConsoleErrors(page);
      await page.goto(`search/?q=${encodeURIComponent(row.q)}`);
      await settled(page);
      const top = await topResults(page, Math.max(row.k, FIRST_PAGE));
      const found = top.slice(0, row.k).map(articleOf);
      for (const id of row.articles) expect(found, `top ${row.k} for “${row.q}” (${row.why}): ${top.slice(0, row.k).join(', ')}`).toContain(id);
      if (row.actor) expect(top.slice(0, FIRST_PAGE).some((h) => new RegExp(`/actors/${row.actor}/(\\?|$)`).test(h)), `actor ${row.actor} on the first page for “${row.q}”`).toBe(true);
      expect(errors).toEqual([]);
    });
  }
});
