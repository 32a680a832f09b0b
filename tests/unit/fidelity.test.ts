/**
 * Fidelity of every article to its raw capture, checked from data: each article in content/
 * names its capture (`capture:`), and `content/sources/<capture>.fidelity.yaml` lists what was
 * removed from it (schema: src/schemas/fidelity.ts). Adding an article adds a fidelity file,
 * never a line here.
 *
 * For each article:
 *  1. every listed passage occurs in the capture (the list is honest) and is gone from the body;
 *  2. the capture with those passages removed equals the body, word for word, after the same
 *     normalisation on both sides (whitespace runs → one space, curly quotes → straight)
 *     and, on the capture's side, Markdown markers dropped (`*`, `#`, `[text](url)` → text);
 *  3. the metadata passages moved out of the body are in the frontmatter.
 * Plus the structure the whitespace normalisation cannot see: headings, paragraph count,
 * paragraphs the capture splits at a page break.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { z } from 'zod';
import { loadCorpus } from '../../src/corpus/load.ts';
import { listFiles } from '../../src/corpus/read-files.ts';
import { fidelityFileOf, fidelitySchema, type Fidelity, type RemovedPassage } from '../../src/schemas/fidelity.ts';
import { normaliseWords, plainCapture } from '../../src/import/words.ts';

const CONTENT = fileURLToPath(new URL('../../content/', import.meta.url));
const SOURCES = path.join(CONTENT, 'sources');

const corpus = loadCorpus({ dir: CONTENT });

const textOf = (p: RemovedPassage) => (typeof p === 'string' ? p : p.text);
const isOnce = (p: RemovedPassage) => typeof p !== 'string';

/** Non-overlapping occurrences of `needle` in `haystack`. */
function count(haystack: string, needle: string): number {
  let n = 0;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + needle.length)) n++;
  return n;
}

/** Removes a passage (replaced by a line break, so the words around it never merge). */
function remove(text: string, p: RemovedPassage): string {
  return isOnce(p) ? text.replace(textOf(p), () => '\n') : text.split(textOf(p)).join('\n');
}

/** Value at a dotted path ("via.2.date") in the frontmatter. */
function get(data: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((v, key) => (v == null ? undefined : (v as Record<string, unknown>)[key]), data);
}

/** The fidelity record of a capture; a missing or invalid one fails with the file and the reason. */
function readFidelity(capture: string): Fidelity {
  const file = path.join(SOURCES, fidelityFileOf(capture));
  if (!existsSync(file)) throw new Error(`${file} is missing: every article's capture needs a fidelity record (npm run import drafts one)`);
  const parsed = fidelitySchema.safeParse(YAML.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) throw new Error(`${file}: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

const CASES = corpus.articles.map((a) => ({ id: a.id, capture: a.data.capture }));

it('has one fidelity record per article, and none for a capture no article uses', () => {
  expect(CASES.length).toBeGreaterThan(0);
  const used = new Set(CASES.map((c) => fidelityFileOf(c.capture)));
  expect(used.size, 'two articles made from one capture').toBe(CASES.length);
  const records = listFiles(SOURCES, '.fidelity.yaml').map((f) => path.basename(f));
  expect(records.filter((r) => !used.has(r)), 'fidelity records without an article').toEqual([]);
});

describe.each(CASES)('$id', ({ id, capture: captureFile }) => {
  const article = corpus.articleById.get(id)!;
  const capture = readFileSync(path.join(SOURCES, captureFile), 'utf8');
  const record = readFidelity(captureFile);
  const passages: RemovedPassage[] = [...record.boilerplate, ...record.moved.map((m) => m.passage)];

  it('leaves out every listed passage, each of which is in the capture', () => {
    const body = normaliseWords(article.bodyText);
    for (const p of passages) {
      expect(capture, 'listed passage is not in the capture').toContain(textOf(p));
      const needle = plainCapture(textOf(p));
      // A `once` passage recurs as text: all but one of its occurrences stay.
      const expected = isOnce(p) ? count(plainCapture(capture), needle) - 1 : 0;
      expect(count(body, needle), `occurrences of "${needle.slice(0, 60)}" in the body`).toBe(expected);
    }
  });

  it('is the capture, word for word, once those passages are removed', () => {
    let rest = capture;
    for (const p of passages) {
      // Checked again on what is left, so overlapping entries fail here instead of passing silently.
      expect(rest).toContain(textOf(p));
      rest = remove(rest, p);
    }
    const words = (text: string) => text.split(' ');
    expect(words(normaliseWords(article.bodyText))).toEqual(words(plainCapture(rest)));
  });

  it('keeps the moved metadata in the frontmatter, and the title out of the body', () => {
    const { data, bodyText } = article;
    for (const m of record.moved) {
      expect(Object.keys(m.fields), `moved passage "${m.passage}" names no frontmatter field: give it the field that now holds it, or list it as boilerplate`).not.toEqual([]);
      for (const [field, value] of Object.entries(m.fields)) {
        const actual = get(data, field);
        if (Array.isArray(actual)) expect(actual, field).toContain(value);
        else expect(actual, field).toBe(value);
      }
    }
    expect(normaliseWords(bodyText)).not.toContain(normaliseWords(data.title));
  });

  it('keeps the section headings and the paragraph structure', () => {
    expect(article.headings.map((h) => h.text)).toEqual(record.headings);
    expect(article.headings.every((h) => h.depth === 2), 'section headings are ## (the title is not in the body)').toBe(true);
    expect(article.paragraphs).toHaveLength(record.paragraphs);
    for (const passage of record.oneParagraph)
      expect(article.paragraphs.filter((p) => normaliseWords(p.text).includes(normaliseWords(passage))), passage).toHaveLength(1);
  });
});
