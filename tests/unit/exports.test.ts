/**
 * The downloads of /data/ parse and agree with the corpus model (ids, counts, order), the
 * citations derive from one CSL item, and the JSON Schemas generated from the zod schemas
 * validate the real content files (so contributors can use them in an editor) and reject
 * broken ones.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse as parseCsv } from 'csv-parse/sync';
import { parse as parseYaml } from 'yaml';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import { loadCorpus } from '../../src/corpus/load.ts';
import type { Corpus } from '../../src/corpus/model.ts';
import { exportContext } from '../../src/export/context.ts';
import type { CorpusJson } from '../../src/export/corpus-json.ts';
import { actorColumns, actorsCsv, eventColumns, eventsCsv } from '../../src/export/csv.ts';
import { articleCsl, eventCsl } from '../../src/export/csl.ts';
import { formatCitation, toBibtex } from '../../src/export/citation.ts';
import { edtfToCslDate } from '../../src/export/edtf-csl.ts';
import { buildJsonSchema, jsonSchemaNames, type JsonSchemaName } from '../../src/export/json-schema.ts';
import { downloads, schemaDownloads } from '../../src/export/downloads.ts';

const SITE = 'https://example.org';
const BASE = '/corpus/';
const ctx = exportContext('Test Corpus', SITE, BASE);
const root = `${SITE}${BASE}`;

let corpus: Corpus;
beforeAll(() => {
  corpus = loadCorpus({ dir: 'content', base: BASE });
});

const sortedIds = (items: readonly { id: string }[]) => items.map((i) => i.id).sort((a, b) => a.localeCompare(b));
type Row = Record<string, string>;
const csvRows = (text: string): Row[] => parseCsv(text, { columns: true, skip_empty_lines: true }) as Row[];

describe('corpus.json', () => {
  let data: CorpusJson;
  beforeAll(() => {
    data = JSON.parse(downloads.corpus.build(corpus, ctx)) as CorpusJson;
  });

  it('holds every article, theme, actor and event of the model, by id (events chronological)', () => {
    expect(data.articles.map((a) => a.id)).toEqual(sortedIds(corpus.articles));
    expect(data.themes.map((t) => t.id)).toEqual(sortedIds(corpus.themes));
    expect(data.actors.map((a) => a.id)).toEqual(sortedIds(corpus.actors));
    expect(data.events.map((e) => e.id)).toEqual(corpus.events.map((e) => e.id));
  });

  it('counts what it holds, and the counts are the model’s', () => {
    const mentions = corpus.articles.reduce((n, a) => n + a.mentions.length, 0);
    const tagged = corpus.articles.reduce((n, a) => n + a.paragraphs.filter((p) => p.themes.length > 0).length, 0);
    const paragraphs = corpus.articles.reduce((n, a) => n + a.paragraphs.length, 0);
    expect(data.counts).toEqual({
      articles: corpus.articles.length,
      paragraphs,
      themes: corpus.themes.length,
      actors: corpus.actors.length,
      events: corpus.events.length,
      perspectives: corpus.perspectives.length,
      passages: tagged,
      mentions,
    });
    expect(data.mentions).toHaveLength(mentions);
    expect(data.passages).toHaveLength(tagged);
  });

  it('keeps each mention and source pointing at a real paragraph, with absolute links under the base path', () => {
    const paragraphIds = new Set(corpus.articles.flatMap((a) => a.paragraphs.map((p) => `${a.id}#${p.id}`)));
    for (const m of data.mentions) expect(paragraphIds.has(`${m.article}#${m.paragraph}`), `${m.article}#${m.paragraph}`).toBe(true);
    for (const e of data.events) {
      expect(e.url).toBe(`${root}timeline/${e.id}/`);
      for (const s of e.sources) {
        expect(paragraphIds.has(`${s.article}#${s.paragraph}`)).toBe(true);
        expect(s.url.startsWith(`${root}articles/${s.article}/#${s.paragraph}`)).toBe(true);
      }
    }
    for (const a of data.articles) expect(a.url).toBe(`${root}articles/${a.id}/`);
  });

  it('lists mentions in text order within each article', () => {
    for (const a of corpus.articles) {
      const mine = data.mentions.filter((m) => m.article === a.id).map((m) => `${m.actor}@${m.paragraph}:${m.text}`);
      expect(mine).toEqual(a.mentions.map((m) => `${m.actor}@${m.paragraph}:${m.text}`));
    }
  });

  it('is byte-for-byte the same when the corpus is loaded again', () => {
    const again = loadCorpus({ dir: 'content', base: BASE });
    expect(downloads.corpus.build(again, ctx)).toBe(downloads.corpus.build(corpus, ctx));
  });

  it('carries actors’ map coordinates', () => {
    const withPoint = corpus.actors.filter((a) => a.coordinates);
    expect(withPoint.length).toBeGreaterThan(0);
    for (const a of withPoint) expect(data.actors.find((x) => x.id === a.id)?.coordinates).toEqual(a.coordinates);
  });
});

describe('events.csv and actors.csv', () => {
  it('events.csv has one row per event, in timeline order, with the documented columns', () => {
    const text = eventsCsv(corpus, ctx);
    const rows = csvRows(text);
    expect(text.split('\n')[0]).toBe(eventColumns.map((c) => c.name).join(','));
    expect(rows.map((r) => r.id)).toEqual(corpus.events.map((e) => e.id));
    for (const [i, e] of corpus.events.entries()) {
      const r = rows[i]!;
      // Commas, quotes and line breaks in free text survive the round trip.
      expect(r.title).toBe(e.title);
      expect(r.summary).toBe(e.summary);
      expect(r.date).toBe(e.date);
      expect(r.actors ? r.actors.split('; ') : []).toEqual(e.actors);
      expect(r.sources!.split('; ')).toEqual(e.sources.map((s) => `${s.article}#${s.paragraph}`));
      expect(Number(r.claims)).toBe(e.claims.length);
      expect(r.url).toBe(`${root}timeline/${e.id}/`);
    }
  });

  it('actors.csv has one row per actor, by id, with mention counts from the model', () => {
    const rows = csvRows(actorsCsv(corpus, ctx));
    expect(Object.keys(rows[0]!)).toEqual(actorColumns(corpus).map((c) => c.name));
    expect(rows.map((r) => r.id)).toEqual(sortedIds(corpus.actors));
    for (const r of rows) {
      const actor = corpus.actorById.get(r.id!)!;
      const mentions = corpus.mentionsByActor.get(actor.id) ?? [];
      expect(r.name).toBe(actor.name);
      expect(r.description).toBe(actor.description);
      expect(Number(r.mentions)).toBe(mentions.length);
      expect(Number(r.articles)).toBe(new Set(mentions.map((m) => m.article)).size);
      expect(r.lat === '' ? undefined : Number(r.lat)).toBe(actor.coordinates?.lat);
      expect(r.lon === '' ? undefined : Number(r.lon)).toBe(actor.coordinates?.lon);
    }
    expect(rows.reduce((n, r) => n + Number(r.mentions), 0)).toBe(corpus.articles.reduce((n, a) => n + a.mentions.length, 0));
  });

  it('quotes a cell with a comma, a quote mark or a line break (RFC 4180)', () => {
    const tricky = { ...corpus.events[0]!, title: 'A, "quoted"\ntitle' };
    const text = eventsCsv({ ...corpus, events: [tricky] }, ctx);
    expect(csvRows(text)[0]!.title).toBe('A, "quoted"\ntitle');
    expect(text).toContain('"A, ""quoted""\ntitle"');
  });
});

describe('CSL-JSON and BibTeX', () => {
  it('articles.csl.json is an array of CSL items, one per article, by id', () => {
    const items = JSON.parse(downloads.csl.build(corpus, ctx)) as Record<string, unknown>[];
    expect(items.map((i) => i.id)).toEqual(sortedIds(corpus.articles));
    for (const item of items) {
      const article = corpus.articleById.get(String(item.id))!;
      expect(item.type).toBe('article-newspaper');
      expect(item.title).toBe(article.data.title);
      expect(item['container-title']).toBe(article.data.outlet.name);
      const parts = (item.issued as { 'date-parts': number[][] })['date-parts'][0]!;
      expect(parts.every((n) => Number.isInteger(n))).toBe(true);
      expect(parts[0]).toBe(Number(article.published.earliest.slice(0, 4)));
    }
    // citation-js (the library Zotero-like tools build on) reads it back as the same items.
    expect(new Cite(items).data.map((i) => i.id)).toEqual(items.map((i) => i.id));
  });

  it('credits printed bylines, an attributed author for an unsigned capture, and nobody otherwise', () => {
    for (const a of corpus.articles) {
      const item = articleCsl(a, ctx);
      const names = (item.author ?? []).map((n) => [n.given, n.family].filter(Boolean).join(' ') || n.literal);
      if (a.data.authors.length > 0) expect(names).toEqual(a.data.authors);
      else if (a.data.attributedAuthor) expect(names).toEqual([a.data.attributedAuthor.name]);
      else expect(item.author).toBeUndefined();
    }
  });

  it('articles.bib has one entry per article keyed by its id, with balanced braces, and parses back', () => {
    const bib = downloads.bibtex.build(corpus, ctx);
    const entries = [...bib.matchAll(/^@(\w+)\{([^,\s]+),$/gm)];
    expect(entries.map((m) => m[2])).toEqual(sortedIds(corpus.articles));
    expect(entries.every((m) => m[1] === 'article')).toBe(true);
    let depth = 0;
    for (const ch of bib.replace(/\\[{}]/g, '')) {
      depth += ch === '{' ? 1 : ch === '}' ? -1 : 0;
      expect(depth).toBeGreaterThanOrEqual(0);
    }
    expect(depth).toBe(0);
    const parsed = new Cite(bib).data;
    expect(parsed.map((i) => i['citation-key'])).toEqual(sortedIds(corpus.articles));
    for (const item of parsed) {
      const article = corpus.articleById.get(String(item['citation-key']))!;
      // LaTeX escapes and protective braces undone, the title is the headline again (quote marks aside).
      const plain = (s: string) => s.replace(/[‘’'“”"]/g, '');
      expect(plain(String(item.title))).toBe(plain(article.data.title));
      expect(item.URL).toBe(article.data.originalUrl ?? `${root}articles/${article.id}/`);
    }
  });

  it('a timeline entry cites its page, dates the happening as event-date, and names its sources', () => {
    const e = corpus.events.find((x) => x.sources.length > 1) ?? corpus.events[0]!;
    const item = eventCsl(e, (id) => corpus.articleById.get(id)?.data.title ?? id, ctx);
    expect(item.URL).toBe(`${root}timeline/${e.id}/`);
    expect(item.issued).toBeUndefined();
    expect(item['event-date']).toEqual(edtfToCslDate(e.date));
    for (const s of e.sources) expect(item.note).toContain(`¶${s.paragraph.slice(1)}`);
    expect(toBibtex([item])).toMatch(new RegExp(`^@misc\\{${e.id},`));
  });

  it.each([
    ['2020-11-10', { 'date-parts': [[2020, 11, 10]] }],
    ['2022-09', { 'date-parts': [[2022, 9]] }],
    ['1988', { 'date-parts': [[1988]] }],
    ['1988~', { 'date-parts': [[1988]], circa: true }],
    ['2021-21', { 'date-parts': [[2021]], season: 1 }],
    ['2021-24', { 'date-parts': [[2021]], season: 4 }],
    ['1992/1994', { 'date-parts': [[1992], [1994]] }],
    ['2022-09-12/2022-09-14', { 'date-parts': [[2022, 9, 12], [2022, 9, 14]] }],
    ['2020-03~/2020-11-12', { 'date-parts': [[2020, 3], [2020, 11]], circa: true }],
  ])('EDTF %s → CSL date %j', (edtf, csl) => {
    expect(edtfToCslDate(edtf)).toEqual(csl);
  });

  it('an open interval becomes a literal in words', () => {
    expect(edtfToCslDate('../2020')).toEqual({ literal: expect.stringContaining('2020') });
  });

  it('formats an APA reference; an unsigned article starts with its title; HTML is escaped', () => {
    const unsigned = corpus.articles.find((a) => a.data.authors.length === 0 && !a.data.attributedAuthor);
    expect(unsigned, 'the corpus has an unsigned article').toBeDefined();
    if (unsigned) expect(formatCitation(articleCsl(unsigned, ctx), 'text').startsWith(unsigned.data.title.slice(0, 20))).toBe(true);
    const signed = corpus.articles.find((a) => a.data.authors.length === 1)!;
    const family = signed.data.authors[0]!.split(' ').at(-1)!;
    expect(formatCitation(articleCsl(signed, ctx), 'text').startsWith(`${family},`)).toBe(true);
    const html = formatCitation({ id: 'x', type: 'webpage', title: 'A <script>alert(1)</script> & b', URL: 'https://example.org/?a=1&b=2' }, 'html');
    expect(html).not.toContain('<script>');
    expect(html).toContain('&#60;script&#62;');
    expect(html).not.toMatch(/Retrieved/);
  });
});

describe('JSON Schemas', () => {
  const contentDir = 'content';
  const readYaml = (file: string): unknown => parseYaml(readFileSync(file, 'utf8'));
  const frontmatter = (file: string): unknown => {
    const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(readFileSync(file, 'utf8'));
    if (!m) throw new Error(`${file}: no frontmatter`);
    return parseYaml(m[1]!);
  };
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats.default(ajv);
  const validators = Object.fromEntries(jsonSchemaNames.map((n) => [n, ajv.compile(buildJsonSchema(n, ctx))])) as Record<JsonSchemaName, ReturnType<typeof ajv.compile>>;
  const check = (name: JsonSchemaName, data: unknown, file: string) => {
    const ok = validators[name](data);
    expect(ok, `${file}: ${ajv.errorsText(validators[name].errors)}`).toBe(true);
  };

  it('validate every real content file', () => {
    check('actors', readYaml(path.join(contentDir, 'actors.yaml')), 'actors.yaml');
    check('themes', readYaml(path.join(contentDir, 'themes.yaml')), 'themes.yaml');
    const events = readdirSync(path.join(contentDir, 'events')).filter((f) => f.endsWith('.yaml'));
    expect(events.length).toBeGreaterThan(0);
    for (const f of events) check('events', readYaml(path.join(contentDir, 'events', f)), f);
    const articles = readdirSync(path.join(contentDir, 'articles')).filter((f) => f.endsWith('.md'));
    expect(articles).toHaveLength(corpus.articles.length);
    for (const f of articles) check('article', frontmatter(path.join(contentDir, 'articles', f)), f);
  });

  // Each rejected record below differs from one of these by a single field.
  it.each([
    ['actors', [{ id: 'x', name: 'X', kind: 'place', description: 'd', coordinates: { lat: 45, lon: 0 } }]],
    ['themes', [{ id: 'x', label: 'X', description: 'd', terms: ['t'] }]],
    ['events', [{ id: 'x', date: '2020-03~/2020-11-12', title: 't', summary: 's', kind: 'event', sources: [{ article: 'a', quote: 'q' }] }]],
    ['article', { title: 't', authors: [], outlet: { name: 'o', url: 'https://example.org/' }, published: { date: '2020', basis: 'stated', evidence: 'e' }, language: 'en', summary: 's', themes: ['x'], capture: 'a.txt', rights: { holder: 'h', notice: 'n' } }],
  ] as const)('accept a minimal valid %s record', (name, data) => {
    expect(validators[name](data), ajv.errorsText(validators[name].errors)).toBe(true);
  });

  it.each([
    ['actors', 'an unknown kind', [{ id: 'x', name: 'X', kind: 'planet', description: 'd' }]],
    ['actors', 'a latitude out of range', [{ id: 'x', name: 'X', kind: 'place', description: 'd', coordinates: { lat: 95, lon: 0 } }]],
    ['actors', 'an id that is not a slug', [{ id: 'X Y', name: 'X', kind: 'place', description: 'd' }]],
    ['themes', 'no terms', [{ id: 'x', label: 'X', description: 'd', terms: [] }]],
    ['themes', 'an unknown field', [{ id: 'x', label: 'X', description: 'd', terms: ['t'], colour: 'red' }]],
    ['events', 'a date that is not EDTF', [{ id: 'x', date: 'last spring', title: 't', summary: 's', kind: 'event', sources: [{ article: 'a', quote: 'q' }] }]],
    ['events', 'no source', [{ id: 'x', date: '2020', title: 't', summary: 's', kind: 'event', sources: [] }]],
    ['article', 'a javascript: URL', { title: 't', authors: [], outlet: { name: 'o', url: 'javascript:alert(1)' }, published: { date: '2020', basis: 'stated', evidence: 'e' }, language: 'en', summary: 's', themes: ['x'], capture: 'a.txt', rights: { holder: 'h', notice: 'n' } }],
  ] as const)('reject %s with %s', (name, _why, data) => {
    expect(validators[name](data)).toBe(false);
  });

  it('describe every field with the JSDoc of its zod schema', () => {
    const undocumented: string[] = [];
    const walk = (node: unknown, at: string) => {
      if (Array.isArray(node)) return node.forEach((n, i) => walk(n, `${at}[${i}]`));
      if (!node || typeof node !== 'object') return;
      const props = (node as { properties?: Record<string, { description?: string }> }).properties;
      for (const [key, prop] of Object.entries(props ?? {})) if (!prop.description) undocumented.push(`${at}.${key}`);
      for (const [k, v] of Object.entries(node)) walk(v, `${at}/${k}`);
    };
    for (const name of jsonSchemaNames) walk(buildJsonSchema(name, ctx), name);
    expect(undocumented).toEqual([]);
    const actors = buildJsonSchema('actors', ctx) as { items: { properties: Record<string, { description: string }> } };
    expect(actors.items.properties.coordinates!.description).toMatch(/WGS84/);
  });

  it('each has its own address as $id, and the download list names them all', () => {
    for (const name of jsonSchemaNames) expect(buildJsonSchema(name, ctx).$id).toBe(`${root}data/schema/${name}.schema.json`);
    expect(schemaDownloads.map((d) => d.name)).toEqual([...jsonSchemaNames]);
    for (const d of schemaDownloads) expect(() => JSON.parse(d.build(corpus, ctx))).not.toThrow();
  });
});
