/**
 * The part of Pagefind's browser API the search page uses, typed, and its loading. The
 * bundle is imported at run time from `<base>/pagefind/pagefind.js` (written by the build
 * after Astro's, so the bundler must not try to resolve it).
 */
import type { PagefindAnchor } from './search-passages.ts';

export interface PagefindWordLocation {
  location: number;
  weight: number;
  balanced_score: number;
}

export interface PagefindFragment {
  url: string;
  content: string;
  word_count: number;
  /** Elements with an id in an HTML record (an article's paragraphs and headings). */
  anchors?: PagefindAnchor[];
  excerpt: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  locations: number[];
  weighted_locations: PagefindWordLocation[];
}

export interface PagefindResult {
  id: string;
  score: number;
  words: number[];
  /** Meta fields (e.g. "title", "aliases") in which the query matched (Pagefind ≥ 1.5). */
  matchedMetaFields?: string[];
  data: () => Promise<PagefindFragment>;
}

export type FilterCounts = Record<string, Record<string, number>>;

export interface PagefindResponse {
  results: PagefindResult[];
  unfilteredResultCount: number;
  filters: FilterCounts;
  totalFilters: FilterCounts;
}

export interface PagefindSearchOptions {
  filters?: Record<string, unknown> | undefined;
  sort?: Record<string, 'asc' | 'desc'> | undefined;
}

export interface Pagefind {
  options: (o: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  filters: () => Promise<FilterCounts>;
  search: (term: string | null, options?: PagefindSearchOptions) => Promise<PagefindResponse>;
  debouncedSearch: (term: string | null, options?: PagefindSearchOptions, ms?: number) => Promise<PagefindResponse | null>;
}

let loading: Promise<Pagefind> | undefined;

/**
 * Loads the bundle once. Result URLs already hold the base path, so baseUrl is "/".
 * `noWorker`: the search runs on the page, so Pagefind's worker script (≈12 KB) is not fetched;
 * a search takes milliseconds at this size. No filter data is loaded here (see loadFilterCounts).
 */
export function loadPagefind(bundleUrl: string): Promise<Pagefind> {
  loading ??= (async () => {
    const pf = (await import(/* @vite-ignore */ bundleUrl)) as Pagefind;
    // An author's name weighs more in the article it signs than a mention elsewhere.
    await pf.options({ baseUrl: '/', excerptLength: 30, noWorker: true, ranking: { metaWeights: { authors: 5 } } });
    await pf.init();
    return pf;
  })();
  return loading;
}

/**
 * Pagefind returns counts only for facets whose filter data is loaded, and `filters()` loads
 * them all (hundreds of KB at 1,000 articles): the page calls this on demand only, when the
 * filters are first used or the URL has some.
 */
export async function loadFilterCounts(pf: Pagefind): Promise<void> {
  await pf.filters();
}
