/**
 * The synthetic benchmark corpus (src/cli/synthetic-corpus.ts): it must pass the same checks
 * as the real corpus, be made of the real articles' verbatim paragraphs, and be the same
 * files for the same seed.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkCorpus } from '../../src/corpus/load.ts';
import type { Corpus } from '../../src/corpus/model.ts';
import type { Problem } from '../../src/corpus/problems.ts';
import { writeSyntheticCorpus, type SyntheticSummary } from '../../src/cli/synthetic-corpus.ts';

const CONTENT = fileURLToPath(new URL('../../content/', import.meta.url));
const work = mkdtempSync(path.join(tmpdir(), 'synthetic-corpus-test-'));
const dirA = path.join(work, 'a');

/** Every file of a folder with its text, by relative path. */
function snapshot(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true }))
    if (entry.isFile()) {
      const file = path.join(entry.parentPath, entry.name);
      out.set(path.relative(dir, file), readFileSync(file, 'utf8'));
    }
  return out;
}

const bodyOf = (markdown: string) => markdown.replace(/^---\n[\s\S]*?\n---\n/, '').trim();

describe('synthetic corpus of 20 articles', () => {
  let summary: SyntheticSummary;
  let corpus: Corpus | undefined;
  let problems: Problem[];

  beforeAll(() => {
    summary = writeSyntheticCorpus({ count: 20, dir: dirA, seed: 7, sourceDir: CONTENT });
    ({ corpus, problems } = checkCorpus({ dir: dirA, base: '/' }));
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('validates with zero errors', () => {
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(corpus).toBeDefined();
  });

  it('has the requested number of articles, each with a capture file and declared themes', () => {
    expect(summary.articles).toBe(20);
    expect(corpus!.articles).toHaveLength(20);
    const captures = new Set(readdirSync(path.join(dirA, 'sources')));
    for (const a of corpus!.articles) {
      expect(captures.has(a.data.capture)).toBe(true);
      expect(a.data.themes.length).toBeGreaterThan(0);
    }
  });

  it('varies outlets and publication dates', () => {
    expect(new Set(corpus!.articles.map((a) => a.data.outlet.name)).size).toBeGreaterThan(3);
    expect(new Set(corpus!.articles.map((a) => a.data.published.date)).size).toBeGreaterThan(10);
  });

  it('has a timeline entry per article whose quotes resolve to a paragraph', () => {
    expect(summary.events).toBe(20);
    expect(corpus!.events).toHaveLength(20);
    const cited = new Set(corpus!.events.flatMap((e) => e.sources.map((s) => s.article)));
    for (const a of corpus!.articles) expect(cited.has(a.id)).toBe(true);
    for (const e of corpus!.events) for (const s of e.sources) expect(s.paragraph).toMatch(/^p\d+$/);
  });

  it('is made of verbatim blocks of the real articles', () => {
    const real = readdirSync(path.join(CONTENT, 'articles')).map((f) => bodyOf(readFileSync(path.join(CONTENT, 'articles', f), 'utf8')));
    for (const a of corpus!.articles) {
      const blocks = bodyOf(readFileSync(path.join(dirA, 'articles', `${a.id}.md`), 'utf8')).split(/\n\n+/);
      expect(blocks.length).toBeGreaterThan(5);
      for (const block of blocks) expect(real.some((body) => body.includes(block))).toBe(true);
    }
  });

  it('writes the same files for the same seed, and others for another seed', () => {
    const dirB = path.join(work, 'b');
    const dirC = path.join(work, 'c');
    writeSyntheticCorpus({ count: 20, dir: dirB, seed: 7, sourceDir: CONTENT });
    writeSyntheticCorpus({ count: 20, dir: dirC, seed: 8, sourceDir: CONTENT });
    expect(snapshot(dirB)).toEqual(snapshot(dirA));
    expect(snapshot(dirC)).not.toEqual(snapshot(dirA));
  });

  it('refuses to overwrite a folder it did not write', () => {
    const foreign = path.join(work, 'foreign');
    writeSyntheticCorpus({ count: 1, dir: foreign, seed: 1, sourceDir: CONTENT });
    rmSync(path.join(foreign, '.synthetic-corpus'));
    writeFileSync(path.join(foreign, 'notes.txt'), 'keep me');
    expect(() => writeSyntheticCorpus({ count: 1, dir: foreign, seed: 1, sourceDir: CONTENT })).toThrow(/not empty/);
    expect(readFileSync(path.join(foreign, 'notes.txt'), 'utf8')).toBe('keep me');
  });
});
