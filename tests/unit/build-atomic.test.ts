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
import { waitForProcess } from '../support/processes.ts';

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

  it('writes the same site whether the search is indexed beside the Astro step or before it', { timeout: 300_000 }, async () => {
    const corpus = { CORPUS_DIR: path.relative(ROOT, GOOD_CORPUS) };
    const beside = path.join(tmp, 'beside', 'dist');
    const before = path.join(tmp, 'before', 'dist');
    // A small corpus fits the default budget (indexed beside); a 1 MB budget fits nothing (indexed before).
    const one = await runBuild(beside, path.join(tmp, 'beside', 'cache'), corpus);
    const other = await runBuild(before, path.join(tmp, 'before', 'cache'), { ...corpus, BUILD_MEMORY_MB: '1' });
    expect([one.code, other.code], one.stderr + other.stderr).toEqual([0, 0]);
    expect(one.stdout).toMatch(/^build: indexing the search beside the pages \(estimated peak [\d.]+ GB, within the [\d.]+ GB budget\)$/m);
    expect(other.stdout).toMatch(/^build: indexing the search before the pages \(side by side they would need an estimated [\d.]+ GB, over the 0\.0 GB budget set by BUILD_MEMORY_MB or the machine\)$/m);
    const [a, b] = [hashTree(beside), hashTree(before)];
    expect([...a.keys()].filter((f) => f.startsWith('pagefind/')).length).toBeGreaterThan(3);
    expect(a).toEqual(b);
  });

  it('fails in one line and leaves the previous site when the search index ends beside the Astro step', { timeout: 300_000 }, async () => {
    const dist = path.join(tmp, 'killed', 'dist');
    previousSite(dist);
    const before = hashTree(dist);
    const build = runBuild(dist, path.join(tmp, 'killed', 'cache'), { CORPUS_DIR: path.relative(ROOT, GOOD_CORPUS) });
    // What the system's out-of-memory killer does to a step: the index process ends at once, mid-build.
    const pid = await waitForProcess(['src/cli/index-search.ts', `${dist}-index`], 120_000);
    expect(pid, 'the index step never started').toBeDefined();
    process.kill(pid!, 'SIGKILL');
    const { code, stdout, stderr } = await build;
    expect(stdout).toMatch(/^build: indexing the search beside the pages /m);
    expect(code).toBe(1);
    expect(stdout + stderr).not.toMatch(STACK_TRACE);
    // Ended by a signal, the index printed nothing: the line says what ended it and what to try.
    const [failed, left] = stderr.trim().split('\n').slice(-2);
    expect(failed).toMatch(/^build: failed — the search index could not be written: its process was ended by SIGKILL \(so the system ends a process when memory runs out; BUILD_MEMORY_MB=\d+ or less makes the build index the search before the pages, not beside them\)$/);
    expect(left).toBe(`build: ${dist}/ was left as it was.`);
    expect(hashTree(dist)).toEqual(before);
    for (const left of ['next', 'prev', 'index', 'share', 'data']) expect(existsSync(`${dist}-${left}`), left).toBe(false);
  });

  it('refuses a memory budget that is not a number, in one line, before any work', { timeout: 60_000 }, async () => {
    const dist = path.join(tmp, 'budget', 'dist');
    previousSite(dist);
    const before = hashTree(dist);
    const { code, stdout, stderr } = await runBuild(dist, path.join(tmp, 'budget', 'cache'), { CORPUS_DIR: path.relative(ROOT, GOOD_CORPUS), BUILD_MEMORY_MB: '4GB' });
    expect(code).toBe(1);
    expect(stdout + stderr).not.toMatch(STACK_TRACE);
    expect(stderr.trim()).toBe('build: BUILD_MEMORY_MB is "4GB" — expected a whole number of megabytes, e.g. BUILD_MEMORY_MB=2048.');
    expect(hashTree(dist)).toEqual(before);
  });
});
