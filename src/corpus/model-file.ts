/**
 * The model handed from the build CLI to the Astro process: written once with V8's structured
 * serialisation (Maps and all, no JSON round trip) and read back as is, so the corpus is read,
 * validated and rendered once per build however many processes use it.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { deserialize, serialize } from 'node:v8';
import type { Corpus } from './model.ts';

/** The environment variable through which the build names the model file to the Astro process. */
export const MODEL_FILE_ENV = 'CORPUS_MODEL_FILE';

/** Bumped whenever the model's shape changes, so a stale file is refused rather than misread. */
const FORMAT = 'corpus-model/1';

export function writeModel(corpus: Corpus, file: string): void {
  writeFileSync(file, serialize({ format: FORMAT, corpus }));
}

export function readModel(file: string): Corpus {
  const data = deserialize(readFileSync(file)) as { format?: unknown; corpus?: Corpus };
  if (data.format !== FORMAT || !data.corpus) throw new Error(`${file} is not a ${FORMAT} file (stale or from another version): rebuild with npm run build`);
  return data.corpus;
}
