/**
 * Issue #8 in the built site: the downloads of /data/ are served, parse and agree with the
 * corpus; "Cite this" gives the same reference in every form; the pictures are accessible
 * SVG whose links all resolve; axe finds nothing on /data/ and /places/, light and dark.
 *
 * Run against a build in ASTRO_OUT_DIR (e.g. .dist-data) served on E2E_PORT (e.g. 4335).
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { test, expect, type APIRequestContext, type Page } from '@playwright/test';
import { parse as parseCsv } from 'csv-parse/sync';
import { loadCorpus } from '../../src/corpus/load.ts';
import { basePath } from '../../src/shared/paths.ts';
import { collectConsoleErrors, expectNoAxeViolations } from './helpers.ts';

const corpus = loadCorpus({ base: basePath() });
const outDir = path.resolve(process.env.ASTRO_OUT_DIR ?? 'dist');
const ids = <T extends { id: string }>(items: readonly T[]) => items.map((i) => i.id).sort((a, b) => a.localeCompare(b));

/** Every link of the page under `scope`, resolved against the page URL. */
async function hrefs(page: Page, selector: string): Promise<string[]> {
  return page.locator(selector).evaluateAll((els) => els.map((el) => new URL(el.getAttribute('href')!, document.baseURI).href));
}

async function get(request: APIRequestContext, url: string): Promise<string> {
  const res = await request.get(url);
  expect(res.status(), url).toBe(200);
  return res.text();
}

