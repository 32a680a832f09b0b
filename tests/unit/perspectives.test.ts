/**
 * Perspectives (where the articles disagree): the schema, quote resolution through the same
 * cite requests as timeline quotes, the claims listed with them, the views on a small model,
 * the downloads and search records, and the timeline filter's pure part.
 */
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse as parseCsv } from 'csv-parse/sync';
import { parse as parseYaml } from 'yaml';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { perspectiveSchema } from '../../src/schemas/perspective.ts';
import { checkCorpus, loadCorpus } from '../../src/corpus/load.ts';
import { formatProblem } from '../../src/corpus/problems.ts';
import { claimPerspectiveId } from '../../src/corpus/perspectives.ts';
import type { Corpus, ResolvedPerspective } from '../../src/corpus/model.ts';
import { countWithPerspectives, perspectiveIndex, perspectivePage, perspectivesForActor, perspectivesForEvent, perspectivesForTheme } from '../../src/views/perspectives.ts';
import { perspectiveRecords } from '../../src/views/search-records-perspectives.ts';
import { perspectivesCsv, perspectiveColumns } from '../../src/export/csv.ts';
import { buildCorpusJson } from '../../src/export/corpus-json.ts';
import { buildJsonSchema } from '../../src/export/json-schema.ts';
import { exportContext } from '../../src/export/context.ts';
import { normalizeText } from '../../src/shared/quotes.ts';
import { matchesFilter, queryWithState, stateFromQuery } from '../../src/client/timeline-filter.ts';
import { CorpusEditor, GOOD_CORPUS, PERSPECTIVES } from '../support/bad-corpora.ts';

