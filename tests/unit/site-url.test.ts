/**
 * A deployed site never names localhost: `npm run build` refuses to run without SITE_URL (one
 * line, nothing written), and a build with it writes no localhost anywhere. `npm start` and
 * `npm test` still work without it: they build for an explicit local origin (tests/unit/stopping.test.ts
 * runs `npm start` without SITE_URL). Also the one-line refusals of ASTRO_OUT_DIR values the build
 * cannot use (src/cli/out-dir.ts).
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { GOOD_CORPUS, listTree } from '../support/bad-corpora.ts';
import { ROOT, STACK_TRACE, runBuild } from '../support/site-build.ts';
import { siteUrlProblem } from '../../src/site/origin.ts';
import { outDirProblem } from '../../src/cli/out-dir.ts';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'site-url-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const corpus = { CORPUS_DIR: path.relative(ROOT, GOOD_CORPUS) };

describe('SITE_URL', () => {
  it('is refused when missing, not absolute, not http(s), or holding a path', () => {
    expect(siteUrlProblem(undefined)).toMatch(/^SITE_URL is not set — /);
    expect(siteUrlProblem('')).toMatch(/^SITE_URL is not set — /);
    expect(siteUrlProblem('example.org')).toMatch(/is not an absolute URL/);
    expect(siteUrlProblem('ftp://example.org')).toMatch(/is not an http\(s\) address/);
    expect(siteUrlProblem('https://example.org/corpus/')).toMatch(/has a path — .* BASE_PATH/);
    expect(siteUrlProblem('https://example.org')).toBeUndefined();
    expect(siteUrlProblem('http://localhost:4321/')).toBeUndefined();
  });

  it('missing: npm run build stops in one line before writing anything', { timeout: 60_000 }, async () => {
    const dist = path.join(tmp, 'unset', 'dist');
    const { code, stdout, stderr } = await runBuild(dist, path.join(tmp, 'unset', 'cache'), { ...corpus, SITE_URL: '' });
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toEqual([`build: ${siteUrlProblem(undefined)}.`]);
    expect(existsSync(path.dirname(dist))).toBe(false);
  });

  it('set: the built site names its origin and never localhost', { timeout: 300_000 }, async () => {
    const dist = path.join(tmp, 'set', 'dist');
    const { code, stderr } = await runBuild(dist, path.join(tmp, 'set', 'cache'), { ...corpus, SITE_URL: 'https://corpus.example', BASE_PATH: '/c/' });
    expect(stderr).not.toMatch(STACK_TRACE);
    expect(code, stderr).toBe(0);
    const text = listTree(dist).filter((f) => /\.(html|json|csv|bib|xml|txt|js|css)$/.test(f));
    expect(text.filter((f) => /localhost|127\.0\.0\.1/.test(readFileSync(path.join(dist, f), 'utf8')))).toEqual([]);
    const article = readFileSync(path.join(dist, 'articles', 'northland-ceasefire', 'index.html'), 'utf8');
    expect(article).toContain('<link rel="canonical" href="https://corpus.example/c/articles/northland-ceasefire/">');
  });
});

describe('ASTRO_OUT_DIR', () => {
  const root = '/work/corpus';
  it('may be inside the project or elsewhere outside it', () => {
    expect(outDirProblem(root, '/work/corpus/dist')).toBeUndefined();
    expect(outDirProblem(root, '/work/corpus/..out/dist')).toBeUndefined();
    expect(outDirProblem(root, '/tmp/site')).toBeUndefined();
    expect(outDirProblem(root, '/work/site')).toBeUndefined();
  });

  it('may not be the project, a folder holding it, or a folder beside it whose path begins with the project’s', () => {
    expect(outDirProblem(root, '/work/corpus')).toMatch(/is the project folder or holds it/);
    expect(outDirProblem(root, '/work')).toMatch(/is the project folder or holds it/);
    expect(outDirProblem(root, '/work/corpus-site')).toMatch(/is beside the project and its path begins with the project's \(\/work\/corpus\)/);
    expect(outDirProblem(root, '/work/corpus2/dist')).toMatch(/beside the project/);
  });

  it('refused: npm run build says so in one line and writes nothing', { timeout: 60_000 }, async () => {
    const beside = `${ROOT.replace(/\/$/, '')}-out-${path.basename(tmp)}/dist`;
    const { code, stdout, stderr } = await runBuild(beside, path.join(tmp, 'beside-cache'), corpus);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toEqual([`build: ${outDirProblem(ROOT.replace(/\/$/, ''), beside)}.`]);
  });
});
