/**
 * The share images are drawn from the moment the front matter is known, not after the whole
 * corpus is checked and rendered: checkCorpus hands the articles to `onFrontmatter` before it
 * renders the bodies (and only when nothing is wrong so far), and prepare.ts writes the card
 * list then and tells build.ts over the IPC channel, before it writes the model.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkCorpus } from '../../src/corpus/load.ts';
import { SHARE_CARDS_READY, workFiles } from '../../src/cli/work-files.ts';
import { CASES, GOOD_CORPUS, materialise } from '../support/bad-corpora.ts';
import { ROOT } from '../support/site-build.ts';

const scratch = mkdtempSync(path.join(tmpdir(), 'early-cards-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function caseFolder(name: string): string {
  const dir = path.join(scratch, name);
  materialise(CASES.find((c) => c.name === name)!, dir);
  return dir;
}

function frontmatterSeen(dir: string): { ids: string[] | undefined; built: boolean } {
  let ids: string[] | undefined;
  const { corpus } = checkCorpus({ dir, onFrontmatter: (articles) => (ids = articles.map((a) => a.id)) });
  return { ids, built: corpus !== undefined };
}

describe('checkCorpus onFrontmatter', () => {
  it('gets every article of a clean corpus', () => {
    const { ids, built } = frontmatterSeen(GOOD_CORPUS);
    expect(built).toBe(true);
    expect(ids?.sort()).toEqual(['northland-ceasefire', 'southland-alliance']);
  });

  it('is called before the bodies are checked: a quote missing from a body still fails the corpus afterwards', () => {
    const { ids, built } = frontmatterSeen(caseFolder('quote-missing'));
    expect(ids).toHaveLength(2);
    expect(built).toBe(false);
  });

  it('is not called when the front matter has an error', () => {
    const { ids, built } = frontmatterSeen(caseFolder('title-missing'));
    expect(ids).toBeUndefined();
    expect(built).toBe(false);
  });
});

describe('prepare.ts', () => {
  it('writes the card list and says so before it writes the model', async () => {
    const work = mkdtempSync(path.join(scratch, 'work-'));
    const files = workFiles(work);
    const seen: { message: unknown; list: boolean; model: boolean }[] = [];
    const code = await new Promise<number | null>((resolve, reject) => {
      const child = spawn(process.execPath, [path.join(ROOT, 'src/cli/prepare.ts'), work, path.join(work, 'data')], {
        cwd: ROOT,
        env: { ...process.env, CORPUS_DIR: GOOD_CORPUS, SITE_URL: 'https://corpus.example' },
        stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
      });
      child.on('message', (message) => seen.push({ message, list: existsSync(files.shareCards), model: existsSync(files.model) }));
      child.on('error', reject);
      child.on('close', resolve);
    });
    expect(code).toBe(0);
    expect(seen).toEqual([{ message: SHARE_CARDS_READY, list: true, model: false }]);
    const names = (JSON.parse(readFileSync(files.shareCards, 'utf8')) as { name: string }[]).map((c) => c.name);
    expect(names.sort()).toEqual(['northland-ceasefire', 'site', 'southland-alliance']);
    expect(existsSync(files.model)).toBe(true);
  }, 60_000);
});
