/** The sources table of /about/ (src/views/about.ts) and the articles an author page lists (src/views/authors.ts): both stay one size. */
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load.ts';
import { aboutSources } from '../../src/views/about.ts';

const corpus = loadCorpus();

describe('aboutSources', () => {
  it('lists every article while the corpus fits the limit', () => {
    const s = aboutSources(corpus, corpus.articles.length);
    expect(s).toEqual({ by: 'article', articles: corpus.articles });
  });

  it('beyond it, one row per outlet that adds up to the corpus, most articles first, with the span and the originals known', () => {
    const s = aboutSources(corpus, corpus.articles.length - 1);
    if (s.by !== 'outlet') throw new Error('expected rows by outlet');
    expect(s.articles).toBe(corpus.articles.length);
    expect(s.outlets.reduce((n, o) => n + o.articles, 0)).toBe(corpus.articles.length);
    expect(new Set(s.outlets.map((o) => o.outlet))).toEqual(new Set(corpus.articles.map((a) => a.data.outlet.name)));
    for (let k = 1; k < s.outlets.length; k++) expect(s.outlets[k - 1]!.articles).toBeGreaterThanOrEqual(s.outlets[k]!.articles);
    for (const o of s.outlets) {
      const own = corpus.articles.filter((a) => a.data.outlet.name === o.outlet);
      expect(o.first <= o.last).toBe(true);
      expect(own.map((a) => a.published.earliest)).toContain(o.first);
      expect(o.originals).toBe(own.filter((a) => a.data.originalUrl).length);
    }
  });
});

describe('authorPageArticles', () => {
  it('lists the newest up to the limit and counts the rest', async () => {
    const { authorPageArticles } = await import('../../src/views/authors.ts');
    expect(authorPageArticles([1, 2, 3], 5)).toEqual({ shown: [1, 2, 3], more: 0 });
    expect(authorPageArticles([1, 2, 3, 4, 5, 6], 4)).toEqual({ shown: [1, 2, 3, 4], more: 2 });
  });
});
