/**
 * The first step of `npm run build`, in a process of its own: validate the corpus (reading,
 * checking and rendering it once), and write into the build's work folder (src/cli/work-files.ts)
 * the model the Astro step reads, the search records index-search.ts indexes (and their facets'
 * counts, for the search page), the list of share cards build.ts draws and the sizes of the
 * downloads of /data/, which it writes into the downloads folder.
 * `node src/cli/prepare.ts <work folder> <downloads folder>`.
 *
 * The share card list is written as soon as the front matter is read and checked, before the
 * bodies are rendered, and announced to build.ts (SHARE_CARDS_READY over the IPC channel, when
 * there is one): the images are then drawn on the cores this single-threaded step leaves idle.
 * The articles' "Cite this" references are then formatted in a worker thread, and the timeline
 * entries' once the model is built, while this thread goes on (src/cli/references.ts).
 *
 * Why a process of its own: the model is large (1.7 GB of memory at 10,000 articles) and the
 * later steps either hold their own copy (Astro) or need much memory without it (Pagefind);
 * when this process ends its memory goes back to the system, so the build's peak is the
 * largest step's, not their sum.
 *
 * Exit codes: 0 done; 1 the corpus has errors (printed above); 2 anything else (one line).
 */
import { writeFileSync } from 'node:fs';
import { validateAndReport } from './validate.ts';
import { writeSearchRecords } from './search-index.ts';
import { SHARE_CARDS_READY, workFiles } from './work-files.ts';
import { writeModel } from '../corpus/model-file.ts';
import { shareCards } from '../site/share-cards.ts';
import { buildSearchRecords, facetSummary } from '../views/search-records.ts';
import { writeDownloads } from './write-downloads.ts';
import { exportContext } from '../export/context.ts';
import { SITE_NAME } from '../site/site.ts';
import { LOCAL_ORIGIN } from '../site/origin.ts';
import type { Article } from '../corpus/model.ts';
import { ReferenceFormatter } from './references.ts';
import { articleCsl, eventCsl } from '../export/csl.ts';
import { basePath } from '../shared/paths.ts';
import { buildLookup } from '../views/lookup.ts';

const [workDir, downloadsDir] = process.argv.slice(2);
if (!workDir || !downloadsDir) {
  console.error('prepare: usage: node src/cli/prepare.ts <work folder> <downloads folder>');
  process.exit(2);
}
const files = workFiles(workDir);

/** The articles as checkCorpus hands them over once their front matter is checked. */
type Frontmatter = readonly Pick<Article, 'id' | 'data'>[];

// Share images exist only for a site with a known origin (see src/pages/share/[name].jpg.ts).
const writeCardList = (articles: Frontmatter) => {
  if (!process.env.SITE_URL) return;
  try {
    writeFileSync(files.shareCards, JSON.stringify(shareCards(articles)));
  } catch (err) {
    console.error(`build: the list of share images could not be written — ${err instanceof Error ? err.message : String(err)}`);
    process.exit(2);
  }
  process.send?.(SHARE_CARDS_READY);
};

// The site's address as the pages' "Cite this" and the downloads give it.
const ctx = exportContext(SITE_NAME, process.env.SITE_URL || LOCAL_ORIGIN, basePath());
const references = new ReferenceFormatter();
const frontmatterRead = (articles: Frontmatter) => {
  writeCardList(articles);
  references.add(articles.map((a) => articleCsl(a, ctx)));
};

const { code, corpus } = validateAndReport(undefined, frontmatterRead);
if (code !== 0 || !corpus) process.exit(1);
try {
  const { articleTitle } = buildLookup(corpus);
  references.add(corpus.events.map((e) => eventCsl(e, articleTitle, ctx)));
  writeModel(corpus, files.model);
  const records = buildSearchRecords(corpus);
  writeSearchRecords(files.searchRecords, records);
  writeFileSync(files.searchFacets, JSON.stringify(facetSummary(records)));
  // The downloads of /data/, here rather than in the Astro step (src/site/data-files.ts).
  writeFileSync(files.downloadSizes, JSON.stringify(writeDownloads(corpus, ctx, downloadsDir)));
  writeFileSync(files.references, JSON.stringify(await references.finish()));
} catch (err) {
  console.error(`build: the model, the search records, the references or the downloads could not be written — ${err instanceof Error ? err.message : String(err)}`);
  process.exit(2);
}