const scratch = mkdtempSync(path.join(os.tmpdir(), 'perspectives-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
let n = 0;
/** A copy of the good test corpus with the valid perspectives file, then `edit` applied. */
function corpusWith(edit: (c: CorpusEditor) => void = () => {}): string {
  const dir = path.join(scratch, `c${n++}`);
  cpSync(GOOD_CORPUS, dir, { recursive: true });
  const c = new CorpusEditor(dir).write('perspectives/questions.yaml', PERSPECTIVES);
  edit(c);
  return dir;
}
const errorsOf = (dir: string) => checkCorpus({ dir }).problems.filter((p) => p.severity === 'error').map(formatProblem);

const valid = {
  id: 'q',
  question: 'Which?',
  kind: 'framing',
  positions: [
    { article: 'a', label: 'One way', quotes: ['x'] },
    { article: 'b', label: 'Another', quotes: ['y'] },
  ],
  note: 'A difference of wording.',
};

describe('the perspective schema', () => {
  it('accepts a valid entry and defaults the link lists to empty', () => {
    const p = perspectiveSchema.parse(valid);
    expect([p.events, p.themes, p.actors]).toEqual([[], [], []]);
  });
  it.each([
    ['one position', { ...valid, positions: [valid.positions[0]] }, /^positions: expected at least two positions/],
    ['a position without quotes', { ...valid, positions: [{ ...valid.positions[0], quotes: [] }, valid.positions[1]] }, /^positions\.0\.quotes: expected at least one verbatim quote/],
    ['an unknown kind', { ...valid, kind: 'opinion' }, /^kind:/],
    ['no note', { ...valid, note: undefined }, /^note:/],
    ['an empty label', { ...valid, positions: [{ ...valid.positions[0], label: '  ' }, valid.positions[1]] }, /^positions\.0\.label: expected non-empty text/],
    ['an id that is not a slug', { ...valid, id: 'Which One' }, /^id: expected a lowercase slug/],
    ['an unknown field', { ...valid, answer: 'yes' }, /answer/],
  ])('rejects %s', (_why, data, message) => {
    const r = perspectiveSchema.safeParse(data);
    expect(r.success).toBe(false);
    const first = r.error!.issues[0]!;
    expect(`${first.path.join('.')}: ${first.message}`).toMatch(message);
  });
});

describe('quote resolution', () => {
  it('finds each quote once and links position, paragraph, timeline entry and article page', () => {
    const { corpus, problems } = checkCorpus({ dir: corpusWith() });
    expect(problems).toEqual([]);
    const p = corpus!.perspectiveById.get('ceasefire-terms')!;
    const [first, second] = p.positions;
    expect(first!.quotes[0]!.paragraph).toBe('p2');
    expect(first!.quotes[0]!.exact).toBe('the truce would hold as long as the NTO stayed out of the conflict');
    expect(first!.quotes[0]!.path).toMatch(/^\/articles\/northland-ceasefire\/#p2:~:text=/);
    expect(second!.quotes[0]!.paragraph).toBe('p2');
    const para = corpus!.articleById.get('northland-ceasefire')!.paragraphs.find((x) => x.id === 'p2')!;
    expect(para.perspectives).toEqual(['ceasefire-terms']);
    expect(corpus!.eventById.get('northland-southland-ceasefire-2021')!.perspectives).toEqual(['ceasefire-terms']);
    // The rendered paragraph carries a mark that links to the question.
    const html = corpus!.articleById.get('northland-ceasefire')!.html;
    expect(html).toMatch(/<p id="p2"[^>]*>[\s\S]*?class="para-perspectives"[\s\S]*?href="\/perspectives\/ceasefire-terms\/"[^>]*>On what terms does the ceasefire hold\?<\/a>/);
    expect(html).not.toMatch(/<p id="p1"[^>]*>(?:(?!<\/p>)[\s\S])*para-perspectives/);
  });

  it.each([
    ['missing', 'stayed out of the conflict', 'stayed out of the war', /questions\.yaml:8 \[0\]\.positions\[0\]\.quotes\[0\] — quote not found in article "northland-ceasefire"/],
    ['ambiguous', 'the truce would hold as long as the NTO stayed out of the conflict', 'Harbour Town', /quote ambiguous: found 2 times in article "northland-ceasefire"/],
    ['in a heading', 'the truce would hold as long as the NTO stayed out of the conflict', 'What comes next', /quote is in the heading "What comes next" of article "northland-ceasefire", and only paragraphs can be cited/],
  ])('reports a %s quote as one line at its file:line', (_why, from, to, message) => {
    const errors = errorsOf(corpusWith((c) => c.replace('perspectives/questions.yaml', from, to)));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(message);
    expect(errors[0]).toMatch(/^\S*perspectives\/questions\.yaml:8 /);
  });

  it('refuses a perspective whose id a timeline claim already takes', () => {
    const dir = corpusWith((c) =>
      c
        .replace('events/timeline.yaml', '      quote: agreed a ceasefire on 4 March\n', '      quote: agreed a ceasefire on 4 March\n  claims:\n    - about: talks\n      values:\n        - { value: two days, article: northland-ceasefire, quote: after two days of talks }\n        - { value: last month, article: southland-alliance, quote: Since last month }\n')
        .replace('perspectives/questions.yaml', 'id: ceasefire-terms', `id: ${claimPerspectiveId('northland-southland-ceasefire-2021', 'talks')}`),
    );
    const errors = errorsOf(dir);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/questions\.yaml:1 \[0\]\.id — duplicate perspective id "northland-southland-ceasefire-2021-talks": the claim "talks" of timeline entry "northland-southland-ceasefire-2021"/);
  });
});

describe('the real corpus', () => {
  const corpus = loadCorpus({ base: '/' });
  const claims = corpus.events.flatMap((e) => e.claims.map((c) => ({ e, c })));

  it('lists every timeline claim as a factual perspective, with its values as positions', () => {
    expect(claims.length).toBeGreaterThan(0);
    for (const { e, c } of claims) {
      const p = corpus.perspectiveById.get(claimPerspectiveId(e.id, c.about))!;
      expect(p.kind).toBe('factual');
      expect(p.origin).toEqual({ kind: 'claim', event: e.id, about: c.about });
      expect(p.positions.map((x) => x.label)).toEqual(c.values.map((v) => v.value));
      expect(p.positions.map((x) => x.quotes[0]!.paragraph)).toEqual(c.values.map((v) => v.paragraph));
      expect(e.perspectives).toContain(p.id);
    }
  });

  it('has perspectives of every kind, each with a note and each quote verbatim in its paragraph', () => {
    expect(new Set(corpus.perspectives.map((p) => p.kind))).toEqual(new Set(['factual', 'framing', 'interpretive', 'internal']));
    for (const p of corpus.perspectives) {
      expect(p.note, p.id).toBeTruthy();
      for (const pos of p.positions) {
        expect(pos.quotes.length, `${p.id} ${pos.article}`).toBeGreaterThan(0);
        for (const q of pos.quotes) {
          const para = corpus.articleById.get(q.article)!.paragraphs.find((x) => x.id === q.paragraph)!;
          expect(normalizeText(para.text)).toContain(normalizeText(q.exact));
          expect(para.perspectives).toContain(p.id);
        }
      }
      const articles = new Set(p.positions.map((x) => x.article));
      if (p.kind === 'internal') expect(articles.size, p.id).toBe(1);
      else expect(articles.size, p.id).toBeGreaterThanOrEqual(2);
    }
  });

  it('quotes every one of the articles', () => {
    const quoted = new Set(corpus.perspectives.flatMap((p) => p.positions.map((x) => x.article)));
    expect([...quoted].sort()).toEqual(corpus.articles.map((a) => a.id).sort());
  });

  it('every content/perspectives file validates against the published JSON Schema', () => {
    const ajv = new Ajv2020({ allErrors: true, strict: true });
    const validate = ajv.compile(buildJsonSchema('perspectives', exportContext('Test', 'https://example.org/', '/')));
    const dir = path.join(corpus.dir, 'perspectives');
    const files = readdirSync(dir).filter((f) => f.endsWith('.yaml'));
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) expect(validate(parseYaml(readFileSync(path.join(dir, f), 'utf8'))), `${f}: ${ajv.errorsText(validate.errors)}`).toBe(true);
    expect(validate([{ ...valid, kind: 'opinion' }])).toBe(false);
  });

  it('perspectives.csv has one row per position, and corpus.json every perspective', () => {
    const ctx = exportContext('Test', 'https://example.org/', '/');
    const rows = parseCsv(perspectivesCsv(corpus, ctx), { columns: true }) as Record<string, string>[];
    expect(Object.keys(rows[0]!)).toEqual(perspectiveColumns.map((c) => c.name));
    expect(rows).toHaveLength(corpus.perspectives.reduce((k, p) => k + p.positions.length, 0));
    const p = corpus.perspectives[0]!;
    const mine = rows.filter((r) => r.perspective === p.id);
    expect(mine.map((r) => r.label)).toEqual(p.positions.map((x) => x.label));
    expect(mine[0]!.quotes!.split('\n')).toHaveLength(p.positions[0]!.quotes.length);
    const json = buildCorpusJson(corpus, ctx);
    expect(json.counts.perspectives).toBe(corpus.perspectives.length);
    expect(json.perspectives.map((x) => x.id)).toEqual(corpus.perspectives.map((x) => x.id));
    expect(json.perspectives[0]!.url).toBe(`https://example.org/perspectives/${p.id}/`);
  });

  it('gives each perspective one search record with the facets of its articles', () => {
    const records = perspectiveRecords(corpus);
    expect(records).toHaveLength(corpus.perspectives.length);
    for (const [k, r] of records.entries()) {
      const p = corpus.perspectives[k]!;
      expect(r.url).toBe(`/perspectives/${p.id}/`);
      expect(r.meta.title).toBe(p.question);
      expect(r.filters.kind).toEqual(['perspective']);
      expect(r.filters.theme).toEqual(p.themes);
      const outlets = new Set(p.positions.map((x) => corpus.articleById.get(x.article)!.data.outlet.name));
      expect(new Set(r.filters.outlet)).toEqual(outlets);
      for (const pos of p.positions) for (const q of pos.quotes) expect(r.content).toContain(q.exact);
    }
  });
});

describe('the views, on a small model', () => {
  const article = (id: string, outlet: string, authors: string[]) => ({ id, data: { title: `Title ${id}`, authors, outlet: { name: outlet }, published: { date: '2021-01-02' } } });
  const per = (id: string, question: string, kind: ResolvedPerspective['kind'], themes: string[], actors: string[], articles: string[]): ResolvedPerspective => ({
    id,
    question,
    kind,
    note: 'n',
    events: [],
    themes,
    actors,
    file: 'x.yaml',
    origin: { kind: 'perspective' },
    positions: articles.map((a, k) => ({ article: a, label: `L${k}`, quotes: [{ article: a, quote: 'q', paragraph: `p${k + 1}`, exact: 'q', path: '' }] })),
  });
  const perspectives = [
    per('b', 'Beta?', 'framing', ['t1'], ['x'], ['a1', 'a2']),
    per('a', 'Alpha?', 'internal', ['t1', 't2'], [], ['a1', 'a1']),
    per('c', 'Gamma?', 'framing', [], ['x'], ['a2', 'a1']),
  ];
  const model = {
    perspectives,
    perspectiveById: new Map(perspectives.map((p) => [p.id, p])),
    articleById: new Map([article('a1', 'Daily', ['Ann Smith']), article('a2', 'Weekly', [])].map((a) => [a.id, a])),
    themes: [{ id: 't1', label: 'One' }, { id: 't2', label: 'Two' }, { id: 't3', label: 'Three' }],
    themeById: new Map([['t1', { id: 't1', label: 'One' }]]),
    actorById: new Map([['x', { id: 'x', name: 'X' }]]),
    eventById: new Map([['e1', { id: 'e1', title: 'E', display: '2021', perspectives: ['c', 'b'] }]]),
    events: [{ id: 'e0', title: 'E0', display: '2020', perspectives: [] }, { id: 'e1', title: 'E', display: '2021', perspectives: ['c', 'b'] }],
  } as unknown as Corpus;

  it('groups the index by theme (registry order, only themes with questions) and by kind, with counts', () => {
    const index = perspectiveIndex(model);
    expect(index.total).toBe(3);
    expect(index.byTheme.map((g) => [g.theme.id, g.items.map((i) => i.id)])).toEqual([['t1', ['a', 'b']], ['t2', ['a']]]);
    expect(index.unthemed.map((i) => i.id)).toEqual(['c']);
    expect(index.byKind.map((g) => [g.kind, g.items.length])).toEqual([['framing', 2], ['internal', 1]]);
    expect(index.events.map((e) => [e.id, e.questions.map((q) => q.id)])).toEqual([['e1', ['c', 'b']]]);
  });

  it('names the articles of a question once each, by byline or outlet', () => {
    const [item] = perspectivesForTheme(model, 't2');
    expect(item!.articles).toEqual(['Smith (Daily)']);
    expect(perspectivesForActor(model, 'x').map((i) => [i.id, i.articles])).toEqual([['b', ['Smith (Daily)', 'Weekly']], ['c', ['Weekly', 'Smith (Daily)']]]);
    expect(perspectivesForEvent(model, { perspectives: ['c', 'b', 'gone'] }).map((i) => i.id)).toEqual(['b', 'c']);
    expect(countWithPerspectives(model.events)).toBe(1);
  });

  it('gives a question page one side per position, each quote with its ¶ number and link', () => {
    const page = perspectivePage(model, perspectives[0]!);
    expect(page.sides.map((s) => [s.anchor, s.label, s.article.byline, s.quotes[0]!.n])).toEqual([['position-1', 'L0', 'Ann Smith', 1], ['position-2', 'L1', 'unsigned', 2]]);
    expect(page.sides[1]!.quotes[0]!.path).toBe('/articles/a2/#p2:~:text=q');
    expect(page.themes.map((t) => t.id)).toEqual(['t1']);
    expect(page.actors).toEqual([{ id: 'x', name: 'X', path: '/actors/x/' }]);
  });
});

describe('the timeline filter', () => {
  const entry = { kind: 'event', themes: [], actors: [], articles: [] };
  it('keeps only entries with a perspective when asked', () => {
    expect(matchesFilter({ ...entry, perspectives: [] }, { perspective: 'any' })).toBe(false);
    expect(matchesFilter({ ...entry, perspectives: ['q'] }, { perspective: 'any' })).toBe(true);
    expect(matchesFilter({ ...entry, perspectives: [] }, {})).toBe(true);
  });
  it('reads and writes ?perspective=any, ignoring other values', () => {
    const none = { theme: new Set<string>(), actor: new Set<string>(), article: new Set<string>(), kind: new Set<string>() };
    expect(stateFromQuery('?perspective=any', none)).toEqual({ perspective: 'any' });
    expect(stateFromQuery('?perspective=yes', none)).toEqual({});
    expect(queryWithState('?q=1', { perspective: 'any' })).toBe('?q=1&perspective=any');
    expect(queryWithState('?perspective=any', {})).toBe('');
  });
});
