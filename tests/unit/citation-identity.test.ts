/**
 * The references of src/export/apa-engine.ts (one lean citeproc engine) are byte for byte the
 * ones citation-js made before (tests/support/citation-reference.ts, the old path kept as the
 * reference): for every item of the real corpus, of a synthetic one, and for hand-made edge
 * cases, as text and as HTML, each item formatted after the others in one process (as a build does).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseName } from '@citation-js/name';
import { plugins } from '@citation-js/core';
import { loadCorpus } from '../../src/corpus/load.ts';
import type { Corpus } from '../../src/corpus/model.ts';
import { exportContext } from '../../src/export/context.ts';
import { articleCsl, eventCsl, perspectiveCsl, type CslItem } from '../../src/export/csl.ts';
import { edtfToCslDate } from '../../src/export/edtf-csl.ts';
import { apaBibliography, bibliographyOnlyStyle } from '../../src/export/apa-engine.ts';
import { formatCitation } from '../../src/export/citation.ts';
import { writeSyntheticCorpus } from '../../src/cli/synthetic-corpus.ts';
import { citationJsBibliography, formatCitationReference } from '../support/citation-reference.ts';

const CONTENT = fileURLToPath(new URL('../../content/', import.meta.url));
const ctx = exportContext('Test Corpus', 'https://example.org', '/corpus/');
const work = mkdtempSync(path.join(tmpdir(), 'citation-identity-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function corpusItems(corpus: Corpus): CslItem[] {
  const title = (id: string) => corpus.articleById.get(id)?.data.title ?? id;
  return [
    ...corpus.articles.map((a) => articleCsl(a, ctx)),
    ...corpus.events.map((e) => eventCsl(e, title, ctx)),
    ...corpus.perspectives.map((p) => perspectiveCsl(p, corpus, ctx)),
  ];
}

const person = (name: string) => {
  const n = parseName(name);
  return n.family ? n : { literal: name };
};
const people = (n: number) => Array.from({ length: n }, (_, i) => ({ given: `Given${i + 1} Middle`, family: `Family${i + 1}` }));
const news = (id: string, extra: Partial<CslItem>): CslItem => ({
  id,
  type: 'article-newspaper',
  title: 'Russia keeps its bases in the region',
  'container-title': 'Eurasianet',
  issued: { 'date-parts': [[2020, 11, 10]] },
  language: 'en',
  URL: `https://example.org/${id}`,
  ...extra,
});
const without = (item: CslItem, key: 'issued' | 'URL'): CslItem => {
  const copy = { ...item };
  delete copy[key];
  return copy;
};
const EDTF = ['2020-11-10', '2022-09', '1988', '1988~', '1988?', '2021-21', '2021-24', '1992/1994', '2022-09-12/2022-09-14', '2020-03~/2020-11-12', '../2020', '2020/..', '-0044'];

/** What the corpus does not show: author counts around APA's limits, names, markup-looking and non-Latin text, dates. */
const edgeCases: CslItem[] = [
  news('no-authors', {}),
  news('one-author', { author: [person('Kseniya Kirillova')] }),
  ...[2, 3, 7, 19, 20, 21, 25].map((n) => news(`authors-${n}`, { author: people(n) })),
  news('organisation', { author: [{ literal: 'International Crisis Group' }] }),
  news('person-and-organisation', { author: [person('Laurence Broers'), { literal: 'Conciliation Resources' }] }),
  news('particles', { author: ['Juan de la Cruz', 'Ludwig van Beethoven', 'Martin Luther King Jr.', 'Jean-Paul Sartre', 'Madonna'].map(person) }),
  news('cyrillic', { author: [{ given: 'Ксения', family: 'Кириллова' }], title: 'Карабах: перемирие держится', 'container-title': 'Новая газета', language: 'ru' }),
  news('georgian-armenian', { author: [{ given: 'ნინო', family: 'ზახარიაძე' }, { given: 'Արամ', family: 'Սարգսյան' }], language: 'ka' }),
  news('cjk-arabic', { author: [{ given: '泽东', family: '毛' }, { literal: 'محمد بن سلمان' }], title: '中亚的俄罗斯' }),
  news('markup-title', { title: 'Why <b>bold</b> and <sc>small caps</sc> & <i>italics</i> stay text' }),
  news('script-title', { title: 'A <script>alert(1)</script> & b', 'container-title': 'Site <b> & Co' }),
  news('quotes', { title: `"Straight" and “curly” quotes, it's the Kremlin's 'line': a question?` }),
  news('caps-title', { title: 'NATO AND THE CSTO: A COMPARISON!', language: 'de' }),
  without(news('no-date', {}), 'issued'),
  without(news('no-url', {}), 'URL'),
  news('accessed', { accessed: { 'date-parts': [[2024, 1, 5]] } }),
  news('archive', { archive: 'Test Corpus', archive_location: 'https://example.org/corpus/articles/x/', note: 'Test Corpus, with numbered paragraphs: https://example.org/corpus/articles/x/' }),
  news('note-field-hack', { note: 'original-date: 1990\nissued: 1980' }),
  { id: 'webpage-event', type: 'webpage', title: 'Ceasefire signed', 'container-title': 'Test Corpus', 'event-date': { 'date-parts': [[2020, 11, 10]] }, URL: 'https://example.org/t/' },
  { id: 'webpage-bare', type: 'webpage', title: 'A page of no site' },
  { id: 42, type: 'book', title: 'A book with a numeric id', author: [person('Thomas de Waal')], publisher: 'Oxford University Press', issued: { 'date-parts': [[2003]] } } as unknown as CslItem,
  ...EDTF.map((d) => news(`edtf-${d}`, { issued: edtfToCslDate(d), author: [person('Giorgi Zakhariadze')] })),
  ...EDTF.map((d) => ({ id: `event-edtf-${d}`, type: 'webpage', title: `Entry dated ${d}`, 'container-title': 'Test Corpus', 'event-date': edtfToCslDate(d), URL: 'https://example.org/t/' }) as CslItem),
  // Same id, other content, one after the other: the engine must not keep the first.
  news('same-id', { title: 'The first of two items with one id' }),
  news('same-id', { title: 'The second of two items with one id', author: [person('Kseniya Kirillova')] }),
];

