/**
 * The views layer (src/views/index.ts) on a small model: the good-corpus fixture (two articles),
 * built once. Every page's data comes from here, so these tests say what the pages will show.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { loadCorpus } from '../../src/corpus/load.ts';
import { buildViews, type Views } from '../../src/views/index.ts';
import { buildSearchRecords, facetSummary } from '../../src/views/search-records.ts';
import type { Corpus } from '../../src/corpus/model.ts';

const GOOD = fileURLToPath(new URL('../fixtures/good-corpus/', import.meta.url));
let corpus: Corpus;
let views: Views;

beforeAll(() => {
  corpus = loadCorpus({ dir: GOOD, base: '/' });
  views = buildViews(corpus);
});

describe('buildViews on a small model', () => {
  it('derives the views once per model', () => {
    expect(buildViews(corpus)).toBe(views);
  });

  it('gives every article a page, newest first, with its neighbours and the entries citing it', () => {
    expect(views.articlePages.map((p) => p.article.id)).toEqual(corpus.articles.map((a) => a.id));
    const [first, second] = views.articlePages;
    expect(first!.newer).toBeUndefined();
    expect(first!.older?.id).toBe(second?.article.id);
    for (const p of views.articlePages) {
      const citing = corpus.events.filter((e) => e.sources.some((s) => s.article === p.article.id)).map((e) => e.id).sort();
      expect(p.citedBy.map((e) => e.id).sort()).toEqual(citing);
    }
    expect(views.articleList.flat()).toEqual(corpus.articles);
  });

  it('gives every theme a page whose groups hold exactly its passages, each on the page it says', () => {
    expect(views.themes.pages.map((p) => p.theme.id)).toEqual(corpus.themes.map((t) => t.id));
    for (const page of views.themes.pages) {
      const passages = corpus.passagesByTheme.get(page.theme.id)!;
      expect(page.groups.flatMap((g) => g.items)).toHaveLength(passages.length);
      expect(page.passages).toBe(passages.length);
      page.pages.forEach((groups, i) => groups.forEach((g) => expect(page.pageOf.get(g.article)).toBe(i + 1)));
      for (const e of page.events) expect(e.themes).toContain(page.theme.id);
    }
  });

  it('gives every actor a page with its mentions as marked sentences, and its entries', () => {
    for (const page of views.actors.pages) {
      const mentions = corpus.mentionsByActor.get(page.actor.id)!;
      expect(page.mentions).toBe(mentions.length);
      const shown = page.pages.flat().flatMap((g) => g.items.flatMap((s) => s.mentions));
      expect(shown).toHaveLength(mentions.length);
      for (const s of page.pages.flat().flatMap((g) => g.items))
        expect(s.segments.filter((x) => x.mark).map((x) => x.text)).toEqual(s.mentions.map((m) => m.text));
      for (const e of page.events) expect([...e.actors, ...e.places]).toContain(page.actor.id);
    }
    expect(views.actors.byKind.flatMap((g) => g.actors)).toHaveLength(corpus.actors.length);
  });

  it('lays out the timeline in pages and links each entry to its place', () => {
    expect(views.timeline.pages.flatMap((p) => p.events)).toEqual(corpus.events);
    for (const e of corpus.events) expect(views.timeline.entryPath(e.id)).toBe(`/timeline/#${e.id}`);
    expect(views.eventPages.map((p) => p.event)).toEqual(corpus.events);
    for (const p of views.eventPages) expect(p.related.map((r) => r.id)).not.toContain(p.event.id);
  });

  it('names ids through the lookup, falling back to the id', () => {
    const t = corpus.themes[0]!;
    expect(views.lookup.themeLabel(t.id)).toBe(t.label);
    expect(views.lookup.themeLabel('no-such-theme')).toBe('no-such-theme');
    expect(views.lookup.articleTitle(corpus.articles[0]!.id)).toBe(corpus.articles[0]!.data.title);
  });

  it("counts the search facets over the records the index gets, or takes the build's summary of them", () => {
    expect(views.search.lookup.facets).toEqual(facetSummary(buildSearchRecords(corpus)));
    expect(views.search.lookup.facets.kind?.length).toBeGreaterThan(1);
    // A build summarised them when it wrote the records: the views take that, not records built again.
    const handed = { kind: [['article', 1]] as [string, number][] };
    const other = loadCorpus({ dir: GOOD, base: '/' });
    expect(buildViews(other, { searchFacets: handed }).search.lookup.facets).toBe(handed);
  });
});
