/**
 * Perspectives (where the articles disagree) in a real browser against the built site: the ¶
 * mark on an article paragraph leads to its question, and the question's ¶ link leads back to
 * the paragraph; positions side by side on a wide screen and stacked on a narrow one; the
 * timeline's "where the articles disagree" filter; WCAG 2.2 AA in both colour schemes.
 */
import { test, expect } from '@playwright/test';
import { collectConsoleErrors, expectNoAxeViolationsInBothSchemes } from './helpers.ts';
import { loadCorpus } from '../../src/corpus/load.ts';
import { normalizeText } from '../../src/shared/quotes.ts';

const corpus = loadCorpus();
// A question written in content/perspectives/ with three or more positions from different articles.
const wide = corpus.perspectives.find((p) => p.origin.kind === 'perspective' && new Set(p.positions.map((x) => x.article)).size >= 3)!;
const firstQuote = wide.positions[0]!.quotes[0]!;

test('a ¶ mark on an article paragraph lands on its question, and the quote’s ¶ link leads back', async ({ page }) => {
  const errors = collectConsoleErrors(page);
  await page.goto(`articles/${firstQuote.article}/`);
  const paragraph = page.locator(`p#${firstQuote.paragraph}`);
  const mark = paragraph.locator('.para-perspectives a', { hasText: wide.question });
  await expect(mark).toHaveCount(1);
  await mark.click();
  await expect(page).toHaveURL(new RegExp(`/perspectives/${wide.id}/$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(wide.question);

  // Back: the first position's first quote links to its paragraph, which holds the passage.
  const position = page.locator('.position').first();
  await position.getByRole('link', { name: new RegExp(`^¶${firstQuote.paragraph.slice(1)} of`) }).click();
  await expect(page).toHaveURL(new RegExp(`/articles/${firstQuote.article}/#${firstQuote.paragraph}`));
  await expect(paragraph).toBeInViewport();
  expect(normalizeText(await paragraph.innerText())).toContain(normalizeText(firstQuote.exact));
  expect(errors).toEqual([]);
});

test('the question page shows every position with its quotes, the editors’ words marked as such', async ({ page }) => {
  await page.goto(`perspectives/${wide.id}/`);
  const positions = page.locator('.position');
  await expect(positions).toHaveCount(wide.positions.length);
  for (const [k, pos] of wide.positions.entries()) {
    const box = positions.nth(k);
    await expect(box.locator('.label')).toHaveText(`Editors’ label: ${pos.label}`);
    await expect(box.locator('blockquote')).toHaveCount(pos.quotes.length);
  }
  await expect(page.getByRole('heading', { name: 'Editors’ note' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Cite this question' })).toBeVisible();
  for (const id of wide.events) await expect(page.locator(`a[href$="/timeline/${id}/"]`).first()).toBeVisible();
});

test('positions stand side by side on a wide screen and stacked on a narrow one', async ({ page }) => {
  const tops = async () => (await page.locator('.position').evaluateAll((els) => els.map((el) => Math.round(el.getBoundingClientRect().top))));
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`perspectives/${wide.id}/`);
  const wideTops = await tops();
  expect(wideTops[1]).toBe(wideTops[0]); // first two on one row

  await page.setViewportSize({ width: 375, height: 800 });
  await page.reload();
  const narrowTops = await tops();
  for (let k = 1; k < narrowTops.length; k++) expect(narrowTops[k]!).toBeGreaterThan(narrowTops[k - 1]!);
  // Nothing runs off the side of a phone screen.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
});

test('/perspectives/ lists every question, by theme and by kind, with counts', async ({ page }) => {
  await page.goto('perspectives/');
  const byKind = page.locator('section[aria-labelledby="kinds-h"]');
  await expect(byKind.locator('.perspective-list > li')).toHaveCount(corpus.perspectives.length);
  for (const p of corpus.perspectives) await expect(byKind.getByRole('link', { name: p.question, exact: true })).toHaveCount(1);
  const factual = corpus.perspectives.filter((p) => p.kind === 'factual').length;
  await expect(page.locator('#kind-factual')).toContainText(`${factual} question`);
  await expect(page.locator('.site-header').getByRole('link', { name: 'Disagreements' })).toHaveAttribute('aria-current', 'page');
});

test('the timeline filter keeps only the entries a question concerns', async ({ page }) => {
  await page.goto('timeline/');
  const form = page.locator('form[data-timeline-filter]');
  const withOne = corpus.events.filter((e) => e.perspectives.length > 0);
  expect(withOne.length).toBeGreaterThan(0);
  expect(withOne.length).toBeLessThan(corpus.events.length);
  await form.getByLabel(/Only where the articles disagree/).check();
  await expect(page.locator('[data-timeline-list] article.entry:visible')).toHaveCount(withOne.length);
  await expect(page).toHaveURL(/\?perspective=any$/);
  await page.reload();
  await expect(form.getByLabel(/Only where the articles disagree/)).toBeChecked();
  await expect(page.locator('[data-timeline-list] article.entry:visible')).toHaveCount(withOne.length);
});

test('an entry page lists the questions that concern it', async ({ page }) => {
  const event = corpus.events.find((e) => e.perspectives.length > 0)!;
  await page.goto(`timeline/${event.id}/`);
  const section = page.locator('section.perspective-section');
  await expect(section.locator('li')).toHaveCount(event.perspectives.length);
});

test('search finds a question as a result of kind “Disagreement”, filtered by kind', async ({ page }) => {
  test.slow();
  // A distinctive word of the question itself, searched for with the perspective filter on.
  const word = wide.question.split(/\W+/).filter((w) => w.length >= 6).sort((a, b) => b.length - a.length)[0]!;
  await page.goto(`search/?q=${encodeURIComponent(word)}&kind=perspective`);
  await page.waitForFunction(() => {
    const app = document.getElementById('search-app');
    return !!app && !app.hidden && !app.hasAttribute('aria-busy') && app.dataset.done === (location.search || '?');
  });
  const results = page.locator('#search-results a.result');
  expect(await results.count()).toBeGreaterThan(0);
  for (const href of await results.evaluateAll((as) => as.map((a) => a.getAttribute('href')!))) expect(href).toMatch(/\/perspectives\/[a-z0-9-]+\/(?:\?highlight=|$)/);
  await expect(results.filter({ hasText: wide.question }).first().locator('.r-kind')).toHaveText('Disagreement');
});

for (const path of ['perspectives/', `perspectives/${wide.id}/`]) {
  test(`${path} has no WCAG 2.2 AA violation in either colour scheme`, async ({ page }) => {
    test.slow(); // two axe runs on a shared machine
    await page.goto(path);
    await expectNoAxeViolationsInBothSchemes(page);
  });
}

test('a question page has no WCAG 2.2 AA violation on a phone screen', async ({ page }) => {
  test.slow();
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto(`perspectives/${wide.id}/`);
  await expectNoAxeViolationsInBothSchemes(page);
});
