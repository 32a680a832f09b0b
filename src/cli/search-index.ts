/**
 * Builds the Pagefind index into <dist>/pagefind, cleared first (Pagefind never clears its
 * output folder). The index is built from the search records the model gives, not from the
 * HTML: one record per article (its passages as anchored sections), timeline entry, actor and
 * theme (see src/views/search-records.ts for why); prepare.ts writes them to a file with the
 * same CORPUS_DIR and BASE_PATH as the pages, so record URLs match the built site, and
 * index-search.ts indexes them in a process that does not hold the model. Next to the index
 * goes the corpus vocabulary (src/views/search-vocabulary.ts) for near spellings.
 */
import { closeSync, createReadStream, openSync, readdirSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { createInterface } from 'node:readline';
import path from 'node:path';
import * as pagefind from 'pagefind';
import type { SearchKind, SearchRecord } from '../views/search-records.ts';
import { recordHtml } from '../views/search-html.ts';
import { buildVocabulary } from '../views/search-vocabulary.ts';
import { VOCABULARY_FILE } from '../shared/search-spelling.ts';

export interface IndexStats {
  /** Records indexed. */
  records: number;
  byKind: Partial<Record<SearchKind, number>>;
  /** Size of the written pagefind/ folder. */
  bytes: number;
  files: number;
}

function folderSize(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    files++;
    bytes += statSync(path.join(entry.parentPath, entry.name)).size;
  }
  return { bytes, files };
}

/**
 * How many word locations one index chunk holds (Pagefind's default is 20,000). A query fetches
 * the whole chunk each of its words falls in, so smaller chunks mean fewer bytes per query word,
 * at the cost of a longer chunk list in the metadata every visit loads. Measured at 1,000
 * synthetic articles through /search/ (`node src/cli/bench-search.ts <dist>`): 20,000 → 5,000
 * took index bytes per query from 21–85 KB to 5–29 KB for 2 KB more metadata; 2,000 saved little
 * more and added 5 KB. Pagefind 1.6 reads it only from this environment variable (marked
 * unstable, hence the pinned version); a value set by the caller wins.
 */
export const INDEX_CHUNK_LOCATIONS = 5000;
const CHUNK_SIZE_ENV = 'PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE';

/** Writes `records` as a Pagefind bundle into `outputPath` (deleted first). */
export async function writeIndex(records: readonly SearchRecord[], outputPath: string): Promise<void> {
  rmSync(outputPath, { recursive: true, force: true });
  // The Pagefind process inherits this process's environment when createIndex starts it.
  process.env[CHUNK_SIZE_ENV] ??= String(INDEX_CHUNK_LOCATIONS);
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    for (const record of records) {
      // A record with sections goes in as HTML so that each section's start is an anchor;
      // `language` is always set: addCustomRecord without it crashes the Pagefind process.
      const { sections, ...custom } = record;
      const added = sections ? await index.addHTMLFile({ url: record.url, content: recordHtml(record) }) : await index.addCustomRecord({ ...custom, language: record.language });
      if (added.errors.length > 0) throw new Error(`Pagefind (${record.url}): ${added.errors.join('; ')}`);
    }
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
  } finally {
    await pagefind.close();
  }
}

/**
 * Writes the records one per line (JSON Lines) for the index step. U+2028 and U+2029 are
 * written escaped: JSON allows them raw, but Node's line reader ends a line at them.
 */
export function writeSearchRecords(file: string, records: readonly SearchRecord[]): void {
  const fd = openSync(file, 'w');
  try {
    for (const r of records) writeSync(fd, `${JSON.stringify(r).replace(/[\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16)}`)}\n`);
  } finally {
    closeSync(fd);
  }
}

/** Reads the records written by writeSearchRecords. */
export async function readSearchRecords(file: string): Promise<SearchRecord[]> {
  const records: SearchRecord[] = [];
  for await (const line of createInterface({ input: createReadStream(file), crlfDelay: Infinity })) if (line) records.push(JSON.parse(line) as SearchRecord);
  return records;
}

/** Indexes the records into `<dist>/pagefind`, with the vocabulary beside it. */
export async function indexRecords(dist: string, records: readonly SearchRecord[]): Promise<IndexStats> {
  const outputPath = path.join(dist, 'pagefind');
  await writeIndex(records, outputPath);
  // The vocabulary for near spellings, next to the index (the search page fetches it only when a query word is not found).
  writeFileSync(path.join(outputPath, VOCABULARY_FILE), JSON.stringify(buildVocabulary(records)));
  const byKind: IndexStats['byKind'] = {};
  for (const r of records) for (const k of r.filters.kind ?? []) byKind[k as SearchKind] = (byKind[k as SearchKind] ?? 0) + 1;
  return { records: records.length, byKind, ...folderSize(outputPath) };
}