test.describe('/data/', () => {
  test('links every download, and each is served, parses and agrees with the corpus', async ({ page, request }) => {
    const errors = collectConsoleErrors(page);
    await page.goto('data/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Data');
    const links = await hrefs(page, 'main table a[href*="/data/"]');
    const byName = new Map(links.map((u) => [u.split('/').at(-1)!, u]));
    for (const name of ['corpus.json', 'events.csv', 'actors.csv', 'articles.bib', 'articles.csl.json', 'events.json', 'article.schema.json', 'themes.schema.json', 'actors.schema.json', 'events.schema.json'])
      expect(byName.has(name), `link to ${name}`).toBe(true);

    const data = JSON.parse(await get(request, byName.get('corpus.json')!));
    expect(data.articles.map((a: { id: string }) => a.id)).toEqual(ids(corpus.articles));
    expect(data.actors.map((a: { id: string }) => a.id)).toEqual(ids(corpus.actors));
    expect(data.themes.map((t: { id: string }) => t.id)).toEqual(ids(corpus.themes));
    expect(data.events.map((e: { id: string }) => e.id)).toEqual(corpus.events.map((e) => e.id));
    expect(data.mentions).toHaveLength(corpus.articles.reduce((n, a) => n + a.mentions.length, 0));

    const events = parseCsv(await get(request, byName.get('events.csv')!), { columns: true }) as Record<string, string>[];
    expect(events.map((r) => r.id)).toEqual(corpus.events.map((e) => e.id));
    const actors = parseCsv(await get(request, byName.get('actors.csv')!), { columns: true }) as Record<string, string>[];
    expect(actors.map((r) => r.id)).toEqual(ids(corpus.actors));

    const bib = await get(request, byName.get('articles.bib')!);
    expect([...bib.matchAll(/^@article\{([^,]+),$/gm)].map((m) => m[1])).toEqual(ids(corpus.articles));
    const csl = JSON.parse(await get(request, byName.get('articles.csl.json')!)) as { id: string; title: string }[];
    expect(csl.map((i) => i.id)).toEqual(ids(corpus.articles));
    for (const item of csl) expect(item.title).toBe(corpus.articleById.get(item.id)!.data.title);

    for (const name of ['article', 'themes', 'actors', 'events']) {
      const schema = JSON.parse(await get(request, byName.get(`${name}.schema.json`)!));
      expect(schema.$schema).toMatch(/json-schema\.org/);
      expect(schema.$id).toMatch(new RegExp(`/data/schema/${name}\\.schema\\.json$`));
    }
    expect(errors).toEqual([]);
  });

  test('states each file’s true size', async ({ page, request }) => {
    await page.goto('data/');
    const rows = await page.locator('main td[data-bytes]').evaluateAll((tds) =>
      tds.map((td) => ({ bytes: Number(td.getAttribute('data-bytes')), href: new URL(td.closest('tr')!.querySelector('a')!.getAttribute('href')!, document.baseURI).href })),
    );
    expect(rows.length).toBeGreaterThanOrEqual(10);
    for (const r of rows) expect((await (await request.get(r.href)).body()).length, r.href).toBe(r.bytes);
  });

  for (const scheme of ['light', 'dark'] as const)
    test(`has no axe violations (${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto('data/');
      await expectNoAxeViolations(page);
    });
});

test.describe('/places/', () => {
  test('every map marker and outlined state links to an existing actor page, and the table lists them all', async ({ page, request }) => {
    const errors = collectConsoleErrors(page);
    await page.goto('places/');
    const maps = page.locator('svg.map');
    await expect(maps).toHaveCount(2);
    const markerLinks = await hrefs(page, 'svg.map a');
    expect(markerLinks.length).toBeGreaterThan(20);
    const tableLinks = new Set(await hrefs(page, 'table.places-table a'));
    for (const url of new Set(markerLinks)) {
      const id = /\/actors\/([^/]+)\/$/.exec(url)?.[1];
      expect(id && corpus.actorById.has(id), url).toBe(true);
      expect(tableLinks.has(url), `${url} in the table`).toBe(true);
      expect((await request.get(url)).status(), url).toBe(200);
    }
    // Each located place, region and entity of the corpus is on the page as a marker or in the off-map rows.
    const located = corpus.actors.filter((a) => a.coordinates && ['place', 'region', 'unrecognised-entity'].includes(a.kind));
    const onPage = new Set([...markerLinks, ...tableLinks].map((u) => /\/actors\/([^/]+)\/$/.exec(u)?.[1]));
    for (const a of located) expect(onPage.has(a.id), a.id).toBe(true);
    expect(errors).toEqual([]);
  });

  test('the maps are named, described, keyboard-reachable, and use no inline style', async ({ page }) => {
    await page.goto('places/');
    for (const svg of await page.locator('svg.map').all()) {
      await expect(svg).toHaveAttribute('role', 'group');
      await expect(svg).toHaveAccessibleName(/\S/);
      await expect(svg).toHaveAccessibleDescription(/Natural Earth/);
    }
    await expect(page.locator('svg [style], svg[style]')).toHaveCount(0);
    const first = page.locator('svg.map a').first();
    await first.focus();
    await expect(first).toBeFocused();
    await expect(first).toHaveAccessibleName(/\((place|region|unrecognised entity|state)\)$/);
  });

  for (const scheme of ['light', 'dark'] as const)
    test(`has no axe violations (${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto('places/');
      await expectNoAxeViolations(page);
    });
});

test('the theme × article matrix links each cell to the article’s group on the theme page', async ({ page, request }) => {
  await page.goto('themes/');
  const matrix = page.locator('svg.matrix-svg');
  await expect(matrix).toHaveAccessibleName('Passages per theme in each article');
  const cells = await matrix.locator('a').evaluateAll((as) =>
    as.map((a) => ({ href: new URL(a.getAttribute('href')!, document.baseURI).href, count: Number(a.getAttribute('data-count')), theme: a.getAttribute('data-theme')!, article: a.getAttribute('data-article')! })),
  );
  expect(cells.length).toBeGreaterThan(0);
  const pages = new Map<string, string>();
  for (const c of cells) {
    const [url, fragment] = c.href.split('#');
    if (!pages.has(url!)) pages.set(url!, await get(request, url!));
    expect(pages.get(url!)!, c.href).toContain(`id="${fragment}"`);
    const passages = (corpus.passagesByTheme.get(c.theme) ?? []).filter((p) => p.article === c.article).length;
    expect(c.count, `${c.theme} × ${c.article}`).toBe(passages);
  }
  // Every non-empty pair has its cell.
  const nonEmpty = corpus.themes.flatMap((t) => [...new Set((corpus.passagesByTheme.get(t.id) ?? []).map((p) => p.article))].map((a) => `${t.id}|${a}`));
  expect(cells.map((c) => `${c.theme}|${c.article}`).sort()).toEqual(nonEmpty.sort());
});

test.describe('Cite this', () => {
  test('an article gives its permalink, an APA reference, BibTeX and CSL-JSON that agree', async ({ page }) => {
    const article = corpus.articles.find((a) => a.data.authors.length > 0)!;
    await page.goto(`articles/${article.id}/`);
    const cite = page.locator('section.cite-this');
    await expect(cite.getByRole('heading', { name: 'Cite this article' })).toBeVisible();
    const permalink = await cite.locator('.permalink a').getAttribute('href');
    expect(permalink).toMatch(new RegExp(`/articles/${article.id}/$`));
    // citeproc sets straight quotes curly; compare the words.
    const unquote = (s: string) => s.replace(/[‘’'“”"]/g, '');
    const reference = unquote((await cite.locator('.reference').textContent())!);
    expect(reference).toContain(unquote(article.data.title));
    expect(reference.startsWith(`${article.data.authors[0]!.split(' ').at(-1)!},`)).toBe(true);
    await cite.getByText('BibTeX').click();
    await expect(cite.locator('pre').first()).toContainText(`@article{${article.id},`);
    await cite.getByText('CSL-JSON').click();
    const csl = JSON.parse((await cite.locator('pre').nth(1).textContent())!);
    expect(csl[0].id).toBe(article.id);
    expect(csl[0].title).toBe(article.data.title);
  });

  test('a timeline entry gives its own permalink and cites its sources', async ({ page }) => {
    const event = corpus.events.find((e) => e.sources.length > 1) ?? corpus.events[0]!;
    await page.goto(`timeline/${event.id}/`);
    const cite = page.locator('section.cite-this');
    await expect(cite.getByRole('heading', { name: 'Cite this timeline entry' })).toBeVisible();
    // The entry page shows its permalink once, above, with the copy button; Cite this does not repeat it.
    await expect(page.locator('[data-copy-text]')).toHaveText(new RegExp(`/timeline/${event.id}/$`));
    await expect(cite.locator('.permalink')).toHaveCount(0);
    const csl0 = JSON.parse((await cite.locator('pre').nth(1).textContent())!);
    expect(csl0[0].URL).toMatch(new RegExp(`/timeline/${event.id}/$`));
    await expect(cite.locator('.reference')).toContainText(event.title);
    const csl = JSON.parse((await cite.locator('pre').nth(1).textContent())!);
    for (const s of event.sources) expect(csl[0].note).toContain(`¶${s.paragraph.slice(1)}`);
  });
});

test('every SVG on every built page is hidden from assistive technology or has an accessible name', async ({ page }) => {
  test.setTimeout(120_000);
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory() && e.name !== 'pagefind' && e.name !== '_astro') walk(p);
      else if (e.name.endsWith('.html')) files.push(p);
    }
  };
  walk(outDir);
  const withSvg = files.filter((f) => readFileSync(f, 'utf8').includes('<svg'));
  expect(withSvg.length).toBeGreaterThan(0);
  await page.route('**/*', (route) => route.abort());
  let named = 0;
  for (const file of withSvg) {
    await page.setContent(readFileSync(file, 'utf8'), { waitUntil: 'domcontentloaded' });
    const svgs = page.locator('svg:not([aria-hidden="true"]):not([aria-hidden="true"] svg)');
    for (const svg of await svgs.all()) {
      const where = `${path.relative(outDir, file)}: ${await svg.evaluate((el) => el.outerHTML.slice(0, 120))}`;
      expect(['img', 'group', 'graphics-document'], where).toContain(await svg.getAttribute('role'));
      await expect(svg, where).toHaveAccessibleName(/\S/, { timeout: 1000 });
      named++;
    }
  }
  expect(named).toBeGreaterThanOrEqual(3);
});

// The pages others own that carry this components (Cite this, the matrix), in both schemes.
for (const [what, pagePath] of [
  ['an article with Cite this', `articles/${corpus.articles[0]!.id}/`],
  ['a timeline entry with Cite this', `timeline/${corpus.events[0]!.id}/`],
  ['the themes page with the matrix', 'themes/'],
] as const)
  for (const scheme of ['light', 'dark'] as const)
    test(`${what} has no axe violations (${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(pagePath);
      await page.locator('section.cite-this details, figure.theme-matrix details').evaluateAll((ds) => ds.forEach((d) => d.setAttribute('open', '')));
      await expectNoAxeViolations(page);
    });
