/**
 * Theme and actor pages (issue #3) in a real browser: from the theme index to a passage's
 * paragraph in its article, the theme × article table's links, an alias-heavy actor page with
 * mentions from several articles, the actor index, and WCAG 2.2 AA (light and dark) with no
 * console errors. Expected numbers come from the corpus model, not from the pages.
 */
import { test, expect } from '@playwright/test';
import { collectConsoleErrors, expectNoAxeViolationsInBothSchemes } from './helpers.ts';
import { loadCorpus } from '../../src/corpus/load.ts';
import { actorsByKind, KIND_LABELS, spellingCounts } from '../../src/views/stats.ts';

const corpus = loadCorpus();

test('theme index → theme page → a passage’s ¶ link lands on that paragraph', async ({ page }) => {
  const errors = collectConsoleErrors(page);
  await page.goto('themes/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Themes');
  const list = page.locator('.theme-list > li');
  await expect(list).toHaveCount(corpus.themes.length);
  const karabakh = corpus.themeById.get('karabakh')!;
  const passages = corpus.passagesByTheme.get('karabakh')!;
  await expect(list.filter({ hasText: karabakh.label })).toContainText(`${passages.length} passages`);

  await page.locator('.theme-list').getByRole('link', { name: karabakh.label, exact: true }).click();
  await expect(page).toHaveURL(/\/themes\/karabakh\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(karabakh.label);
  await expect(page.locator('li.passage')).toHaveCount(passages.length);

  // A passage from the middle of the list, so the jump has to scroll.
  const target = passages[Math.floor(passages.length / 2)]!;
  const item = page.locator(`li.passage[data-paragraph="${target.article}#${target.id}"]`);
  await expect(item.locator('blockquote')).toContainText(target.text.replace(/\s+/g, ' ').slice(0, 60));
  await expect(item.locator('mark').first()).toBeVisible();
  await item.locator('a.para-link').click();
  await expect(page).toHaveURL(new RegExp(`/articles/${target.article}/#${target.id}$`));
  const paragraph = page.locator(`#${target.id}`);
  await expect(paragraph).toBeInViewport();
  expect(await paragraph.evaluate((el) => el.matches(':target'))).toBe(true);
  await expect(paragraph).toContainText(target.text.replace(/\s+/g, ' ').slice(0, 60));
  expect(errors).toEqual([]);
});

test('each passage says why it is tagged; the tagging rules list the theme’s terms and actors', async ({ page }) => {
  await page.goto('themes/karabakh/');
  const theme = corpus.themeById.get('karabakh')!;
  const rules = page.locator('section', { has: page.getByRole('heading', { name: 'How passages are tagged' }) });
  await expect(rules.locator('.terms li')).toHaveCount(theme.terms.length);
  for (const a of theme.actors) await expect(rules.locator(`a[href$="/actors/${a}/"]`)).toHaveCount(1);
  const whys = await page.locator('li.passage .why').allTextContents();
  expect(whys.length).toBeGreaterThan(0);
  for (const why of whys) expect(why.replace(/\s+/g, ' ')).toMatch(/ · Tagged by (the terms? \S|an? mentions? of \S)/);
});

test('the theme × article table links each count to that article’s passages on the theme page', async ({ page }) => {
  await page.goto('themes/');
  const table = page.getByRole('table', { name: /Passages tagged with each theme, by article/ });
  await expect(table.locator('tbody tr')).toHaveCount(corpus.articles.length);
  await expect(table.locator('thead th[scope="col"]')).toHaveCount(corpus.themes.length + 1);
  await expect(table.locator('tbody th[scope="row"]')).toHaveCount(corpus.articles.length);

  // The busiest cell of the table.
  const [theme, article, n] = corpus.themes
    .flatMap((t) => corpus.articles.map((a) => [t.id, a.id, corpus.passagesByTheme.get(t.id)!.filter((p) => p.article === a.id).length] as const))
    .reduce((best, c) => (c[2] > best[2] ? c : best));
  const cell = table.locator(`a[href$="/themes/${theme}/#article-${article}"]`);
  await expect(cell).toHaveText(String(n));
  await cell.click();
  await expect(page).toHaveURL(new RegExp(`/themes/${theme}/#article-${article}$`));
  const group = page.locator(`#article-${article}`);
  await expect(group.getByRole('heading', { level: 3 })).toBeInViewport();
  await expect(group.locator('li.passage')).toHaveCount(n);
});

test('every theme page’s articles table links each article to the page and anchor of its passages', async ({ page }) => {
  for (const theme of corpus.themes) {
    const passages = corpus.passagesByTheme.get(theme.id)!;
    await page.goto(`themes/${theme.id}/`);
    const table = page.locator('section', { has: page.getByRole('heading', { level: 2, name: 'Articles' }) }).locator('table');
    const links = await table.locator('td.num a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    const articles = [...new Set(passages.map((p) => p.article))];
    expect(links, theme.id).toHaveLength(articles.length);
    for (const link of links) {
      const url = new URL(link);
      const article = url.hash.replace(/^#article-/, '');
      expect(articles, `${theme.id}: ${link}`).toContain(article);
      // Five articles fit on the first page: today's links stay on the theme page itself.
      expect(url.pathname, link).toMatch(new RegExp(`/themes/${theme.id}/$`));
      await page.goto(link);
      const group = page.locator(`#article-${article}`);
      await expect(group.getByRole('heading', { level: 3 })).toBeInViewport();
      await expect(group.locator('li.passage')).toHaveCount(passages.filter((p) => p.article === article).length);
    }
    // Everything fits on one page, so no pager.
    await expect(page.locator('nav.pager')).toHaveCount(0);
  }
});

test('an alias-heavy actor page shows every spelling and mentions from several articles', async ({ page }) => {
  const errors = collectConsoleErrors(page);
  const actor = corpus.actorById.get('nagorno-karabakh')!;
  const mentions = corpus.mentionsByActor.get(actor.id)!;
  const articles = [...new Set(mentions.map((m) => m.article))];
  expect(articles.length).toBeGreaterThanOrEqual(3);

  await page.goto('actors/nagorno-karabakh/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(actor.name);

  const spellings = page.getByRole('table', { name: /How the articles spell/ });
  for (const s of spellingCounts(actor, mentions)) {
    await expect(spellings.getByRole('row', { name: new RegExp(`^${s.spelling}\\b`) })).toContainText(String(s.count));
  }

  const mentionsSection = page.locator('section', { has: page.getByRole('heading', { level: 2, name: 'Mentions' }) });
  await expect(mentionsSection.locator('section.article-group')).toHaveCount(articles.length);
  const marked = await mentionsSection.locator('mark').allTextContents();
  expect(marked).toHaveLength(mentions.length);
  for (const spelling of ['Qarabagh', 'Artsakh', 'Karabakh', 'Nagorno-Karabakh']) expect(marked).toContain(spelling);

  // A mention's ¶ link opens the paragraph, which links back to this actor.
  const m = mentions.find((x) => x.text === 'Artsakh')!;
  await mentionsSection.locator(`li[data-paragraph="${m.article}#${m.paragraph}"] a.para-link`).first().click();
  await expect(page).toHaveURL(new RegExp(`/articles/${m.article}/#${m.paragraph}$`));
  const paragraph = page.locator(`#${m.paragraph}`);
  await expect(paragraph).toBeInViewport();
  await expect(paragraph.locator('a.mention[data-actor="nagorno-karabakh"]')).toHaveCount(1);
  expect(errors).toEqual([]);
});

test('the actor page lists co-mentioned actors and its timeline slice', async ({ page }) => {
  await page.goto('actors/nagorno-karabakh/');
  const alongside = page.getByRole('table', { name: /named in the same paragraph/ });
  await expect(alongside.locator('tbody tr').first()).toBeVisible();
  const slice = corpus.events.filter((e) => e.actors.includes('nagorno-karabakh') || e.places.includes('nagorno-karabakh'));
  const timeline = page.locator('section', { has: page.getByRole('heading', { level: 2, name: 'On the timeline' }) });
  await expect(timeline.locator('li')).toHaveCount(slice.length);
  await expect(timeline.locator('a').first()).toHaveAttribute('href', new RegExp(`/timeline/${slice[0]!.id}/$`));
});

test('the actor index groups every actor by kind, with mention counts', async ({ page }) => {
  await page.goto('actors/');
  const groups = actorsByKind(corpus.actors, corpus.mentionsByActor);
  for (const g of groups) {
    const heading = page.getByRole('heading', { level: 2, name: new RegExp(`^${KIND_LABELS[g.kind][1]}`) });
    await expect(heading).toContainText(`(${g.actors.length})`);
  }
  await expect(page.locator('tr[data-actor]')).toHaveCount(corpus.actors.length);
  for (const id of ['russia', 'nagorno-karabakh', 'marlene-laruelle']) {
    await expect(page.locator(`tr[data-actor="${id}"] td.num`).first()).toHaveText(String(corpus.mentionsByActor.get(id)!.length));
  }
  await page.getByRole('link', { name: 'Nagorno-Karabakh', exact: true }).click();
  await expect(page).toHaveURL(/\/actors\/nagorno-karabakh\/$/);
});

for (const path of ['themes/', 'themes/karabakh/', 'actors/', 'actors/nagorno-karabakh/', 'actors/russia/']) {
  test(`no WCAG 2.2 AA violations and no console errors: /${path}`, async ({ page }) => {
    // Two full axe passes over long pages (every passage, every mention): allow more than the default 30 s.
    test.slow();
    const errors = collectConsoleErrors(page);
    await page.goto(path);
    await expectNoAxeViolationsInBothSchemes(page);
    expect(errors).toEqual([]);
  });
}

test('theme and actor pages read without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('themes/csto/');
  await expect(page.locator('li.passage')).toHaveCount(corpus.passagesByTheme.get('csto')!.length);
  await page.goto('actors/csto/');
  await expect(page.locator('mark').first()).toBeVisible();
  await context.close();
});
