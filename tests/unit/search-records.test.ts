/**
 * The search records (src/views/search-records.ts), built from the real corpus: one per
 * article (its paragraphs as anchored sections), timeline entry, actor and theme; anchors that
 * land on the paragraph and carry its themes and actors; URLs with the base path; filters that
 * match the model; and aliases that make every spelling of an actor find the articles that
 * name it, without touching the text excerpts come from.
 */
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load.ts';
import { aliasMeta, buildSearchRecords, containsPhrase, facetSummary, MAX_ACTOR_SENTENCES, searchLookup, spellings, type SearchRecord } from '../../src/views/search-records.ts';
import { decodeSectionAnchor, SEARCH_FACETS, SEARCH_KINDS } from '../../src/shared/search-facets.ts';
import { recordHtml } from '../../src/views/search-html.ts';

const corpus = loadCorpus();
const records = buildSearchRecords(corpus);
const byUrl = new Map(records.map((r) => [r.url, r]));
const ofKind = (kind: string) => records.filter((r) => r.filters.kind?.[0] === kind);
/** Every spelling a record can be found by: its text and its aliases meta. */
const findable = (r: SearchRecord) => `${r.content}\n${r.meta.title ?? ''}\n${r.meta.aliases ?? ''}`;

describe('search records', () => {
  it('has one record per article, timeline entry, actor and theme, each of one kind', () => {
    expect(ofKind('article')).toHaveLength(corpus.articles.length);
    expect(ofKind('timeline')).toHaveLength(corpus.events.length);
    expect(ofKind('actor')).toHaveLength(corpus.actors.length);
    expect(ofKind('theme')).toHaveLength(corpus.themes.length);
    expect(ofKind('perspective')).toHaveLength(corpus.perspectives.length);
    expect(records).toHaveLength(corpus.articles.length + corpus.events.length + corpus.actors.length + corpus.themes.length + corpus.perspectives.length);
    expect(new Set(records.map((r) => r.url)).size).toBe(records.length);
    for (const r of records) {
      expect(r.filters.kind).toHaveLength(1);
      expect(SEARCH_KINDS).toContain(r.filters.kind![0]);
    }
  });

  it('always sets language "en" (Pagefind crashes without it) and only known facets', () => {
    for (const r of records) {
      expect(r.language).toBe('en');
      for (const f of Object.keys(r.filters)) expect(SEARCH_FACETS as readonly string[]).toContain(f);
      for (const values of Object.values(r.filters)) expect(values!.length).toBeGreaterThan(0);
    }
  });

  it('gives each paragraph an anchor that lands on it, with its exact text and its themes and actors', () => {
    for (const a of corpus.articles) {
      const r = byUrl.get(`/articles/${a.id}/`)!;
      const anchored = (r.sections ?? []).filter((s) => s.anchor);
      const paragraphs = anchored.filter((s) => decodeSectionAnchor(s.anchor!.title)?.kind === 'paragraph');
      expect(paragraphs.map((s) => s.anchor!.id)).toEqual(a.paragraphs.map((p) => p.id));
      a.paragraphs.forEach((p, k) => {
        // Nothing added to the text: excerpts come from it.
        expect(paragraphs[k]!.text).toBe(p.text);
        expect(decodeSectionAnchor(paragraphs[k]!.anchor!.title)).toEqual({ kind: 'paragraph', n: p.n, themes: p.themes.map((t) => t.theme), actors: p.actors });
      });
      // Headings are sections too, where they stand.
      expect(anchored.filter((s) => decodeSectionAnchor(s.anchor!.title)?.kind === 'heading').map((s) => s.anchor!.id)).toEqual(a.headings.map((h) => h.id));
      // The content is the sections' text: title, standfirst, then the body in reading order.
      expect(r.content).toBe(r.sections!.map((s) => s.text).join('\n\n'));
      expect(r.content.startsWith(a.data.title)).toBe(true);
      // A theme of any passage is a theme of the article's record.
      for (const p of a.paragraphs) for (const t of p.themes) expect(r.filters.theme).toContain(t.theme);
      expect(r.filters.year).toEqual([a.published.earliest.slice(0, 4)]);
      expect(r.sort.date).toBe(a.published.sortKey);
    }
  });

  it('writes an article record as HTML whose anchors, meta, filters and sort key Pagefind reads, every value escaped', () => {
    const r: SearchRecord = {
      url: '/articles/x/',
      content: 'A <b> & "title"\n\nText',
      sections: [{ text: 'A <b> & "title"' }, { text: 'Text', anchor: { id: 'p1', title: '¶1|karabakh|russia' } }],
      language: 'en',
      meta: { title: 'A <b> & "title"' },
      filters: { kind: ['article'], theme: ['karabakh'] },
      sort: { date: '2022-01-01' },
    };
    const html = recordHtml(r);
    expect(html).toContain('<div data-pagefind-body><p>A &lt;b&gt; &amp; &quot;title&quot;</p><span id="p1" data-pagefind-title="¶1|karabakh|russia"></span><p>Text</p></div>');
    expect(html).toContain('<span data-pagefind-meta="title">A &lt;b&gt; &amp; &quot;title&quot;</span>');
    expect(html).toContain('<span data-pagefind-filter="theme">karabakh</span>');
    expect(html).toContain('<span data-pagefind-sort="date">2022-01-01</span>');
    expect(html).not.toContain('<b>');
  });

  it('gives articles, timeline entries, actors and themes their page URLs and titles', () => {
    for (const a of corpus.articles) {
      const r = byUrl.get(`/articles/${a.id}/`)!;
      expect(r.meta.title).toBe(a.data.title);
      expect(r.content).toContain(a.paragraphs.at(-1)!.text);
      for (const t of a.data.themes) expect(r.filters.theme).toContain(t);
      expect(r.filters.outlet).toEqual([a.data.outlet.name]);
    }
    for (const e of corpus.events) {
      const r = byUrl.get(`/timeline/${e.id}/`)!;
      expect(r.meta.title).toBe(e.title);
      expect(r.meta.date).toBe(e.display);
      expect(r.content).toContain(e.summary);
      expect(r.sort.date).toBe(e.span.sortKey);
      expect(r.filters.year).toContain(String(e.year));
      for (const id of [...e.actors, ...e.places]) expect(r.filters.actor).toContain(id);
    }
    for (const t of corpus.themes) expect(byUrl.get(`/themes/${t.id}/`)!.meta.title).toBe(t.label);
    for (const a of corpus.actors) expect(byUrl.get(`/actors/${a.id}/`)!.meta.title).toBe(a.name);
  });

  it('files a timeline entry spanning years under every year it covers', () => {
    const war = corpus.events.find((e) => e.date === '1992/1994');
    expect(war, 'an entry dated 1992/1994').toBeDefined();
    expect(byUrl.get(`/timeline/${war!.id}/`)!.filters.year).toEqual(['1992', '1993', '1994']);
  });

  it('puts an actor’s description, every alias and the sentences naming it in its record', () => {
    for (const actor of corpus.actors) {
      const r = byUrl.get(`/actors/${actor.id}/`)!;
      expect(r.content).toContain(actor.description);
      for (const s of spellings(actor)) expect(findable(r)).toContain(s);
      const sentences = new Set((corpus.mentionsByActor.get(actor.id) ?? []).map((m) => m.sentence));
      const expected = [...sentences].slice(0, MAX_ACTOR_SENTENCES);
      for (const s of expected) expect(r.content).toContain(s);
    }
  });

  it('makes every spelling of every actor an article names findable in that article', () => {
    let throughAlias = 0;
    for (const r of ofKind('article'))
      for (const id of r.filters.actor ?? []) {
        for (const s of spellings(corpus.actorById.get(id)!)) {
          expect(containsPhrase(r.content, s) || (r.meta.aliases ?? '').includes(s), `${r.url}: ${s}`).toBe(true);
          if (!containsPhrase(r.content, s)) throughAlias++;
        }
      }
    expect(throughAlias).toBeGreaterThan(0);
  });

  it('finds the named examples: Artsakh, Qarabagh, Samachablo, Transdniestria and Lavrov', () => {
    // An article that says "Qarabagh" but never "Artsakh" is findable as Artsakh, and the reverse.
    const qarabagh = ofKind('article').filter((r) => /\bQarabagh\b/.test(r.content) && !/\bArtsakh\b/.test(r.content));
    expect(qarabagh.length).toBeGreaterThan(0);
    for (const r of qarabagh) {
      expect(r.meta.aliases).toContain('Artsakh');
      expect(r.meta.aliases).not.toMatch(/\bQarabagh\b/);
    }
    const artsakh = ofKind('article').filter((r) => /\bArtsakh\b/.test(r.content) && !/\bQarabagh\b/.test(r.content));
    expect(artsakh.length).toBeGreaterThan(0);
    for (const r of artsakh) expect(r.meta.aliases).toContain('Qarabagh');
    // South Ossetia under its Georgian name, and the others under theirs.
    for (const [actor, spelling] of [['south-ossetia', /Samachablo/], ['transdniestria', /Transdniestria/], ['sergey-lavrov', /\bLavrov\b/]] as const) {
      const naming = ofKind('article').filter((r) => r.filters.actor?.includes(actor));
      expect(naming.length, actor).toBeGreaterThan(0);
      for (const r of naming) expect(findable(r)).toMatch(spelling);
    }
  });

  it('prefixes every URL with the base path when there is one', () => {
    const based = buildSearchRecords(loadCorpus({ base: '/corpus/' }));
    expect(based).toHaveLength(records.length);
    for (const r of based) expect(r.url).toMatch(/^\/corpus\/(articles|timeline|perspectives|actors|themes)\//);
    const a = corpus.articles[0]!;
    expect(based.map((r) => r.url)).toContain(`/corpus/articles/${a.id}/`);
  });
});

describe('aliasMeta and containsPhrase', () => {
  const actorById = new Map([
    ['nk', { id: 'nk', name: 'Nagorno-Karabakh', kind: 'region' as const, aliases: ['Karabakh', 'Artsakh'], description: 'x', affiliations: [] }],
    ['so', { id: 'so', name: 'South Ossetia', kind: 'region' as const, aliases: ['Samachablo'], description: 'x', affiliations: [] }],
  ]);
  it.each([
    ['the war in Karabakh', ['nk'], 'Nagorno-Karabakh, Artsakh'],
    ['Nagorno-Karabakh, also Artsakh, or Karabakh', ['nk'], ''],
    ['Samachablo and Karabakh', ['so', 'nk'], 'South Ossetia · Nagorno-Karabakh, Artsakh'],
    ['nothing here', ['unknown'], ''],
  ])('%j naming %j → %j', (text, ids, expected) => {
    expect(aliasMeta(text, ids, actorById)).toBe(expected);
  });
  it.each([
    ['Nagorno-Karabakh war', 'Karabakh', true],
    ['the "Artsakh" separatists', 'Artsakh', true],
    ['Karabakhi people', 'Karabakh', false],
    ['Lavrov-Kalantarov said', 'Lavrov', true],
    ['the US and the EU', 'US', true],
    ['the Russian  Federation', 'Russian Federation', true],
  ])('containsPhrase(%j, %j) is %s', (text, phrase, expected) => {
    expect(containsPhrase(text, phrase)).toBe(expected);
  });
});

describe('searchLookup', () => {
  it('names every theme and actor the results and facets show; an article result carries its own title, outlet and byline', () => {
    const lookup = searchLookup(corpus);
    const a = corpus.articles[0]!;
    const r = byUrl.get(`/articles/${a.id}/`)!;
    expect(r.meta.title).toBe(a.data.title);
    expect(r.meta.outlet).toBe(a.data.outlet.name);
    const attributed = corpus.articles.find((x) => x.data.attributedAuthor)!;
    expect(byUrl.get(`/articles/${attributed.id}/`)!.meta.authors).toBe(`${attributed.data.attributedAuthor!.name} (attributed)`);
    expect(lookup.themes.karabakh).toBe(corpus.themeById.get('karabakh')!.label);
    expect(lookup.actors['nagorno-karabakh']!.spellings).toEqual(expect.arrayContaining(['Qarabagh', 'Artsakh']));
  });
});

describe('author facet', () => {
  it('articles carry their bylines, an attributed author as such, unsigned ones none', () => {
    const kinds = new Set(['article']);
    for (const a of corpus.articles) {
      const expected = a.data.authors.length > 0 ? a.data.authors : a.data.attributedAuthor ? [a.data.attributedAuthor.name] : undefined;
      const own = records.filter((r) => kinds.has(r.filters.kind![0]!) && r.url.includes(`/articles/${a.id}/`));
      expect(own).toHaveLength(1);
      for (const r of own) expect(r.filters.author, r.url).toEqual(expected);
    }
    // The real corpus has all three cases.
    expect(corpus.articles.some((a) => a.data.authors.length === 0 && !a.data.attributedAuthor)).toBe(true);
    expect(corpus.articles.some((a) => a.data.attributedAuthor)).toBe(true);
    // Other kinds have no author.
    for (const r of records) if (!kinds.has(r.filters.kind![0]!)) expect(r.filters.author).toBeUndefined();
  });

  it('the facet summary lists every author with their record count', () => {
    const lookup = searchLookup(corpus, facetSummary(records));
    const authors = new Map(lookup.facets.author);
    for (const a of corpus.articles.filter((x) => x.data.authors.length > 0)) expect(authors.get(a.data.authors[0]!)).toBe(corpus.articles.filter((x) => x.data.authors.includes(a.data.authors[0]!)).length);
  });
});
