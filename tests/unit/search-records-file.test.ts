/**
 * The search records handed from prepare.ts to the index step (src/cli/search-index.ts): one
 * JSON record per line, read back unchanged, whatever line breaks or separators their text holds.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { searchRecordsIn, writeSearchRecords } from '../../src/cli/search-index.ts';
import { buildSearchRecords, type SearchRecord } from '../../src/views/search-records.ts';
import { loadCorpus } from '../../src/corpus/load.ts';

const work = mkdtempSync(path.join(tmpdir(), 'search-records-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Every record the file holds, read one at a time as the index step reads them. */
const readSearchRecords = (file: string) => Array.fromAsync(searchRecordsIn(file));

describe('search records file', () => {
  it('reads back the real corpus records unchanged, one line each', async () => {
    const records = buildSearchRecords(loadCorpus());
    const file = path.join(work, 'real.jsonl');
    writeSearchRecords(file, records);
    expect(readFileSync(file, 'utf8').trimEnd().split('\n')).toHaveLength(records.length);
    expect(await readSearchRecords(file)).toEqual(JSON.parse(JSON.stringify(records)));
  });

  it('keeps text with CR, LF, CRLF and Unicode line separators inside one record', async () => {
    const record: SearchRecord = {
      url: '/x/',
      content: 'one\ntwo\r\nthree\rfour\u2028five\u2029six',
      sections: [{ text: 'a\nb', anchor: { id: 'p1', title: '¶1||' } }],
      language: 'en',
      meta: { title: 'T\n' },
      filters: { kind: ['article'] },
      sort: {},
    };
    const file = path.join(work, 'breaks.jsonl');
    writeSearchRecords(file, [record, record]);
    expect(await readSearchRecords(file)).toEqual([record, record]);
  });
});
