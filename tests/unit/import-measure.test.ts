/**
 * Measures the import method against the curated corpus: each article's capture is imported
 * afresh (`npm run import`, into a temporary copy of the corpus without that article), and the
 * drafted body is compared with the curated one. Printed per capture: word-level agreement,
 * boilerplate passages that survived, curated paragraphs missing from the draft.
 * Target: ≥ 99 % of words agree and no boilerplate survives, on every article.
 *
 * Then the same on captures the method has not seen: one article's text wrapped in another
 * capture's page furniture (every pair), imported with and without that outlet's other
 * capture in the corpus.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { runImport } from '../../src/cli/import.ts';
import { loadCorpus } from '../../src/corpus/load.ts';
import { draftArticle, sharedFurniture } from '../../src/import/draft.ts';
import { agreement, boilerplateKept, textLinesDropped } from '../../src/import/measure.ts';
import { fidelityFileOf, fidelitySchema, type Fidelity } from '../../src/schemas/fidelity.ts';
import { plainCapture } from '../../src/import/words.ts';
import { fidelityProblems } from '../../src/import/fidelity-check.ts';

const CONTENT = fileURLToPath(new URL('../../content/', import.meta.url));
const TARGET = 0.99;

const corpus = loadCorpus({ dir: CONTENT });
const bodyOf = (markdown: string) => markdown.replace(/^---\r?\n[\s\S]*?\r?\n---[ \t]*\r?\n/, '');
const curated = corpus.articles.map((a) => {
  const capture = readFileSync(path.join(CONTENT, 'sources', a.data.capture), 'utf8');
  const record: Fidelity = fidelitySchema.parse(YAML.parse(readFileSync(path.join(CONTENT, 'sources', fidelityFileOf(a.data.capture)), 'utf8')));
  const passages = [...record.boilerplate.map((p) => (typeof p === 'string' ? p : p.text)), ...record.moved.map((m) => m.passage)];
  const furniture = record.boilerplate.flatMap((p) => (typeof p === 'string' ? [p] : []));
  return { id: a.id, captureFile: a.data.capture, capture, body: bodyOf(readFileSync(path.join(CONTENT, 'articles', `${a.id}.md`), 'utf8')), passages, furniture };
});

const temps: string[] = [];
afterAll(() => temps.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A copy of the corpus without one article, its capture and its fidelity record. */
function corpusWithout(c: (typeof curated)[number]): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'import-measure-'));
  temps.push(dir);
  const skip = new Set([path.join(CONTENT, 'articles', `${c.id}.md`), path.join(CONTENT, 'sources', c.captureFile), path.join(CONTENT, 'sources', fidelityFileOf(c.captureFile))]);
  cpSync(CONTENT, dir, { recursive: true, filter: (src) => !skip.has(src) });
  return dir;
}

const pct = (x: number) => `${(x * 100).toFixed(2)} %`;

describe('the five curated captures, imported afresh', () => {
  const rows: string[] = [];
  afterAll(() => console.log(['import measurement (draft body vs curated body):', ...rows].join('\n')));

  it.each(curated)('$id', (c) => {
    const dir = corpusWithout(c);
    const source = path.join(dir, '..', `${path.basename(dir)}-${c.captureFile}`);
    cpSync(path.join(CONTENT, 'sources', c.captureFile), source);
    temps.push(source);
    const result = runImport([source, '--id', c.id], dir, () => {});
    expect(result.code).toBe(0);
    const draft = bodyOf(readFileSync(path.join(dir, 'articles', `${c.id}.md`), 'utf8'));

    const a = agreement(draft, c.body);
    const kept = boilerplateKept(draft, c.passages, c.body);
    const dropped = textLinesDropped(draft, c.body);
    rows.push(`  ${c.captureFile}  ${pct(a.agreement)} of words agree (${a.common}/${a.curatedWords} curated, ${a.draftWords} drafted)  boilerplate kept: ${kept.length}  text paragraphs dropped: ${dropped.length}`);
    expect(a.agreement, `extra: ${a.extra.join(' | ')} — missing: ${a.missing.join(' | ')}`).toBeGreaterThanOrEqual(TARGET);
    expect(kept).toEqual([]);
    expect(dropped).toEqual([]);

    // The drafted fidelity record is honest: the capture minus its passages is the drafted body.
    const record = fidelitySchema.parse(YAML.parse(readFileSync(path.join(dir, 'sources', fidelityFileOf(path.basename(source))), 'utf8')));
    const checked = fidelityProblems(c.capture, record, { data: { title: '' }, bodyText: plainCapture(draft), headings: [], paragraphs: [] });
    expect(checked.passages).toEqual([]);
    expect(checked.words).toEqual([]);
  });
});

/**
 * Capture `wrapper` with its text (the lines of its curated body) replaced by another article's
 * body; the wrapper's furniture inside its text (link lines and the like) stays at the same
 * relative place. Pull quotes (`once` passages) belong to their own text and are left out.
 */
function wrap(wrapper: (typeof curated)[number], text: (typeof curated)[number]): string {
  const body = plainCapture(wrapper.body);
  const lines = wrapper.capture.split('\n');
  const isText = (line: string) => plainCapture(line).split(' ').length >= 3 && body.includes(plainCapture(line));
  const first = lines.findIndex(isText);
  const last = lines.findLastIndex(isText);
  const furniture = new Set(wrapper.furniture);
  const inside = lines.slice(first, last + 1).flatMap((line, i) => (furniture.has(line.trim()) ? [{ at: i / (last - first + 1), line }] : []));
  // The article's paragraphs and headings as a plain capture prints them: one a line, headings without ##.
  const blocks = text.body.trim().split(/\n\s*\n/).map((b) => b.replace(/^##\s+/, ''));
  const inner = blocks.flatMap((b, k) => [b, '', ...inside.filter((f) => Math.floor(f.at * blocks.length) === k).flatMap((f) => [f.line, ''])]);
  return [...lines.slice(0, first), ...inner, ...lines.slice(last + 1)].join('\n');
}

describe('captures it has not seen: one article’s text in another capture’s furniture', () => {
  const rows: string[] = [];
  afterAll(() => console.log(['import measurement on wrapped captures (text ← furniture):', ...rows].join('\n')));
  const pairs = curated.flatMap((text) => curated.filter((w) => w !== text).map((wrapper) => ({ text, wrapper, name: `${text.captureFile} in ${wrapper.captureFile}` })));

  it.each(pairs)('$name', ({ text, wrapper }) => {
    const capture = wrap(wrapper, text);
    const furniture = wrapper.passages.filter((p) => !plainCapture(text.body).includes(plainCapture(p)));
    for (const withOutlet of [false, true]) {
      const shared = withOutlet ? sharedFurniture(capture, [{ name: wrapper.captureFile, text: wrapper.capture }]).keys : undefined;
      const draft = draftArticle({ capture, captureFile: 'unseen.txt', sharedKeys: shared }).body;
      const a = agreement(draft, text.body);
      const kept = boilerplateKept(draft, furniture, text.body);
      rows.push(`  ${text.captureFile} in ${wrapper.captureFile}${withOutlet ? ' (outlet known)  ' : ' (outlet unknown)'}  ${pct(a.agreement)}  furniture kept: ${kept.length}  text paragraphs dropped: ${textLinesDropped(draft, text.body).length}`);
      expect(a.agreement, `extra: ${a.extra.join(' | ')} — missing: ${a.missing.join(' | ')}`).toBeGreaterThanOrEqual(TARGET);
      expect(kept).toEqual([]);
    }
  });
});
