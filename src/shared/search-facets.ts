/**
 * The kinds of search result and the facets of the search index: shared by the records
 * (build time, src/views/search-records.ts) and the search page (browser, src/client/search*.ts).
 * No imports, so the browser bundle gets nothing else with it.
 */

/**
 * The kinds of result, in the order the page lists them: how each is named and its relevance
 * weight (applied on top of Pagefind's score within the first page of results). The articles'
 * own words come first (an article's matching passages are listed under it, see PASSAGE_LABEL); actor pages (hubs that collect the sentences naming
 * an actor) next; timeline entries and themes (editors' summaries, titled with the very names
 * people search for) after. A new kind of record is one line here.
 */
const KINDS = {
  article: { one: 'Article', many: 'Articles', weight: 1 },
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

/**
 * A passage is not a record of its own: an article's record marks where each paragraph starts
 * (an anchor whose title carries the paragraph's number, themes and actors), and the search page
 * lists an article's matching passages under it. One record per article instead of one per
 * paragraph keeps the index's metadata, which every first query loads, a tenth of the size.
 */
export const PASSAGE_LABEL = { one: 'Passage', many: 'Passages' } as const;

/** Where a section of an article's record starts: a numbered paragraph or a heading. */
export type SectionAnchor =
  | { kind: 'paragraph'; n: number; themes: string[]; actors: string[] }
  | { kind: 'heading'; text: string };

/**
 * The anchor title (Pagefind's `data-pagefind-title`, returned with the result but not indexed as
 * words) of a section: `¶<n>|<theme,…>|<actor,…>` or `§|<heading text>`. Ids are slugs, so
 * neither "|" nor "," occurs in them.
 */
export function encodeSectionAnchor(anchor: SectionAnchor): string {
  return anchor.kind === 'paragraph' ? `¶${anchor.n}|${anchor.themes.join(',')}|${anchor.actors.join(',')}` : `§|${anchor.text}`;
}

/** The section an anchor title describes (see encodeSectionAnchor); undefined for any other title. */
export function decodeSectionAnchor(title: string): SectionAnchor | undefined {
  if (title.startsWith('§|')) return { kind: 'heading', text: title.slice(2) };
  const m = /^¶(\d+)\|([^|]*)\|([^|]*)$/.exec(title);
  if (!m) return undefined;
  const list = (s: string) => (s ? s.split(',') : []);
  return { kind: 'paragraph', n: Number(m[1]), themes: list(m[2]!), actors: list(m[3]!) };
}
