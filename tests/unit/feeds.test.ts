/**
 * The Atom feeds (src/export/feeds.ts), read back by a real XML parser and checked against
 * RFC 4287 (tests/support/feeds.ts); the sitemap and robots.txt helpers (src/site/sitemap.ts);
 * and the share card (src/export/share-card.ts) as PNG.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { toString as hastToString } from 'hast-util-to-string';
import { loadCorpus } from '../../src/corpus/load.ts';
import type { Corpus } from '../../src/corpus/model.ts';
import { exportContext } from '../../src/export/context.ts';
import { articleEntries, atomFeed, corpusFeeds, eventUpdated, feedId, timelineEntries } from '../../src/export/feeds.ts';
import { paths } from '../../src/shared/paths.ts';
import { lastmodFromHead, pageFile, robotsTxt } from '../../src/site/sitemap.ts';
import { w3cDate } from '../../src/views/share.ts';
import { checkAtom, checkSitemap } from '../support/feeds.ts';

const ctx = exportContext('Test Corpus', 'https://example.org', '/corpus/');
let corpus: Corpus;
beforeAll(() => {
  corpus = loadCorpus({ dir: 'content', base: '/corpus/' });
});

/** What a feed reader shows for a type="html" text: the HTML decoded to text. */
const htmlText = (html: string) => hastToString(fromHtml(html, { fragment: true }));

describe('articles feed', () => {
  it('is valid Atom: ids, titles, dates, links and an author in every entry', () => {
    const { problems, feed } = checkAtom(corpusFeeds(corpus, ctx).articles);
    expect(problems).toEqual([]);
    expect(feed.self).toBe('https://example.org/corpus/feeds/articles.xml');
    expect(feed.alternate).toBe('https://example.org/corpus/articles/');
    expect(feed.entries).toHaveLength(corpus.articles.length);
  });

  it('links each entry to its article and dates it by publication, never by the build', () => {
    const { feed } = checkAtom(corpusFeeds(corpus, ctx).articles);
    for (const a of corpus.articles) {
      const entry = feed.entries.find((e) => e.alternate === ctx.url(paths.article(a.id)));
      expect(entry, a.id).toBeDefined();
      expect(entry!.updated.slice(0, 10)).toBe(a.published.earliest);
      expect(entry!.published!.slice(0, 10)).toBe(a.published.earliest);
    }
    const newest = corpus.articles.map((a) => a.published.earliest).sort().at(-1);
    expect(feed.updated.slice(0, 10)).toBe(newest);
  });

  it('credits bylines with their author pages; an attribution and an unsigned capture say so', () => {
    const { feed } = checkAtom(corpusFeeds(corpus, ctx).articles);
    const byArticle = (id: string) => feed.entries.find((e) => e.alternate === ctx.url(paths.article(id)))!;
    for (const a of corpus.articles) {
      const { authors } = byArticle(a.id);
      if (a.data.authors.length > 0) {
        expect(authors.map((x) => x.name)).toEqual(a.data.authors);
        for (const x of authors) expect(x.uri).toMatch(/^https:\/\/example\.org\/corpus\/authors\/[^/]+\/$/);
      } else if (a.data.attributedAuthor) {
        expect(authors).toEqual([{ name: `${a.data.attributedAuthor.name} (attributed)`, uri: expect.stringContaining('/authors/') }]);
      } else {
        expect(authors).toEqual([{ name: `${a.data.outlet.name} (unsigned)` }]);
      }
    }
  });

  it('keeps entry ids when the site moves to another address', () => {
    const elsewhere = exportContext('Test Corpus', 'https://mirror.example.net', '/');
    const ids = (c: typeof ctx) => checkAtom(corpusFeeds(corpus, c).articles).feed.entries.map((e) => e.id);
    expect(ids(elsewhere)).toEqual(ids(ctx));
    expect(feedId('Test Corpus', 'article', 'x')).not.toBe(feedId('Test Corpus', 'timeline', 'x'));
  });

  it('escapes titles and summaries so that a reader shows them as written', () => {
    const a = corpus.articles[0]!;
    const tricky = { ...a, data: { ...a.data, title: 'Tom & Jerry <b>not bold</b> ]]> end', summary: 'Less < more & “quotes”' } };
    const xml = atomFeed({ name: 'articles', title: 'T', subtitle: 'S', page: '/articles/' }, articleEntries({ articles: [tricky], themeById: corpus.themeById }, 'Test Corpus'), ctx);
    const { problems, feed } = checkAtom(xml);
    expect(problems).toEqual([]);
    expect(htmlText(feed.entries[0]!.title)).toBe('Tom & Jerry <b>not bold</b> ]]> end');
    expect(htmlText(feed.entries[0]!.summary)).toBe('Editors’ summary: Less < more & “quotes”');
  });

  it('holds the newest articles only, up to the limit', () => {
    const entries = articleEntries(corpus, 'Test Corpus', 2);
    const newest = [...corpus.articles].sort((a, b) => b.published.earliest.localeCompare(a.published.earliest)).slice(0, 2);
    expect(entries.map((e) => e.path)).toEqual(newest.map((a) => paths.article(a.id)));
  });
});

