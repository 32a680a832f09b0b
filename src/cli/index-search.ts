/**
 * The second step of `npm run build`, in a process of its own: index the search records that
 * prepare.ts wrote into the build's work folder (src/cli/work-files.ts) into
 * `<index folder>/pagefind`, and write the index's stats into the work folder.
 * `node src/cli/index-search.ts <work folder> <index folder>`.
 *
 * Why a process of its own: Pagefind's indexing process grows large (3.1 GB at 10,000
 * articles, measured), and prepare.ts holds the model (1.7 GB there); run one after the other,
 * the build's peak is the larger of the two instead of their sum.
 *
 * Exit codes: 0 done; 2 the index could not be written (one line).
 */
import { writeFileSync } from 'node:fs';
import { indexRecords, searchRecordsIn } from './search-index.ts';
import { workFiles } from './work-files.ts';

const [workDir, indexDir] = process.argv.slice(2);
if (!workDir || !indexDir) {
  console.error('index-search: usage: node src/cli/index-search.ts <work folder> <index folder>');
  process.exit(2);
}
const files = workFiles(workDir);
try {
  writeFileSync(files.indexStats, JSON.stringify(await indexRecords(indexDir, searchRecordsIn(files.searchRecords))));
} catch (err) {
  console.error(`build: the search index could not be written — ${err instanceof Error ? err.message : String(err)}`);
  process.exit(2);
}
