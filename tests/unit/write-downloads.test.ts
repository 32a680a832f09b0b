/**
 * The downloads of /data/ as `npm run build` writes them (src/cli/write-downloads.ts): one file
 * per download, the same bytes the route would serve, and sizes that match the files.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeDownloads } from '../../src/cli/write-downloads.ts';
import { downloads } from '../../src/export/downloads.ts';
import { exportContext } from '../../src/export/context.ts';
import { loadCorpus } from '../../src/corpus/load.ts';

const work = mkdtempSync(path.join(tmpdir(), 'downloads-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('writeDownloads', () => {
  it('writes every download under its /data/ name, as built, with its size in bytes', () => {
    const corpus = loadCorpus();
    const ctx = exportContext('Site', 'https://example.org', '/corpus/');
    const sizes = writeDownloads(corpus, ctx, work);
    expect(readdirSync(work).sort()).toEqual(Object.values(downloads).map((d) => d.path.slice('/data/'.length)).sort());
    for (const d of Object.values(downloads)) {
      const file = path.join(work, d.path.slice('/data/'.length));
      expect(readFileSync(file, 'utf8'), d.path).toBe(d.build(corpus, ctx));
      expect(sizes[d.path], d.path).toBe(statSync(file).size);
    }
    // The base path reaches the links inside (a download is not written for the wrong site).
    expect(readFileSync(path.join(work, 'corpus.json'), 'utf8')).toContain('https://example.org/corpus/articles/');
  });
});
