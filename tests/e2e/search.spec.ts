/**
 * Search (/search/) in a real browser against the built site and its Pagefind index: a theme
 * query with a theme filter, actor aliases, a quoted phrase, a filter combination whose counts
 * change, the URL round trip, keyboard-only use down to a passage's paragraph, the header
 * search box, the page without JavaScript, a table of queries that must each bring a given
 * article into the top three results, highlighting on the opened page, WCAG 2.2 AA with
 * results shown, no console error and no request to another origin.
 */
import { test, expect, type Page } from '@playwright/test';
import { collectConsoleErrors, expectNoAxeViolations } from './helpers.ts';
import { loadCorpus } from '../../src/corpus/load.ts';
import { spellings } from '../../src/views/search-records.ts';

const corpus = loadCorpus();
const article = (id: string) => corpus.articleById.get(id)!;

/** Every test: no console error, nothing fetched from another origin. */
let errors: string[] = [];
let foreign: string[] = [];
test.beforeEach(async ({ page, baseURL }) => {
  errors = collectConsoleErrors(page);
  foreign = [];
  const origin = new URL(baseURL!).origin;
  page.on('request', (r) => {
    if (!r.url().startsWith(origin) && !r.url().startsWith('data:') && !r.url().startsWith('blob:')) foreign.push(r.url());
  });
});
test.afterEach(() => {
  expect(errors, 'console errors').toEqual([]);
  expect(foreign, 'requests to another origin').toEqual([]);
});

/** Waits until the search for the URL's current state has been rendered. */
async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const app = document.getElementById('search-app');
    return !!app && !app.hidden && !app.hasAttribute('aria-busy') && app.dataset.done === (location.search || '?');
  });
}

async function open(page: Page, query: string): Promise<void> {
  await page.goto(`search/${query}`);
  await settled(page);
}

