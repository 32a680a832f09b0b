/**
 * Reproducible builds: two builds of the same commit, each into its own fresh folder with
 * its own fresh cache, are byte-identical — same files, same bytes, search index included.
 * A difference is reported by file name. Slow by nature (two full site builds).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { hashTree, runBuild } from '../support/site-build.ts';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'reproducible-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

it('two builds of the same sources give byte-identical sites', { timeout: 600_000 }, async () => {
  const trees = [];
  for (const n of [1, 2]) {
    // Built one after the other: the second may not reuse anything of the first.
    const dist = path.join(tmp, `site-${n}`, 'dist');
    const { code, stderr } = await runBuild(dist, path.join(tmp, `cache-${n}`), { CORPUS_DIR: 'content' });
    expect(code, stderr).toBe(0);
    trees.push(hashTree(dist));
  }
  const [a, b] = trees as [Map<string, string>, Map<string, string>];
  expect(a.size).toBeGreaterThan(10);
  expect([...b.keys()], 'the two builds hold different files').toEqual([...a.keys()]);
  const differing = [...a].filter(([file, hash]) => b.get(file) !== hash).map(([file]) => file);
  expect(differing, 'files whose bytes differ between the two builds').toEqual([]);
});
