/**
 * The first step of `npm run build`, in a process of its own: validate the corpus (reading,
 * checking and rendering it once), write the model the Astro step reads, index it with Pagefind
 * and list the share cards to draw (next to the stats file).
 * `node src/cli/prepare.ts <model file> <index folder> <stats file>`.
 *
 * Why a process of its own: the model is large (hundreds of MB at 10,000 articles) and the
 * Astro step loads its own copy; when this process ends its memory goes back to the system, so
 * the build's peak is the larger of the two steps, not their sum.
 *
 * Exit codes: 0 done; 1 the corpus has errors (printed above); 2 anything else (one line).
 */
import { writeFileSync } from 'node:fs';
import { validateAndReport } from './validate.ts';
import { indexSite } from './search-index.ts';
import { writeModel } from '../corpus/model-file.ts';
import { SHARE_CARD_LIST } from './share-cards.ts';
import { shareCards } from '../site/share-cards.ts';
import path from 'node:path';

const [modelFile, indexDir, statsFile] = process.argv.slice(2);
if (!modelFile || !indexDir || !statsFile) {
  console.error('prepare: usage: node src/cli/prepare.ts <model file> <index folder> <stats file>');
  process.exit(2);
}

const { code, corpus } = validateAndReport();
if (code !== 0 || !corpus) process.exit(1);
try {
  writeModel(corpus, modelFile);
  writeFileSync(statsFile, JSON.stringify(await indexSite(indexDir, corpus)));
  // Share images exist only for a site with a known origin (see src/pages/share/[name].png.ts);
  // build.ts draws them beside the Astro step (src/cli/share-cards.ts) from this list.
  if (process.env.SITE_URL) writeFileSync(path.join(path.dirname(statsFile), SHARE_CARD_LIST), JSON.stringify(shareCards(corpus.articles)));
} catch (err) {
  console.error(`build: the model or the search index could not be written — ${err instanceof Error ? err.message : String(err)}`);
  process.exit(2);
}
