/**
 * The forgiving search against a fake Pagefind: corrections from the vocabulary (loaded only
 * when a word is missing), partial matches ranked by words matched, literal before alias
 * matches, and the plain-words explanation; the actor a query names; the vocabulary build.
 */
import { describe, expect, it } from 'vitest';
import { forgivingSearch, correctedQuery, searchedWords } from '../../src/client/search-forgive.ts';
import { actorNamedBy, explain } from '../../src/client/search-explain.ts';
import type { Pagefind, PagefindFragment, PagefindResult } from '../../src/client/search-pagefind.ts';
import { vocabularyWords } from '../../src/shared/search-spelling.ts';
import { buildVocabulary } from '../../src/views/search-vocabulary.ts';
import type { SearchRecord } from '../../src/views/search-records.ts';

/** A fake index: documents by id with text and aliases; AND over words, prefix matching, like Pagefind. */
function fakePagefind(docs: Record<string, { text: string; aliases?: string }>): Pagefind {
  const words = (s: string) => s.toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
  const result = (id: string, q: string[]): PagefindResult | undefined => {
    const doc = docs[id]!;
    const tw = words(doc.text);
    const aw = words(doc.aliases ?? '');
    const locs: number[] = [];
    let meta = false;
    for (const w of q) {
      const at = tw.flatMap((t, k) => (t.startsWith(w) ? [k] : []));
      if (at.length > 0) locs.push(...at);
      else if (aw.some((a) => a.startsWith(w))) meta = true;
      else return undefined;
    }
    const fragment: PagefindFragment = { url: `/${id}/`, content: doc.text, word_count: tw.length, excerpt: '', meta: doc.aliases ? { aliases: doc.aliases } : {}, filters: {}, locations: locs, weighted_locations: [] };
    return { id, score: locs.length + (meta ? 0.5 : 0), words: locs, ...(meta ? { matchedMetaFields: ['aliases'] } : {}), data: async () => fragment };
  };
  return {
    options: async () => {},
    init: async () => {},
    filters: async () => ({}),
    debouncedSearch: async () => null,
    search: async (term) => {
      const q = words((term ?? '').replace(/"/g, ''));
      const results = Object.keys(docs).flatMap((id) => result(id, q) ?? []).sort((a, b) => b.score - a.score);
      return { results, unfilteredResultCount: results.length, filters: {}, totalFilters: {} };
    },
  };
}

const docs = {
  a: { text: 'Peskov said the Kremlin watches Karabakh closely', aliases: 'Artsakh' },
  b: { text: 'Artsakh is the Armenian name used in this text' },
  c: { text: 'Tokayev asked the CSTO for troops in January' },
  d: { text: 'The Kremlin and the CSTO' },
};
const vocabularyFrom = (text: string) => vocabularyWords(buildVocabulary([{ url: '/', content: text, language: 'en', meta: {}, filters: {}, sort: {} } satisfies SearchRecord]));

function context(loads: { n: number }) {
  return {
    pf: fakePagefind(docs),
    options: {},
    vocabulary: async () => {
      loads.n++;
      return vocabularyFrom(Object.values(docs).map((d) => d.text).join(' '));
    },
    fragment: (r: PagefindResult) => r.data(),
    pageSize: 3,
  };
}

describe('forgivingSearch', () => {
  it('loads no vocabulary when every word is found', async () => {
    const loads = { n: 0 };
    const o = await forgivingSearch({ ...context(loads), pageSize: 0 }, 'Kremlin CSTO');
    expect(o.terms.map((t) => t.status)).toEqual(['found', 'found']);
    expect(loads.n).toBe(0);
    expect(o.results.map((r) => r.result.id)).toEqual(['d']);
  });

  it('replaces a word found nowhere by its nearest spelling, and says so', async () => {
    const loads = { n: 0 };
    const o = await forgivingSearch(context(loads), 'Peskow');
    expect(loads.n).toBe(1);
    expect(o.terms[0]).toMatchObject({ status: 'corrected', to: 'Peskov' });
    expect(o.results.map((r) => r.result.id)).toEqual(['a']);
    expect(correctedQuery(o.terms)).toBe('Peskov');
    expect(explain({ terms: o.terms, total: 1, complete: 1, bestPartial: 0 }).join(' ')).toContain('No text has “Peskow”');
  });

  it('partial matches: results with more words first, and what was not found', async () => {
    const o = await forgivingSearch(context({ n: 0 }), 'Kremlin CSTO January Vladivostok');
    expect(o.complete).toBe(0);
    expect(o.results[0]!.matched).toBe(2);
    expect(o.terms.find((t) => t.term.text === 'Vladivostok')!.status).toBe('missing');
    const text = explain({ terms: o.terms, total: o.results.length, complete: 0, bestPartial: 2 }).join(' ');
    expect(text).toBe('No result has all 4 words; these match 2 of them, most first. Not found: “Vladivostok”.');
  });

  it('a missing word: no result has every word, the others still count', async () => {
    const o = await forgivingSearch(context({ n: 0 }), 'Tokayev Vladivostok');
    expect(o.results.map((r) => r.result.id)).toEqual(['c']);
    expect(explain({ terms: o.terms, total: 1, complete: o.complete, bestPartial: 0 }).join(' ')).toBe('No result has all 2 words; these match 1 of them, most first. Not found: “Vladivostok”.');
  });

  it('a literal occurrence outranks a match through another spelling', async () => {
    const o = await forgivingSearch(context({ n: 0 }), 'Artsakh');
    // The fake scores the alias match 0.5 and the literal one 1: put the alias first to be sure the order is ours.
    expect(o.results.map((r) => [r.result.id, r.literal])).toEqual([
      ['b', true],
      ['a', false],
    ]);
  });

  it('the words searched after corrections', async () => {
    const o = await forgivingSearch(context({ n: 0 }), 'Tokaev CSTO');
    expect(searchedWords(o.terms)).toEqual(['tokayev', 'csto']);
  });
});

describe('actorNamedBy', () => {
  const actors = [
    { id: 'nagorno-karabakh', spellings: ['Nagorno-Karabakh', 'Artsakh'] },
    { id: 'sergey-lavrov', spellings: ['Sergey Lavrov', 'Lavrov-Kalantarov'] },
    { id: 'csto', spellings: ['Collective Security Treaty Organization', 'CSTO'] },
  ];
  it.each([
    [['lavrov'], 'sergey-lavrov'],
    [['karabakh', 'war'], 'nagorno-karabakh'],
    [['csto'], 'csto'],
    [['security'], undefined],
    [['to'], undefined],
  ])('%j → %s', (words, id) => expect(actorNamedBy(words, actors)).toBe(id));
});

describe('buildVocabulary', () => {
  it('one entry per folded word, as most often written, with its record count', () => {
    const rec = (content: string): SearchRecord => ({ url: '/', content, language: 'en', meta: {}, filters: {}, sort: {} });
    const v = buildVocabulary([rec('Erdoğan met Erdoğan in 2020'), rec('erdoğan and Peskov’s aide')]);
    expect(v).toEqual([
      ['aide', 1],
      ['and', 1],
      ['Erdoğan', 2],
      ['met', 1],
      ['Peskov', 1],
    ]);
  });
});
