/**
 * Author ids, credits and the author index (src/shared/authors.ts, src/views/authors.ts) on a
 * small literal model, and on the real corpus: the citations credit exactly the people the
 * author pages list, and unsigned articles credit no one.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { articleCredits, authorId } from '../../src/shared/authors.ts';
import { authorsView } from '../../src/views/authors.ts';
import { loadCorpus } from '../../src/corpus/load.ts';
import type { Corpus } from '../../src/corpus/model.ts';
import { articleCsl } from '../../src/export/csl.ts';
import { exportContext } from '../../src/export/context.ts';
import type { ArticleFrontmatter } from '../../src/schemas/article.ts';

type Art = Parameters<typeof authorsView>[0]['articles'][number];

/** A minimal article: only the fields the author index reads. */
function art(id: string, date: string, authors: string[], outlet: string, attributed?: { name: string; evidence: string }): Art {
  const data = { title: `Title of ${id}`, authors, outlet: { name: outlet }, published: { date, basis: 'stated', evidence: '' }, ...(attributed ? { attributedAuthor: attributed } : {}) };
  return { id, data: data as unknown as ArticleFrontmatter, published: { earliest: date.length === 7 ? `${date}-01` : date, latest: date } as Art['published'] };
}

describe('authorId', () => {
  it.each([
    ['Kseniya Kirillova', 'kseniya-kirillova'],
    ['José García', 'jose-garcia'],
    ['Jose  Garcia', 'jose-garcia'],
    ["Sean O'Brien", 'sean-obrien'],
    ['Ксения Кириллова', 'ксения-кириллова'],
  ])('%s → %s', (name, id) => expect(authorId(name)).toBe(id));

  it('gives a name without letters or digits an id of its own, never an empty one', () => {
    expect(authorId('—')).toMatch(/^author-[0-9a-f-]+$/);
    expect(authorId('—')).not.toBe(authorId('…'));
  });
});

describe('articleCredits', () => {
  it('credits the printed bylines, in order', () => {
    expect(articleCredits({ authors: ['A B', 'C D'] }).map((c) => [c.name, c.attributed])).toEqual([['A B', false], ['C D', false]]);
  });
  it('credits an attributed author only when no byline is printed, marked as attributed with the evidence', () => {
    const attributedAuthor = { name: 'Shaun Walker', evidence: 'byline of the original' };
    expect(articleCredits({ authors: [], attributedAuthor })).toEqual([{ id: 'shaun-walker', name: 'Shaun Walker', attributed: true, evidence: 'byline of the original' }]);
    expect(articleCredits({ authors: ['X Y'], attributedAuthor }).map((c) => c.name)).toEqual(['X Y']);
  });
  it('credits no one for an unsigned article', () => {
    expect(articleCredits({ authors: [] })).toEqual([]);
  });
});

describe('authorsView on a small model', () => {
  const articles = [
    art('a3', '2023-05-02', ['Anna Petrova', 'Ivan Sidorov'], 'Outlet B'),
    art('a2', '2021-03', ['Anna Petrova'], 'Outlet A'),
    art('a1', '2020-01-15', ['Anna  Petrova'], 'Outlet A'),
    art('u1', '2022-07-07', [], 'Outlet C'),
    art('t1', '2022-09-14', [], 'Outlet D', { name: 'Zoe Adams', evidence: 'byline of the original' }),
  ];
  const view = authorsView({ articles });

  it('lists each person once, by family name', () => {
    expect(view.authors.map((a) => a.id)).toEqual(['zoe-adams', 'anna-petrova', 'ivan-sidorov']);
  });
  it("gives an author's articles newest first, with outlets by count and the span of dates as printed", () => {
    const anna = view.byId.get('anna-petrova')!;
    expect(anna.articles.map((a) => a.article)).toEqual(['a3', 'a2', 'a1']);
    expect(anna.outlets).toEqual([{ name: 'Outlet A', articles: 2 }, { name: 'Outlet B', articles: 1 }]);
    expect(anna.first).toEqual({ datetime: '2020-01-15', date: '15 January 2020' });
    expect(anna.last).toEqual({ datetime: '2023-05-02', date: '2 May 2023' });
    expect(anna.articles.find((a) => a.article === 'a2')!.date).toBe('March 2021');
  });
  it('names an author by the most used spelling and keeps the others', () => {
    const anna = view.byId.get('anna-petrova')!;
    expect(anna.name).toBe('Anna Petrova');
    expect(anna.otherSpellings).toEqual(['Anna  Petrova']);
  });
  it('marks an attributed author as such, with the evidence', () => {
    const zoe = view.byId.get('zoe-adams')!;
    expect(zoe.attributedOnly).toBe(true);
    expect(zoe.articles).toEqual([expect.objectContaining({ article: 't1', attributed: true, evidence: 'byline of the original' })]);
    expect(view.byId.get('anna-petrova')!.attributedOnly).toBe(false);
  });
  it('gives unsigned articles no author and lists them apart', () => {
    expect(view.unsigned).toEqual(['u1']);
    expect(view.authors.flatMap((a) => a.articles.map((x) => x.article))).not.toContain('u1');
  });
});

describe('authors of the real corpus', () => {
  let corpus: Corpus;
  beforeAll(() => {
    corpus = loadCorpus({ dir: 'content', base: '/' });
  });

  it('credits every byline and attribution to an author page, and no one for an unsigned capture', () => {
    const view = authorsView(corpus);
    for (const a of corpus.articles) {
      const onPages = view.authors.filter((x) => x.articles.some((y) => y.article === a.id)).map((x) => x.name).sort();
      const expected = a.data.authors.length > 0 ? a.data.authors : a.data.attributedAuthor ? [a.data.attributedAuthor.name] : [];
      expect(onPages, a.id).toEqual([...expected].sort());
      if (expected.length === 0) expect(view.unsigned).toContain(a.id);
    }
  });

  it('the citation (CSL) of every article names the same people as its author links', () => {
    const ctx = exportContext('Test', 'https://example.org', '/');
    for (const a of corpus.articles) {
      const csl = (articleCsl(a, ctx).author ?? []).map((n) => n.literal ?? `${n.given} ${n.family}`);
      expect(csl, a.id).toEqual(articleCredits(a.data).map((c) => c.name));
    }
  });
});
