/**
 * The search facets' counts prepare.ts summarised from the records it wrote for the index, read
 * once by the Astro step for the search page: the records are built once per build.
 */
import { readFileSync } from 'node:fs';
import type { SearchLookup } from '../views/search-records.ts';

/** Set for the Astro step of `npm run build` to the file of the facet summary. */
export const SEARCH_FACETS_BY_BUILD_ENV = 'SEARCH_FACETS_BY_BUILD';

/** The summary this build handed over; undefined outside `npm run build` (`astro dev`), where the views make their own. */
export function builtSearchFacets(): SearchLookup['facets'] | undefined {
  const file = process.env[SEARCH_FACETS_BY_BUILD_ENV];
  return file ? (JSON.parse(readFileSync(file, 'utf8')) as SearchLookup['facets']) : undefined;
}
