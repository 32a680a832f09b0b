/**
 * Fidelity of every article to its raw capture, checked from data: each article in content/
 * names its capture (`capture:`), and `content/sources/<capture>.fidelity.yaml` lists what was
 * removed from it (schema: src/schemas/fidelity.ts). Adding an article adds a fidelity file,
 * never a line here. The check itself is src/import/fidelity-check.ts:
 *
 *  1. every listed passage occurs in the capture (the list is honest) and is gone from the body;
 *  2. the capture with those passages removed equals the body, word for word, after the same
 *     normalisation on both sides (whitespace runs → one space, curly quotes → straight)
 *     and, on the capture's side, Markdown markers dropped (`*`, `#`, `[text](url)` → text);
 *  3. the metadata passages moved out of the body are in the frontmatter;
 *  4. the structure the whitespace normalisation cannot see: headings, paragraph count,
 *     paragraphs the capture splits at a page break.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { z } from 'zod';
import { loadCorpus } from '../../src/corpus/load.ts';
import { listFiles } from '../../src/corpus/read-files.ts';
import { fidelityProblems } from '../../src/import/fidelity-check.ts';
import { fidelityFileOf, fidelitySchema, type Fidelity } from '../../src/schemas/fidelity.ts';

const CONTENT = fileURLToPath(new URL('../../content/', import.meta.url));
const SOURCES = path.join(CONTENT, 'sources');

const corpus = loadCorpus({ dir: CONTENT });

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

describe.each(CASES)('$id', ({ id, capture }) => {
  const problems = fidelityProblems(readFileSync(path.join(SOURCES, capture), 'utf8'), readFidelity(capture), corpus.articleById.get(id)!);

  it('leaves out every listed passage, each of which is in the capture', () => expect(problems.passages).toEqual([]));
  it('is the capture, word for word, once those passages are removed', () => expect(problems.words).toEqual([]));
  it('keeps the moved metadata in the frontmatter, and the title out of the body', () => expect(problems.moved).toEqual([]));
  it('keeps the section headings and the paragraph structure', () => expect(problems.structure).toEqual([]));
});
