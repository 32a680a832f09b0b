/**
 * The files the steps of `npm run build` hand to one another, in the build's temporary work
 * folder: prepare.ts writes the model, the search records and their facets' counts, the
 * formatted references, the download sizes and the share card list (and the downloads
 * themselves into a folder next to the output); index-search.ts turns the records into the index
 * and writes its stats; the Astro step reads the model, the references and the facets' counts;
 * build.ts draws the cards.
 */
import path from 'node:path';

export function workFiles(dir: string) {
  return {
    model: path.join(dir, 'model.bin'),
    /** One search record per line (JSON Lines): no single string has to hold them all. */
    searchRecords: path.join(dir, 'search-records.jsonl'),
    indexStats: path.join(dir, 'index-stats.json'),
    /** The search facets' counts over those records, for the search page (src/site/search-facets.ts). */
    searchFacets: path.join(dir, 'search-facets.json'),
    /** The sizes of the downloads prepare.ts wrote (src/site/data-files.ts). */
    downloadSizes: path.join(dir, 'download-sizes.json'),
    /** The "Cite this" references of the article and entry pages (src/cli/references.ts). */
    references: path.join(dir, 'references.json'),
    /** Every share card of the site, named; written only when SITE_URL is set. */
    shareCards: path.join(dir, 'share-cards-all.json'),
  };
}

/** What prepare.ts tells build.ts (over the IPC channel) once the share card list is written. */
export const SHARE_CARDS_READY = 'share-cards-ready';
