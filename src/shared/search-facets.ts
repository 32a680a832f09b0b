/**
 * The kinds of search result and the facets of the search index: shared by the records
 * (build time, search-records.ts) and the search page (browser, src/client/search*.ts).
 * No imports, so the browser bundle gets nothing else with it.
 */

/** The kinds of result, as the `kind` filter stores them. */
export const SEARCH_KINDS = ['article', 'passage', 'timeline', 'perspective', 'actor', 'theme'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

/** How each kind is named on the page (singular, plural). */
export const KIND_LABELS: Record<SearchKind, { one: string; many: string }> = {
  article: { one: 'Article', many: 'Articles' },
  passage: { one: 'Passage', many: 'Passages' },
  timeline: { one: 'Timeline entry', many: 'Timeline entries' },
  perspective: { one: 'Disagreement', many: 'Disagreements' },
  actor: { one: 'Actor', many: 'Actors' },
  theme: { one: 'Theme', many: 'Themes' },
};

/** The facets, in the order the search page shows them. AND across facets, OR within one. */
export const SEARCH_FACETS = ['kind', 'theme', 'actor', 'outlet', 'year'] as const;
export type SearchFacet = (typeof SEARCH_FACETS)[number];

export const FACET_LABELS: Record<SearchFacet, string> = {
  kind: 'Kind of result',
  theme: 'Theme',
  actor: 'Actor',
  outlet: 'Outlet',
  year: 'Year',
};

/**
 * Relevance weight of each kind, applied on top of Pagefind's score when results are ordered
 * by relevance. The articles' own words (articles, passages) come first; actor pages (hubs
 * that collect the sentences naming an actor) next; timeline entries and themes (editors'
 * summaries, titled with the very names people search for) after. Chosen by measuring a
 * table of queries: see the search issue's report and tests/e2e/search.spec.ts.
 */
export const KIND_WEIGHTS: Record<SearchKind, number> = {
  article: 1,
  passage: 1,
  actor: 0.6,
  timeline: 0.4,
  /** Questions the articles disagree on: editors' words around the articles' own, like timeline entries. */
  perspective: 0.4,
  theme: 0.4,
};

/** The separator between the spellings of different actors in a record's `aliases` meta field. */
export const ALIAS_GROUP_SEPARATOR = ' · ';
