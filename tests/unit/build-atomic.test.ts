/**
 * `npm run build` never leaves a broken site behind: a corpus with errors stops the build
 * before anything is written (the previous site stays exactly as it was, and the user reads
 * the problems, not a stack trace); a good build replaces the previous site in one swap.
 * Each test builds into its own temporary folder (ASTRO_OUT_DIR), never into dist/.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CASES, GOOD_CORPUS, expectedLines } from '../support/bad-corpora.ts';
import { ROOT, STACK_TRACE, hashTree, runBuild } from '../support/site-build.ts';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'build-atomic-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** A stand-in for the site a previous build left: a few files whose bytes the test can check. */
function previousSite(dist: string): void {
  mkdirSync(path.join(dist, 'articles', 'old'), { recursive: true });
  writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>previous build</title>\n');
  writeFileSync(path.join(dist, 'articles', 'old', 'index.html'), '<!doctype html><title>an old article</title>\n');
}

describe('a build of a corpus with errors', () => {
  it('prints the problems, exits 1, and leaves the previous site byte for byte', { timeout: 120_000 }, async () => {
    const dist = path.join(tmp, 'failed', 'dist');
    previousSite(dist);
    const before = hashTree(dist);
    const c = CASES.find((x) => x.name === 'three-defects')!;
    const corpus = path.relative(ROOT, path.join('tests/fixtures/bad-corpora', c.name));
    const { code, stdout, stderr } = await runBuild(dist, path.join(tmp, 'failed', 'cache'), { CORPUS_DIR: corpus });

    expect(code).toBe(1);
    expect(stdout + stderr).not.toMatch(STACK_TRACE);
    const lines = stderr.split('\n').filter(Boolean);
    expect(lines.slice(0, -1)).toEqual(expectedLines(c, corpus));
    expect(lines.at(-1)).toBe(`build: stopped — fix the corpus errors above; ${dist}/ was left as it was.`);
    expect(hashTree(dist)).toEqual(before);
    expect(existsSync(`${dist}-next`)).toBe(false);
    expect(existsSync(`${dist}-prev`)).toBe(false);
  });

  it('also stops on a corpus folder that does not exist, in one line', { timeout: 120_000 }, async () => {
    const dist = path.join(tmp, 'missing', 'dist');
    previousSite(dist);
    const before = hashTree(dist);
    const { code, stdout, stderr } = await runBuild(dist, path.join(tmp, 'missing', 'cache'), { CORPUS_DIR: 'no/such/corpus' });
    expect(code).toBe(1);
    expect(stdout + stderr).not.toMatch(STACK_TRACE);
    expect(stderr.split('\n').filter(Boolean)[0]).toBe(
      'no/such/corpus (folder) — does not exist — expected a corpus folder holding articles/, sources/, themes.yaml, actors.yaml and events/ (see CORPUS_DIR)',
    );
    expect(hashTree(dist)).toEqual(before);
  });
});

describe('a build of a good corpus', () => {
  it('replaces the previous site as a whole and leaves no staging folder', { timeout: 300_000 }, async () => {
    const dist = path.join(tmp, 'good', 'dist');
    previousSite(dist);
    const { code, stdout, stderr } = await runBuild(dist, path.join(tmp, 'good', 'cache'), { CORPUS_DIR: path.relative(ROOT, GOOD_CORPUS) });
    expect(stderr).not.toMatch(STACK_TRACE);
    expect(code, stderr).toBe(0);
    expect(stdout).toMatch(/^build: site and search index \(\d+ records: .*\) written to /m);
    const files = [...hashTree(dist).keys()];
    expect(files).not.toContain('articles/old/index.html');
    expect(files).toContain('articles/northland-ceasefire/index.html');
    expect(files).toContain('pagefind/pagefind.js');
    expect(existsSync(`${dist}-next`)).toBe(false);
    expect(existsSync(`${dist}-prev`)).toBe(false);
  });
});
