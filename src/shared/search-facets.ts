/**
 * The kinds of search result and the facets of the search index: shared by the records
 * (build time, src/views/search-records.ts) and the search page (browser, src/client/search*.ts).
 * No imports, so the browser bundle gets nothing else with it.
 */

/**
 * The kinds of result, in the order the page lists them: how each is named and its relevance
 * weight (applied on top of Pagefind's score within the first page of results). The articles'
 * own words (articles, passages) come first; actor pages (hubs that collect the sentences naming
 * an actor) next; timeline entries and themes (editors' summaries, titled with the very names
 * people search for) after. A new kind of record is one line here.
 */
const KINDS = {
  article: { one: 'Article', many: 'Articles', weight: 1 },
  passage: { one: 'Passage', many: 'Passages', weight: 1 },
  timeline: { one: 'Timeline entry', many: 'Timeline entries', weight: 0.4 },
  /** Questions the articles disagree on: editors' words around the articles' own, like timeline entries. */
  perspective: { one: 'Disagreement', many: 'Disagreements', weight: 0.4 },
  actor: { one: 'Actor', many: 'Actors', weight: 0.6 },
  theme: { one: 'Theme', many: 'Themes', weight: 0.4 },
} as const satisfies Record<string, { one: string; many: string; weight: number }>;

export type SearchKind = keyof typeof KINDS;
/** The kinds of result, as the `kind` filter stores them. */
export const SEARCH_KINDS = Object.keys(KINDS) as SearchKind[];

/** How each kind is named on the page (singular, plural). */
export const KIND_LABELS: Record<SearchKind, { one: string; many: string }> = KINDS;

/** Relevance weight of each kind (see KINDS). */
export const KIND_WEIGHTS = Object.fromEntries(SEARCH_KINDS.map((k) => [k, KINDS[k].weight])) as Record<SearchKind, number>;

/** The facets, in the order the search page shows them. AND across facets, OR within one. */
export const SEARCH_FACETS = ['kind', 'theme', 'actor', 'author', 'outlet', 'year'] as const;
export type SearchFacet = (typeof SEARCH_FACETS)[number];

export const FACET_LABELS: Record<SearchFacet, string> = {
  kind: 'Kind of result',
  theme: 'Theme',
  actor: 'Actor',
  author: 'Author',
  outlet: 'Outlet',
  year: 'Year',
};

/** The separator between the spellings of different actors in a record's `aliases` meta field. */
export const ALIAS_GROUP_SEPARATOR = ' · ';

/** What a result shows about its article; one file per article in `pagefind/articles/<id>.json`. */
export interface ArticleCard {
  title: string;
  outlet: string;
  date: string;
  authors: string;
}

/** The folder of the article cards, in the Pagefind folder of the built site. */
export const ARTICLE_CARDS_DIR = 'articles';