describe('timeline feed', () => {
  it('is valid Atom with one entry per timeline entry, credited to the editors', () => {
    const { problems, feed } = checkAtom(corpusFeeds(corpus, ctx).timeline);
    expect(problems).toEqual([]);
    expect(feed.entries).toHaveLength(Math.min(corpus.events.length, 100));
    for (const e of feed.entries) expect(e.authors).toEqual([{ name: 'Test Corpus editors', uri: 'https://example.org/corpus/about/' }]);
  });

  it('dates an entry by the newest article it quotes', () => {
    for (const e of corpus.events) {
      const days = [...e.sources, ...e.claims.flatMap((c) => c.values)].map((s) => corpus.articleById.get(s.article)!.published.earliest);
      expect(eventUpdated(e, corpus.articleById), e.id).toBe(days.sort().at(-1));
    }
    const entries = timelineEntries(corpus, 'Test Corpus');
    const updated = entries.map((e) => e.updated.getTime());
    expect(updated).toEqual([...updated].sort((a, b) => b - a));
  });
});

describe('the feed checker', () => {
  it('reports what RFC 4287 requires and a broken feed lacks', () => {
    const broken = `<?xml version="1.0"?><feed xmlns="${'http://www.w3.org/2005/Atom'}"><title>x</title><updated>2020-01-01</updated>
      <entry><title>e</title><id>relative/id</id><updated>2020-01-01T00:00:00Z</updated></entry></feed>`;
    const { problems } = checkAtom(broken);
    expect(problems).toEqual(expect.arrayContaining([
      'feed: 0 atom:id elements, expected exactly 1',
      'feed: updated "2020-01-01" is not an RFC 3339 date-time',
      'feed: no rel="self" link',
      'entry 1: id "relative/id" is not an absolute IRI',
      'entry 1: no alternate link',
      'entry 1: no author, and the feed has none to inherit',
    ]));
  });
  it('rejects malformed XML', () => {
    expect(() => checkAtom('<feed><entry></feed>')).toThrow();
  });
});

describe('sitemap and robots.txt helpers', () => {
  it.each([
    ['<meta property="article:published_time" content="2020-10-21" />', '2020-10-21'],
    ['<meta property="article:published_time" content="2022-09" />', '2022-09'],
    ['<meta property="article:published_time" content="2021-01-09"><meta property="article:modified_time" content="2024-03-01T10:00:00Z">', '2024-03-01T10:00:00Z'],
    ['<meta property="article:published_time" content="1988~" />', undefined],
    ['<meta property="og:title" content="2020-10-21" />', undefined],
  ])('lastmod of a head with %s', (head, expected) => expect(lastmodFromHead(head)).toBe(expected));

  it('finds the written file of a page under the base path', () => {
    const out = new URL('file:///site/dist/');
    expect(pageFile('https://x.org/corpus/articles/a/', out, '/corpus/')).toBe('/site/dist/articles/a/index.html');
    expect(pageFile('https://x.org/', out, '/')).toBe('/site/dist/index.html');
    expect(pageFile('https://x.org/authors/%D0%B0/', out, '/')).toBe('/site/dist/authors/а/index.html');
  });

  it('names the sitemap in robots.txt only when it has an absolute URL', () => {
    expect(robotsTxt('https://x.org/sitemap-index.xml')).toBe('User-agent: *\nAllow: /\n\nSitemap: https://x.org/sitemap-index.xml\n');
    expect(robotsTxt(undefined)).toBe('User-agent: *\nAllow: /\n');
  });

  it('the sitemap checker reports relative locations and bad dates', () => {
    const xml = `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>/a/</loc><lastmod>yesterday</lastmod></url></urlset>`;
    expect(checkSitemap(xml).problems).toEqual(['url 1: loc "/a/" is not an absolute http(s) URL', 'url 1: lastmod "yesterday" is not a W3C datetime']);
  });
});

describe('share card', () => {
  it('w3cDate keeps plain years, months and days and drops uncertain dates', () => {
    expect(['2020', '2022-09', '2020-10-21', '2021-21', '1988~', '1992/1994', '2020-10-21?'].map(w3cDate)).toEqual(['2020', '2022-09', '2020-10-21', undefined, undefined, undefined, undefined]);
  });
});
