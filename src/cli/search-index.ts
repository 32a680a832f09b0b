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
import { VocabularyCounter } from '../views/search-vocabulary.ts';
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

/**
 * How many records are sent to Pagefind before the first is answered. Pagefind takes its
 * messages one at a time, in the order sent, so the index is the same; sent one by one, each
 * record waited for the last one's answer, and Pagefind for this process to encode the next:
 * at 10,000 articles taking the records in went from 26.5 to 21.6 s, the same files written.
 */
const RECORDS_IN_FLIGHT = 64;

/**
 * Writes `records` as a Pagefind bundle into `outputPath` (deleted first), calling `onRecord`
 * with each record as it is sent; the records are read as they come, never all held at once.
 */
export async function writeIndex(records: AsyncIterable<SearchRecord> | Iterable<SearchRecord>, outputPath: string, onRecord?: (record: SearchRecord) => void): Promise<void> {
  rmSync(outputPath, { recursive: true, force: true });
  // The Pagefind process inherits this process's environment when createIndex starts it.
  process.env[CHUNK_SIZE_ENV] ??= String(INDEX_CHUNK_LOCATIONS);
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  const inFlight = new Set<Promise<void>>();
  let refused: Error | undefined;
  try {
    for await (const record of records) {
      // A record with sections goes in as HTML so that each section's start is an anchor;
      // `language` is always set: addCustomRecord without it crashes the Pagefind process.
      const { sections, ...custom } = record;
      const adding = sections ? index.addHTMLFile({ url: record.url, content: recordHtml(record) }) : index.addCustomRecord({ ...custom, language: record.language });
      // Each answer is checked as it comes (a rejection is never left unhandled meanwhile).
      const checked: Promise<void> = adding
        .then((added) => {
          if (added.errors.length > 0) throw new Error(`Pagefind (${record.url}): ${added.errors.join('; ')}`);
        })
        .catch((err: unknown) => void (refused ??= err instanceof Error ? err : new Error(String(err))))
        .finally(() => inFlight.delete(checked));
      inFlight.add(checked);
      onRecord?.(record);
      if (inFlight.size >= RECORDS_IN_FLIGHT) await Promise.race(inFlight);
      if (refused) throw refused;
    }
    await Promise.all(inFlight);
    if (refused) throw refused;
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

/** Reads the records written by writeSearchRecords, one at a time. */
export async function* searchRecordsIn(file: string): AsyncGenerator<SearchRecord> {
  for await (const line of createInterface({ input: createReadStream(file), crlfDelay: Infinity })) if (line) yield JSON.parse(line) as SearchRecord;
}

/**
 * Indexes the records into `<dist>/pagefind`, with the vocabulary beside it, counted as the
 * records go by (at 10,000 articles, 6.5 s that now overlap Pagefind's own work).
 */
export async function indexRecords(dist: string, records: AsyncIterable<SearchRecord> | Iterable<SearchRecord>): Promise<IndexStats> {
  const outputPath = path.join(dist, 'pagefind');
  const vocabulary = new VocabularyCounter();
  const byKind: IndexStats['byKind'] = {};
  let count = 0;
  await writeIndex(records, outputPath, (r) => {
    count++;
    vocabulary.add(r);
    for (const k of r.filters.kind ?? []) byKind[k as SearchKind] = (byKind[k as SearchKind] ?? 0) + 1;
  });
  // The vocabulary for near spellings, next to the index (the search page fetches it only when a query word is not found).
  writeFileSync(path.join(outputPath, VOCABULARY_FILE), JSON.stringify(vocabulary.vocabulary()));
  return { records: count, byKind, ...folderSize(outputPath) };
}
