/**
 * A build with its public address (SITE_URL) and a base path writes what needs an absolute
 * origin: a sitemap of every page with each article's publication date as lastmod, a robots.txt
 * that names it, valid Atom feeds whose links all lead to written pages, and og:url / og:image
 * (a PNG that exists) on every page. Nothing names localhost. Slow: one full site build.
 * (The build without SITE_URL, which leaves these out, is checked by tests/e2e/head-meta.spec.ts.)
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import type { Element, Root } from 'hast';
import { loadCorpus } from '../../src/corpus/load.ts';
import { ROOT, runBuild } from '../support/site-build.ts';
import { listTree } from '../support/bad-corpora.ts';
import { checkAtom, checkSitemap, sitemapIndexLocs } from '../support/feeds.ts';

const ORIGIN = 'https://corpus.example.org';
const BASE = '/corpus/';
const SITE = `${ORIGIN}${BASE}`;
// Inside the project (ignored by git): the prerender chunks resolve packages from where they are written.
const work = path.join(ROOT, '.dist-site-url-test');
const dist = path.join(work, 'dist');

/** The written file for an absolute URL of the site. */
const fileOf = (url: string) => {
  const rel = decodeURIComponent(new URL(url).pathname).slice(BASE.length);
  return path.join(dist, rel === '' || rel.endsWith('/') ? `${rel}index.html` : rel);
};
const read = (rel: string) => readFileSync(path.join(dist, rel), 'utf8');

/** A page's <meta> contents by property or name, and its <link> elements. */
function head(html: string) {
  const tree: Root = fromHtml(html);
  const metas: Element[] = [];
  const links: Element[] = [];
  visit(tree, 'element', (el: Element) => {
    if (el.tagName === 'meta') metas.push(el);
    if (el.tagName === 'link') links.push(el);
  });
  return {
    meta: (key: string) => metas.filter((m) => m.properties.property === key || m.properties.name === key).map((m) => String(m.properties.content)),
    feeds: links.filter((l) => String(l.properties.rel) === 'alternate' && l.properties.type === 'application/atom+xml').map((l) => String(l.properties.href)),
  };
}

let pages: string[];
beforeAll(async () => {
  rmSync(work, { recursive: true, force: true });
  // Vitest puts Vite's BASE_URL ("/") in the environment; Astro's pages read import.meta.env.BASE_URL
  // from the environment at build time, so the child build would drop the base path from every link.
  delete process.env.BASE_URL;
  const { code, stderr } = await runBuild(dist, path.join(work, 'cache'), { SITE_URL: ORIGIN, BASE_PATH: BASE, CORPUS_DIR: 'content' });
  expect(code, stderr).toBe(0);
  pages = listTree(dist).filter((f) => f.endsWith('index.html'));
}, 600_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('with SITE_URL', () => {
  it('lists every page in a valid sitemap, with lastmod from the articles’ publication dates only', () => {
    const robots = read('robots.txt');
    expect(robots).toContain(`Sitemap: ${SITE}sitemap-index.xml`);
    const sitemaps = sitemapIndexLocs(read('sitemap-index.xml'));
    expect(sitemaps.length).toBeGreaterThan(0);
    const urls = sitemaps.flatMap((loc) => {
      const { problems, urls } = checkSitemap(readFileSync(fileOf(loc), 'utf8'));
      expect(problems, loc).toEqual([]);
      return urls;
    });
    const expected = pages.map((f) => `${SITE}${f.replace(/index\.html$/, '')}`).sort();
    expect(urls.map((u) => u.loc).sort()).toEqual(expected);

    const corpus = loadCorpus({ dir: 'content', base: BASE });
    const lastmods = new Map(urls.map((u) => [u.loc, u.lastmod]));
    for (const a of corpus.articles) expect(lastmods.get(`${SITE}articles/${a.id}/`)?.slice(0, 10), a.id).toBe(a.data.published.date);
    const dated = urls.filter((u) => u.lastmod).map((u) => u.loc);
    expect(dated.sort()).toEqual(corpus.articles.map((a) => `${SITE}articles/${a.id}/`).sort());
  });

  it('writes valid Atom feeds whose every link leads to a written page', () => {
    for (const name of ['articles', 'timeline']) {
      const { problems, feed } = checkAtom(read(`feeds/${name}.xml`));
      expect(problems, name).toEqual([]);
      expect(feed.self).toBe(`${SITE}feeds/${name}.xml`);
      expect(feed.entries.length).toBeGreaterThan(0);
      const links = [feed.alternate, ...feed.entries.flatMap((e) => [e.alternate, ...e.authors.flatMap((a) => a.uri ?? [])])];
      for (const link of links) {
        expect(link.startsWith(SITE), link).toBe(true);
        expect(existsSync(fileOf(link)), link).toBe(true);
      }
    }
  });

  it('gives every page og:url, an og:image JPEG that exists, and links to both feeds', () => {
    const checkedImages = new Set<string>();
    for (const page of pages) {
      const { meta, feeds } = head(read(page));
      const url = `${SITE}${page.replace(/index\.html$/, '')}`;
      if (page !== '404.html') expect(meta('og:url'), page).toEqual([url]);
      const [image] = meta('og:image');
      expect(image, page).toMatch(new RegExp(`^${SITE}share/[^/]+\\.jpg$`));
      if (!checkedImages.has(image!)) {
        expect([...readFileSync(fileOf(image!)).subarray(0, 3)], image).toEqual([0xff, 0xd8, 0xff]);
        checkedImages.add(image!);
      }
      expect(meta('og:image:type'), page).toEqual(['image/jpeg']);
      expect(meta('twitter:card'), page).toEqual(['summary_large_image']);
      expect(feeds, page).toEqual([`${BASE}feeds/articles.xml`, `${BASE}feeds/timeline.xml`]);
    }
  });

  it('gives each article its own share image', () => {
    const corpus = loadCorpus({ dir: 'content', base: BASE });
    for (const a of corpus.articles) {
      const { meta } = head(read(`articles/${a.id}/index.html`));
      expect(meta('og:image'), a.id).toEqual([`${SITE}share/${a.id}.jpg`]);
      expect(meta('og:type'), a.id).toEqual(['article']);
      expect(meta('article:published_time'), a.id).toEqual([a.data.published.date]);
    }
  });

  it('names localhost nowhere in the sitemap, robots.txt, feeds or share meta', () => {
    const machineFiles = listTree(dist).filter((f) => /^(sitemap-.*\.xml|robots\.txt|feeds\/.*\.xml)$/.test(f));
    for (const f of machineFiles) expect(read(f), f).not.toMatch(/localhost|127\.0\.0\.1/);
    for (const page of pages) {
      const top = read(page).split('</head>')[0]!;
      const social = top.match(/<meta (property="og:|name="twitter:)[^>]*>/g) ?? [];
      expect(social.join('\n'), page).not.toMatch(/localhost|127\.0\.0\.1/);
    }
  });
});
