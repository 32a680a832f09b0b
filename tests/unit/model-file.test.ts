/**
 * The model file (src/corpus/model-file.ts): what the Astro process reads back equals the model
 * the build made, derived fields included, and writing leaves that model as it was.
 */
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { serialize } from 'node:v8';
import { afterAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load.ts';
import { readModel, writeModel } from '../../src/corpus/model-file.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'model-file-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('model file', () => {
  const corpus = loadCorpus();
  const before = serialize(corpus);
  const file = path.join(dir, 'model.bin');
  writeModel(corpus, file);

  it('reads back the model it was written from, mention sentences and plain text included', () => {
    const read = readModel(file);
    expect(read).toEqual(corpus);
    // Key for key, in the same order (exports written from the model list fields as before).
    expect(JSON.stringify(read.articles)).toBe(JSON.stringify(corpus.articles));
    // Shared objects stay shared: an actor's mentions are the articles' own.
    const m = read.articles[0]!.mentions[0]!;
    expect(read.mentionsByActor.get(m.actor)).toContain(m);
    expect(read.articleById.get(read.articles[0]!.id)).toBe(read.articles[0]);
  });

  it('leaves the model written from unchanged, and leaves the derivable text out of the file', () => {
    expect(serialize(corpus).equals(before)).toBe(true);
    const sentences = corpus.articles.reduce((n, a) => n + a.mentions.reduce((k, m) => k + m.sentence.length, 0), 0);
    expect(statSync(file).size).toBeLessThan(before.length - sentences);
  });

  it('refuses a file of another format in one line that says what to do', () => {
    const other = path.join(dir, 'other.bin');
    writeModel(corpus, other);
    const bytes = serialize({ format: 'corpus-model/1', corpus: {} });
    writeFileSync(other, bytes);
    expect(() => readModel(other)).toThrow(/is not a corpus-model\/2 file .*rebuild with npm run build/);
  });
});
