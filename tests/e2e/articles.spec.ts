/**
 * The reading path of issue #2 in a real browser: home → article, citable ¶ links, article
 * metadata for reference managers, and WCAG 2.2 AA on the foundation page types.
 */
import { test, expect } from '@playwright/test';
import { collectConsoleErrors, expectNoAxeViolations, expectNoAxeViolationsInBothSchemes } from './helpers.ts';
import { loadCorpus } from '../../src/corpus/load.ts';

const ARTICLE = 'articles/kirillova-karabakh-ceasefire-holding-tactic/';

test('home lists every article and leads to one', async ({ page }) => {
  const errors = collectConsoleErrors(page);
  await page.goto('./');
  const cards = page.locator('.article-card');
  await expect(cards).toHaveCount(5);
  await expect(cards.filter({ hasText: 'unsigned' })).not.toHaveCount(0);
  await page.getByRole('link', { name: 'The Ceasefire in Nagorno-Karabakh: A Hasty Russian Holding Tactic' }).first().click();
  await expect(page).toHaveURL(/\/articles\/kirillova-karabakh-ceasefire-holding-tactic\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('The Ceasefire in Nagorno-Karabakh: A Hasty Russian Holding Tactic');
  expect(errors).toEqual([]);
});

test('a ¶ link lands on its paragraph and the URL can be shared', async ({ page }) => {
  await page.goto(ARTICLE);
  const third = page.locator('#p3');
  await third.locator('a.para-num').click();
  await expect(page).toHaveURL(/#p3$/);
  await expect(third).toBeInViewport();
  expect(await third.evaluate((el) => el.matches(':target'))).toBe(true);

});

test('a shared ¶ URL opens on that paragraph', async ({ page }) => {
  await page.goto(`${ARTICLE}#p12`);
  await expect(page.locator('#p12')).toBeInViewport();
  await expect(page.locator('#p12')).toContainText('Kremlin');
});

test('paragraphs are numbered in order and every number links to itself', async ({ page }) => {
  await page.goto(ARTICLE);
  const ids = await page.locator('.article-body p.para').evaluateAll((ps) =>
    ps.map((p) => ({ id: p.id, href: p.querySelector('a.para-num')?.getAttribute('href') })),
  );
  const model = loadCorpus().articleById.get('kirillova-karabakh-ceasefire-holding-tactic')!;
  expect(ids.length).toBe(model.paragraphs.length);
  expect(ids.length).toBeGreaterThan(10);
  ids.forEach((p, i) => expect(p).toEqual({ id: `p${i + 1}`, href: `#p${i + 1}` }));
});

test('article pages carry citation meta tags and NewsArticle JSON-LD', async ({ page }) => {
  await page.goto(ARTICLE);
  await expect(page.locator('meta[name="citation_title"]')).toHaveAttribute('content', 'The Ceasefire in Nagorno-Karabakh: A Hasty Russian Holding Tactic');
  await expect(page.locator('meta[name="citation_author"]')).toHaveAttribute('content', 'Kseniya Kirillova');
  await expect(page.locator('meta[name="citation_publication_date"]')).toHaveAttribute('content', '2020/10/21');
  const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}');
  expect(ld['@type']).toBe('NewsArticle');
  expect(ld.datePublished).toBe('2020-10-21');
  expect(ld.author).toEqual([{ '@type': 'Person', name: 'Kseniya Kirillova' }]);

  // An unsigned article gets no invented author.
  await page.goto('articles/former-soviet-states-eye-opportunities/');
  await expect(page.locator('meta[name="citation_author"]')).toHaveCount(0);
  await expect(page.locator('.byline')).toContainText('unsigned');
  await expect(page.locator('dl.meta')).toContainText('Shaun Walker');
});

test('provenance is shown: date basis, translation chain, rights and the original link', async ({ page }) => {
  await page.goto('articles/cheterian-destabilization-after-ukraine-invasion/');
  // The byline says the date and how it is known; the full provenance opens on demand.
  await expect(page.locator('.byline')).toContainText('9 December 2022');
  await page.getByText('Provenance and rights').click();
  const meta = page.locator('dl.meta');
  await expect(meta).toContainText('stated in the capture');
  await expect(meta.locator('ol.chain li')).toHaveCount(4);
  await expect(meta).toContainText('Vicken Cheterian');
  const original = meta.getByRole('link', { name: /^https:\/\/alencontre\.org\// });
  await expect(original).toHaveAttribute('rel', /noopener/);
  await expect(original).toHaveAttribute('rel', /noreferrer/);
});

for (const path of ['./', 'articles/', ARTICLE, 'articles/cheterian-destabilization-after-ukraine-invasion/', 'about/']) {
  test(`no WCAG 2.2 AA violations and no console errors: /${path.replace('./', '')}`, async ({ page }) => {
    const errors = collectConsoleErrors(page);
    await page.goto(path);
    await expectNoAxeViolationsInBothSchemes(page);
    expect(errors).toEqual([]);
  });
}

test('the 404 page is served for unknown addresses and passes axe', async ({ page }) => {
  const response = await page.goto('no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await expectNoAxeViolations(page);
});

test('the article reads without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(ARTICLE);
  await expect(page.locator('#p1')).toContainText('humanitarian ceasefire');
  await expect(page.locator('a.mention').first()).toBeVisible();
  await context.close();
});
