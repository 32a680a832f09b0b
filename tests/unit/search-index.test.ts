/**
 * The index step's feeder (src/cli/search-index.ts): records are sent to Pagefind as they are
 * read, many before the first is answered, and counted for the vocabulary and the stats on the
 * way. Every record sent is in the index; a source that fails part-way fails the step with its
 * own error (never an unhandled rejection) and leaves no Pagefind process behind.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { indexRecords, searchRecordsIn, writeSearchRecords } from '../../src/cli/search-index.ts';
import { buildSearchRecords, type SearchRecord } from '../../src/views/search-records.ts';
import { buildVocabulary } from '../../src/views/search-vocabulary.ts';
import { VOCABULARY_FILE } from '../../src/shared/search-spelling.ts';
import { loadCorpus } from '../../src/corpus/load.ts';
import { childrenRunning } from '../support/processes.ts';

const work = mkdtempSync(path.join(tmpdir(), 'search-index-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const pageCount = (dist: string) => (JSON.parse(readFileSync(path.join(dist, 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> }).languages.en!.page_count;

/** Many small records with distinct words, more than the feeder keeps in flight. */
const manyRecords = (n: number): SearchRecord[] =>
  Array.from({ length: n }, (_, i) => ({ url: `/r${i}/`, content: `record number${i} about Karabakh`, language: 'en', meta: { title: `Record ${i}` }, filters: { kind: [i % 2 ? 'article' : 'timeline'] }, sort: {} }));

describe('indexing the search records', () => {
  it('indexes the real corpus streamed from its records file, with the vocabulary of all its records', async () => {
    const records = buildSearchRecords(loadCorpus());
    const file = path.join(work, 'real.jsonl');
    writeSearchRecords(file, records);
    const dist = path.join(work, 'real');
    const stats = await indexRecords(dist, searchRecordsIn(file));
    expect(stats.records).toBe(records.length);
    expect(pageCount(dist)).toBe(records.length);
    expect(Object.values(stats.byKind).reduce((a, b) => a + b, 0)).toBe(records.filter((r) => (r.filters.kind ?? []).length > 0).length);
    expect(JSON.parse(readFileSync(path.join(dist, 'pagefind', VOCABULARY_FILE), 'utf8'))).toEqual(JSON.parse(JSON.stringify(buildVocabulary(records))));
  });

  it('indexes every record when far more are sent than are answered at once', async () => {
    const dist = path.join(work, 'many');
    const stats = await indexRecords(dist, manyRecords(300));
    expect(stats).toMatchObject({ records: 300, byKind: { article: 150, timeline: 150 } });
    expect(pageCount(dist)).toBe(300);
  });

  it('fails with the source’s own error when the records stop part-way, and ends Pagefind', async () => {
    async function* brokenSource(): AsyncGenerator<SearchRecord> {
      yield* manyRecords(100);
      throw new Error('line 101 of the records file is not JSON');
    }
    await expect(indexRecords(path.join(work, 'broken'), brokenSource())).rejects.toThrow('line 101 of the records file is not JSON');
    await expect.poll(() => childrenRunning('pagefind'), { timeout: 5000 }).toEqual([]);
    // A second index after the failure starts a Pagefind of its own and completes.
    const dist = path.join(work, 'after');
    await indexRecords(dist, manyRecords(3));
    expect(pageCount(dist)).toBe(3);
  });
});