/** Each item and format where the two paths differ, with both outputs. */
function differences(items: CslItem[], format: (item: CslItem, f: 'text' | 'html') => string, reference: typeof format) {
  return items.flatMap((item) =>
    (['html', 'text'] as const).flatMap((f) => {
      const expected = reference(item, f);
      const actual = format(item, f);
      return actual === expected ? [] : [{ id: item.id, format: f, expected, actual }];
    }),
  );
}

describe('formatCitation through the lean engine is citation-js’s, byte for byte', () => {
  let real: CslItem[];
  let synthetic: CslItem[];
  beforeAll(() => {
    real = corpusItems(loadCorpus({ dir: 'content', base: '/corpus/' }));
    const dir = path.join(work, 'synthetic');
    writeSyntheticCorpus({ count: 40, dir, seed: 11, sourceDir: CONTENT });
    synthetic = corpusItems(loadCorpus({ dir, base: '/corpus/' }));
  });

  it('for every article, timeline entry and perspective of the real corpus', () => {
    expect(real.length).toBeGreaterThan(10);
    expect(differences(real, formatCitation, formatCitationReference)).toEqual([]);
  });

  it('for a synthetic corpus of 40 articles and their timeline entries', () => {
    expect(synthetic.length).toBeGreaterThanOrEqual(80);
    expect(differences(synthetic, formatCitation, formatCitationReference)).toEqual([]);
  });

  it('for hand-made edge cases', () => {
    expect(differences(edgeCases, formatCitation, formatCitationReference)).toEqual([]);
    expect(formatCitation(edgeCases.at(-1)!, 'text')).toContain('The second of two');
  });

  it('as the raw reference list citation-js returns, wrapper and entry id included', () => {
    expect(differences([...real, ...edgeCases], apaBibliography, citationJsBibliography)).toEqual([]);
  });
});

describe('bibliographyOnlyStyle', () => {
  const apa = (plugins.config.get('@csl') as { styles: { get(name: string): string } }).styles.get('apa');

  it('empties the APA in-text citation and drops every sort, keeping the bibliography layout', () => {
    const lean = bibliographyOnlyStyle(apa);
    expect(apa).toContain('<sort>');
    expect(lean).not.toContain('<sort>');
    expect(lean).toMatch(/<citation\b[^>]*disambiguate-add-year-suffix="true"[^>]*><layout\/><\/citation>/);
    expect(lean.match(/<bibliography\b[\s\S]*<\/bibliography>/)?.[0]).toBe(apa.match(/<bibliography\b[\s\S]*<\/bibliography>/)?.[0].replace(/<sort>[\s\S]*?<\/sort>/, ''));
  });
});