const results = (page: Page) => page.locator('#search-results a.result');
const hrefs = async (page: Page, n?: number) => {
  const all = await results(page).evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).getAttribute('href')!));
  return n === undefined ? all : all.slice(0, n);
};
/** The article a result link belongs to (an article or one of its passages), if any. */
const articleOf = (href: string) => /\/articles\/([^/?#]+)\//.exec(href)?.[1];
/** The number in the live status line ("12 results for …"). */
const statusCount = async (page: Page) => Number((await page.locator('#search-status').textContent())!.match(/^([\d,]+) result/)![1]!.replace(/,/g, ''));
const facetBox = (page: Page, facet: string, value: string) => page.locator(`fieldset[data-facet="${facet}"] input[value="${value}"]`);
const facetCount = async (page: Page, facet: string, value: string) =>
  Number((await page.locator(`fieldset[data-facet="${facet}"] li`, { has: page.locator(`input[value="${value}"]`) }).locator('.count').textContent())!.replace(/[^\d]/g, ''));

/** Facet counts load on demand: the first use of the filters asks for them. */
async function loadCounts(page: Page): Promise<void> {
  await page.locator('#search-filters summary').hover();
  await settled(page);
  await expect(page.locator('fieldset[data-facet="kind"] .count').first()).toBeVisible();
}

async function showAll(page: Page): Promise<void> {
  const more = page.locator('#search-more');
  while (await more.isVisible()) {
    const before = await results(page).count();
    await more.click();
    await expect(results(page)).not.toHaveCount(before);
  }
}

test('a theme query: "peacekeepers" narrowed to the theme lists each article once, with its tagged passages that use the word', async ({ page }) => {
  // `kind=passage` is the form of links shared before passages were listed under their articles.
  await open(page, '?q=peacekeepers&theme=peacekeepers&kind=passage');
  await expect(page.locator('#search-q')).toHaveValue('peacekeepers');
  await expect(facetBox(page, 'theme', 'peacekeepers')).toBeChecked();
  await expect(facetBox(page, 'kind', 'article')).toBeChecked();
  const n = await statusCount(page);
  await showAll(page);
  const articles = page.locator('#search-results a.result:not(.passage)');
  await expect(articles).toHaveCount(n);
  const expected = corpus.passagesByTheme.get('peacekeepers')!.filter((p) => /peacekeep/i.test(p.text));
  const byArticle = Map.groupBy(expected, (p) => p.article);
  // Every article with a tagged passage that uses the word is found, and no other.
  expect(new Set((await articles.evaluateAll((as) => as.map((a) => a.getAttribute('href')!))).map(articleOf))).toEqual(new Set(byArticle.keys()));
  // Under each, its tagged passages that use the word (at most three), each landing on its paragraph.
  const tagged = new Set(corpus.passagesByTheme.get('peacekeepers')!.map((p) => `${p.article}#${p.id}`));
  const passageLinks = await page.locator('#search-results a.result.passage').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  for (const href of passageLinks) {
    const m = /\/articles\/([^/]+)\/\?[^#]*#(p\d+)$/.exec(href);
    expect(m, href).not.toBeNull();
    expect(tagged.has(`${m![1]}#${m![2]}`), `${href} is tagged peacekeepers`).toBe(true);
    expect(article(m![1]!).paragraphs.find((x) => x.id === m![2])!.text, href).toMatch(/peace-?keep/i);
  }
  for (const [id, ps] of byArticle) expect(passageLinks.filter((h) => articleOf(h) === id), id).toHaveLength(Math.min(3, ps.length));
  // The first passage's words are marked in its excerpt.
  await expect(page.locator('#search-results a.result.passage').first().locator('mark').first()).toHaveText(/peacekeep/i);
});

const ALIASES: { q: string; actor: string; articles: string[] }[] = [
  { q: 'Qarabagh', actor: 'nagorno-karabakh', articles: ['dubnov-post-soviet-space-2-0', 'kirillova-karabakh-ceasefire-holding-tactic', 'zakhariadze-kremlin-blackmails-azerbaijan'] },
  { q: 'Artsakh', actor: 'nagorno-karabakh', articles: ['zakhariadze-kremlin-blackmails-azerbaijan', 'dubnov-post-soviet-space-2-0', 'kirillova-karabakh-ceasefire-holding-tactic'] },
  { q: 'Samachablo', actor: 'south-ossetia', articles: ['zakhariadze-kremlin-blackmails-azerbaijan', 'dubnov-post-soviet-space-2-0'] },
  { q: 'Transdniestria', actor: 'transdniestria', articles: ['dubnov-post-soviet-space-2-0'] },
  { q: 'Lavrov', actor: 'sergey-lavrov', articles: ['zakhariadze-kremlin-blackmails-azerbaijan'] },
];

for (const { q, actor, articles } of ALIASES) {
  test(`an alias finds its actor's content under every spelling: ${q}`, async ({ page }) => {
    // The articles expected are those that name the actor, under whatever spelling.
    const naming = new Set((corpus.mentionsByActor.get(actor) ?? []).map((m) => m.article));
    for (const id of articles) expect(naming.has(id), `${id} names ${actor}`).toBe(true);

    await open(page, `?q=${encodeURIComponent(q)}`);
    expect(await statusCount(page)).toBeGreaterThan(0);
    await showAll(page);
    const found = new Set((await hrefs(page)).map(articleOf).filter(Boolean));
    for (const id of articles) expect(found.has(id), `"${q}" finds ${id}`).toBe(true);
    // The actor's own page is among the results.
    expect((await hrefs(page)).some((h) => h.endsWith(`/actors/${actor}/`) || h.includes(`/actors/${actor}/?`))).toBe(true);
    // A passage found through another spelling says so.
    const literal = new RegExp(`\\b${q}`, 'i');
    const other = corpus.articles.some((a) => a.paragraphs.some((p) => p.actors.includes(actor) && !literal.test(p.text)));
    if (other) await expect(page.locator('#search-results .r-alias').first()).toContainText(corpus.actorById.get(actor)!.name);
  });
}

test('a phrase query: "post-Soviet space 2.0" in quotes matches the phrase only', async ({ page }) => {
  await open(page, `?q=${encodeURIComponent('"post-Soviet space 2.0"')}`);
  const phrase = await statusCount(page);
  expect(phrase).toBeGreaterThan(0);
  expect((await hrefs(page, 3)).map(articleOf)).toContain('dubnov-post-soviet-space-2-0');
  await showAll(page);
  // Every passage found holds the phrase.
  for (const href of await hrefs(page)) {
    const m = /\/articles\/([^/]+)\/\?[^#]*#(p\d+)$/.exec(href);
    if (!m) continue;
    const text = article(m[1]!).paragraphs.find((p) => p.id === m[2])!.text;
    expect(text, href).toMatch(/post-Soviet space 2\.0/i);
  }
  // Without the quotes the words may stand apart: more results.
  await page.locator('#search-q').fill('post-Soviet space 2.0');
  await settled(page);
  expect(await statusCount(page)).toBeGreaterThan(phrase);
});

test('a filter combination: theme + outlet, and the counts change', async ({ page }) => {
  await open(page, '?q=Russia');
  // Before the filters are used, values are listed without counts (their data is not loaded yet).
  await expect(page.locator('fieldset[data-facet="theme"] li').first()).toBeVisible();
  await expect(page.locator('fieldset[data-facet="theme"] .count')).toHaveCount(0);
  await expect(page.locator('#facet-counts-note')).toBeVisible();
  await loadCounts(page);
  await expect(page.locator('#facet-counts-note')).toBeHidden();
  const all = await statusCount(page);
  const karabakh = await facetCount(page, 'theme', 'karabakh');
  const kavkazBefore = await facetCount(page, 'outlet', 'Kavkaz Plus');
  expect(karabakh).toBeLessThan(all);

  await facetBox(page, 'theme', 'karabakh').check();
  await settled(page);
  await expect(page).toHaveURL(/[?&]theme=karabakh(&|$)/);
  expect(await statusCount(page)).toBe(karabakh);
  const kavkaz = await facetCount(page, 'outlet', 'Kavkaz Plus');
  expect(kavkaz).toBeLessThan(kavkazBefore);

  await facetBox(page, 'outlet', 'Kavkaz Plus').check();
  await settled(page);
  await expect(page).toHaveURL(/theme=karabakh&outlet=Kavkaz\+Plus/);
  expect(await statusCount(page)).toBe(kavkaz);
  await expect(page.locator('#search-status')).toContainText('outlet: Kavkaz Plus');
  // OR within a facet: the theme counts are those without the theme filter, within the outlet.
  const peace = await facetCount(page, 'theme', 'peacekeepers');
  expect(peace).toBeGreaterThan(0);
  await facetBox(page, 'theme', 'peacekeepers').check();
  await settled(page);
  const either = await statusCount(page);
  expect(either).toBeGreaterThanOrEqual(Math.max(kavkaz, peace));
  expect(either).toBeLessThanOrEqual(kavkaz + peace);
  // AND across facets: every result is from Kavkaz Plus.
  await showAll(page);
  for (const meta of await page.locator('#search-results a.result[data-kind="passage"] .r-meta').allTextContents()) expect(meta).toContain('Kavkaz Plus');
});

test('URL round trip: a shared search is restored, and changes are written back', async ({ page }) => {
  await open(page, '?q=peacekeepers&theme=karabakh&sort=newest');
  await expect(page.locator('#search-q')).toHaveValue('peacekeepers');
  await expect(page.locator('#header-q')).toHaveValue('peacekeepers');
  await expect(facetBox(page, 'theme', 'karabakh')).toBeChecked();
  await expect(page.locator('#search-sort')).toHaveValue('newest');
  expect(await results(page).count()).toBeGreaterThan(0);
  // Sorted by date: dated results only.
  for (const kind of await results(page).evaluateAll((as) => as.map((a) => (a as HTMLElement).dataset.kind))) expect(['article', 'passage', 'timeline']).toContain(kind);

  await facetBox(page, 'theme', 'karabakh').uncheck();
  await settled(page);
  await expect(page).toHaveURL(/\/search\/\?q=peacekeepers&sort=newest$/);
  await page.locator('#search-sort').selectOption('relevance');
  await settled(page);
  await expect(page).toHaveURL(/\/search\/\?q=peacekeepers$/);
  await page.locator('#search-q').fill('Samarkand');
  await settled(page);
  await expect(page).toHaveURL(/\/search\/\?q=Samarkand$/);
  // The written URL restores the same results.
  const first = await hrefs(page, 5);
  await page.reload();
  await settled(page);
  expect(await hrefs(page, 5)).toEqual(first);
});

test('newest first puts the latest article’s passages first and the oldest last', async ({ page }) => {
  await open(page, '?q=Karabakh&kind=passage&sort=newest');
  await showAll(page);
  const naming = corpus.articles.filter((a) => a.paragraphs.some((p) => /Karabakh/i.test(p.text)));
  const order = (await hrefs(page)).map(articleOf);
  expect(order[0]).toBe(naming[0]!.id); // corpus.articles is newest first
  expect(order.at(-1)).toBe(naming.at(-1)!.id);
});

test('keyboard only: type, arrow to a passage, Enter lands on its paragraph with the terms marked', async ({ page }) => {
  await page.goto('search/');
  await settled(page);
  for (let i = 0; i < 30; i++) {
    if (await page.evaluate(() => document.activeElement?.id === 'search-q')) break;
    await page.keyboard.press('Tab');
  }
  await expect(page.locator('#search-q')).toBeFocused();
  await page.keyboard.type('Felgengauer');
  await settled(page);
  const input = page.locator('#search-q');
  await expect(input).toHaveAttribute('aria-expanded', 'true');

  await page.keyboard.press('ArrowDown');
  await expect(input).toHaveAttribute('aria-activedescendant', 'search-result-0');
  await expect(page.locator('#search-result-0')).toHaveAttribute('aria-selected', 'true');
  // The active result is visibly outlined.
  expect(await page.locator('#search-result-0').evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('solid');
  let kind = await page.locator('[aria-selected="true"]').getAttribute('data-kind');
  for (let i = 0; kind !== 'passage' && i < 10; i++) {
    await page.keyboard.press('ArrowDown');
    kind = await page.locator('#search-results [aria-selected="true"]').getAttribute('data-kind');
  }
  expect(kind).toBe('passage');
  const href = (await page.locator('#search-results [aria-selected="true"]').getAttribute('href'))!;
  const [, id, para] = /\/articles\/([^/]+)\/\?[^#]*#(p\d+)$/.exec(href)!;
  expect(article(id!).paragraphs.find((p) => p.id === para)!.text).toContain('Felgengauer');

  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/articles/${id}/\\?highlight=Felgengauer#${para}$`));
  const paragraph = page.locator(`#${para}`);
  await expect(paragraph).toBeInViewport();
  expect(await paragraph.evaluate((el) => el.matches(':target'))).toBe(true);
  await expect(paragraph.locator('mark.search-hit')).toHaveText(['Felgengauer']);
});

test('Escape clears the search; ArrowUp from the first result returns to the input', async ({ page }) => {
  await open(page, '?q=Tokayev');
  const input = page.locator('#search-q');
  await input.focus();
  await page.keyboard.press('ArrowDown');
  await expect(input).toHaveAttribute('aria-activedescendant', 'search-result-0');
  await page.keyboard.press('ArrowUp');
  await expect(input).not.toHaveAttribute('aria-activedescendant', /./);
  await page.keyboard.press('Escape');
  await settled(page);
  await expect(input).toHaveValue('');
  await expect(page).toHaveURL(/\/search\/$/);
  await expect(page.locator('#search-empty')).toBeVisible();
  await expect(page.locator('#search-empty a[href$="?theme=karabakh"]')).toBeVisible();
});

test('the header search box submits to /search/?q=… and runs the search', async ({ page }) => {
  await page.goto('articles/');
  await page.locator('#header-q').fill('Khankendi');
  await page.locator('#header-q').press('Enter');
  await expect(page).toHaveURL(/\/search\/\?q=Khankendi$/);
  await settled(page);
  await expect(page.locator('#search-q')).toHaveValue('Khankendi');
  await expect(page.locator('#search-status')).toHaveText(/^\d+ results? for “Khankendi”/);
  expect((await hrefs(page, 3)).map(articleOf)).toContain('zakhariadze-kremlin-blackmails-azerbaijan');
});

test('no results: the page says so and offers to drop the filters', async ({ page }) => {
  await open(page, '?q=Karabakh&outlet=The+Guardian&kind=timeline&year=1988');
  await expect(page.locator('#search-status')).toHaveText(/^No results for “Karabakh”/);
  await expect(page.locator('#search-none')).toBeVisible();
  await page.locator('#search-none-clear').click();
  await settled(page);
  await expect(page).toHaveURL(/\/search\/\?q=Karabakh$/);
  expect(await statusCount(page)).toBeGreaterThan(0);
  await expectNoAxeViolations(page);
});

test('without JavaScript the page says search needs it and links to themes and actors', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL: baseURL! });
  const page = await context.newPage();
  await page.goto('search/?q=Karabakh');
  await expect(page.locator('#search-nojs')).toBeVisible();
  await expect(page.locator('#search-nojs')).toContainText('Search needs JavaScript');
  await expect(page.locator('#search-app')).toBeHidden();
  for (const path of ['themes/', 'actors/']) {
    const link = page.locator(`#search-nojs a[href$="/${path}"]`);
    await expect(link).toBeVisible();
    await link.click();
    await expect(page).toHaveURL(new RegExp(`/${path}$`));
    await page.goBack();
  }
  await context.close();
});

/**
 * Queries and the article each must bring into the top three results (the article itself or
 * one of its passages), whatever the kind of the results around it. Names and places unique
 * to one article, aliases, a phrase and a two-word topic.
 */
const TABLE: [string, string][] = [
  ['Dubnov', 'dubnov-post-soviet-space-2-0'],
  ['Felgengauer', 'kirillova-karabakh-ceasefire-holding-tactic'],
  ['Samarkand', 'former-soviet-states-eye-opportunities'],
  ['Fergana', 'cheterian-destabilization-after-ukraine-invasion'],
  ['Khankendi', 'zakhariadze-kremlin-blackmails-azerbaijan'],
  ['Qarabagh', 'dubnov-post-soviet-space-2-0'],
  ['Artsakh', 'zakhariadze-kremlin-blackmails-azerbaijan'],
  ['Samachablo', 'zakhariadze-kremlin-blackmails-azerbaijan'],
  ['Transdniestria', 'dubnov-post-soviet-space-2-0'],
  ['Lavrov', 'zakhariadze-kremlin-blackmails-azerbaijan'],
  ['"post-Soviet space 2.0"', 'dubnov-post-soviet-space-2-0'],
  ['Lukashenko', 'kirillova-karabakh-ceasefire-holding-tactic'],
  ['Tokayev', 'former-soviet-states-eye-opportunities'],
  ['Otunbayeva', 'kirillova-karabakh-ceasefire-holding-tactic'],
  ['Yeltsin', 'cheterian-destabilization-after-ukraine-invasion'],
  ['Tskhinvali', 'zakhariadze-kremlin-blackmails-azerbaijan'],
  ['Broers', 'former-soviet-states-eye-opportunities'],
  ['Chatham House', 'former-soviet-states-eye-opportunities'],
  ['Red Square', 'cheterian-destabilization-after-ukraine-invasion'],
  ['Ilkham Aliyev', 'kirillova-karabakh-ceasefire-holding-tactic'],
  ['holding tactic', 'kirillova-karabakh-ceasefire-holding-tactic'],
  ['Peskov', 'kirillova-karabakh-ceasefire-holding-tactic'],
];

test.describe('query table: the article must be in the top 3', () => {
  for (const [q, id] of TABLE) {
    test(`${q} → ${id}`, async ({ page }) => {
      // The table is honest: the article does contain the words, or a spelling of an actor they name.
      const words = q.replace(/"/g, '').toLowerCase();
      const body = `${article(id).data.title}\n${article(id).bodyText}`.toLowerCase();
      const viaAlias = corpus.actors.some((a) => spellings(a).some((s) => s.toLowerCase() === words) && spellings(a).some((s) => body.includes(s.toLowerCase())));
      expect(body.includes(words) || viaAlias, `${id} has "${q}"`).toBe(true);

      await open(page, `?q=${encodeURIComponent(q)}`);
      const top = await hrefs(page, 3);
      expect(top.map(articleOf), `top 3 for ${q}: ${top.join(', ')}`).toContain(id);
    });
  }
});

test('the opened page marks the search terms, and a plain visit marks nothing', async ({ page }) => {
  await open(page, '?q=Samarkand&kind=article');
  const first = results(page).first();
  await expect(first).toHaveAttribute('href', /\/articles\/former-soviet-states-eye-opportunities\/\?highlight=Samarkand$/);
  await first.click();
  await expect(page).toHaveURL(/\/articles\/former-soviet-states-eye-opportunities\/\?highlight=Samarkand$/);
  const marks = page.locator('main mark.search-hit');
  await expect(page.locator('main .para mark.search-hit').first()).toBeVisible();
  // Every occurrence in the body is marked (the page may name it elsewhere too), and only it.
  const inBody = article('former-soviet-states-eye-opportunities').bodyText.match(/\bSamarkand\b/g)!.length;
  const inText = await page.locator('main .para mark.search-hit').evaluateAll((ms) => ms.filter((m) => !m.closest('.para-meta')).length);
  expect(inText).toBe(inBody);
  for (const t of await marks.allTextContents()) expect(t).toBe('Samarkand');
  await page.goto('articles/former-soviet-states-eye-opportunities/');
  await expect(page.locator('mark.search-hit')).toHaveCount(0);
});

test('a match through another spelling highlights the spelling the page uses', async ({ page }) => {
  await open(page, '?q=Artsakh&kind=article');
  await showAll(page);
  const viaAlias = page.locator('#search-results a.result.passage', { has: page.locator('.r-alias') }).first();
  const href = (await viaAlias.getAttribute('href'))!;
  const [, id, para] = /\/articles\/([^/]+)\/\?[^#]*#(p\d+)$/.exec(href)!;
  const text = article(id!).paragraphs.find((p) => p.id === para)!.text;
  expect(text).not.toMatch(/Artsakh/);
  await viaAlias.click();
  const marks = await page.locator(`#${para} mark.search-hit`).allTextContents();
  expect(marks.length).toBeGreaterThan(0);
  for (const m of marks) expect(spellings(corpus.actorById.get('nagorno-karabakh')!)).toContain(m);
});

for (const scheme of ['light', 'dark'] as const) {
  test(`axe finds no WCAG 2.2 AA violation on /search/ with results shown (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await open(page, '?q=Artsakh&theme=karabakh');
    expect(await results(page).count()).toBeGreaterThan(0);
    await page.locator('#search-q').focus();
    await page.keyboard.press('ArrowDown');
    await expectNoAxeViolations(page);
    await open(page, '');
    await expect(page.locator('#search-empty')).toBeVisible();
    await expectNoAxeViolations(page);
  });
}
