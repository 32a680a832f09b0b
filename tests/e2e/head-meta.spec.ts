/**
 * What every page type says in its head for sharing and following (issue 16): Open Graph and
 * Twitter meta on every page; og:url, og:image and the Atom feed links only when the build knows
 * its public address (SITE_URL), and then absolute and reachable; never a localhost address.
 * The build with SITE_URL is checked file by file in tests/unit/site-url-build.test.ts.
 */
import { test, expect, type Page } from '@playwright/test';
import { loadCorpus } from '../../src/corpus/load.ts';
import { authorsView } from '../../src/views/authors.ts';

const corpus = loadCorpus();
const withOrigin = Boolean(process.env.SITE_URL);
// `npm test` builds for a local origin on purpose (SITE_URL=http://localhost:4321): then localhost is the
// address it was told, not a fallback. Any other SITE_URL must leave no local address in the head.
const localOrigin = /localhost|127\.0\.0\.1/.test(process.env.SITE_URL ?? '');
const article = corpus.articles[0]!;
const author = authorsView(corpus).authors[0]!;
const PAGE_TYPES: [string, string][] = [
  ['home', ''],
  ['articles', 'articles/'],
  ['article', `articles/${article.id}/`],
  ['themes', 'themes/'],
  ['theme', `themes/${corpus.themes[0]!.id}/`],
  ['actors', 'actors/'],
  ['actor', `actors/${corpus.actors[0]!.id}/`],
  ['places', 'places/'],
  ['timeline', 'timeline/'],
  ['timeline entry', `timeline/${corpus.events[0]!.id}/`],
  ['authors', 'authors/'],
  ['author', `authors/${author.id}/`],
  ['search', 'search/'],
  ['data', 'data/'],
  ['about', 'about/'],
];

const metaContent = (page: Page, key: string) =>
  page.locator(`head meta[property="${key}"], head meta[name="${key}"]`).evaluateAll((els) => els.map((e) => e.getAttribute('content') ?? ''));

for (const [type, path] of PAGE_TYPES) {
  test(`${type} page: Open Graph and Twitter meta; feed links and absolute URLs only with SITE_URL`, async ({ page, request }) => {
    await page.goto(path);
    const title = (await page.title()).split(' · ')[0]!;
    expect(await metaContent(page, 'og:title')).toEqual([title]);
    expect(await metaContent(page, 'twitter:title')).toEqual([title]);
    const [description] = await metaContent(page, 'description');
    expect(await metaContent(page, 'og:description')).toEqual([description]);
    expect(await metaContent(page, 'twitter:description')).toEqual([description]);
    expect(await metaContent(page, 'og:type')).toEqual([type === 'article' ? 'article' : 'website']);
    const feeds = page.locator('head link[rel="alternate"][type="application/atom+xml"]');
    const social = await page.locator('head meta[property^="og:"], head meta[name^="twitter:"]').evaluateAll((els) => els.map((e) => e.outerHTML).join('\n'));
    if (!localOrigin) expect(social).not.toMatch(/localhost|127\.0\.0\.1/);
    if (withOrigin) {
      const origin = new URL(process.env.SITE_URL!).origin;
      const [url] = await metaContent(page, 'og:url');
      expect(new URL(url!).origin).toBe(origin);
      const [image] = await metaContent(page, 'og:image');
      expect(new URL(image!).origin).toBe(origin);
      // The image is served by this build: fetch it from the test server by its path.
      const res = await request.get(new URL(image!).pathname);
      expect(res.headers()['content-type']).toContain('image/jpeg');
      expect(await metaContent(page, 'og:image:type')).toEqual(['image/jpeg']);
      expect(await metaContent(page, 'twitter:card')).toEqual(['summary_large_image']);
      await expect(feeds).toHaveCount(2);
      for (const href of await feeds.evaluateAll((els) => els.map((e) => e.getAttribute('href')!))) {
        expect((await request.get(href)).status(), href).toBe(200);
      }
    } else {
      expect(await metaContent(page, 'og:url')).toEqual([]);
      expect(await metaContent(page, 'og:image')).toEqual([]);
      expect(await metaContent(page, 'twitter:card')).toEqual(['summary']);
      await expect(feeds).toHaveCount(0);
    }
  });
}

test('robots.txt allows crawling and names the sitemap only with SITE_URL; feeds are listed on /data/', async ({ page, request }) => {
  const robots = await (await request.get('robots.txt')).text();
  expect(robots).toContain('User-agent: *');
  if (withOrigin) expect(robots).toMatch(/^Sitemap: https?:\/\/\S+\/sitemap-index\.xml$/m);
  else expect(robots).not.toContain('Sitemap:');
  if (!localOrigin) expect(robots).not.toMatch(/localhost|127\.0\.0\.1/);

  await page.goto('data/');
  const section = page.locator('section', { has: page.getByRole('heading', { name: 'Feeds' }) });
  if (withOrigin) {
    await expect(section.locator('a[type="application/atom+xml"]')).toHaveCount(2);
  } else {
    await expect(section).toContainText('SITE_URL');
    expect((await request.get('feeds/articles.xml')).status()).toBe(404);
  }
});
