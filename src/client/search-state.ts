/**
 * The state of the search page and its URL form: `?q=…&kind=…&theme=…&actor=…&outlet=…&year=…&sort=…`.
 * A facet may repeat (`theme=karabakh&theme=csto`: OR within the facet; AND across facets).
 * Pure functions, unit-tested; the page restores its state from the URL on load and writes it
 * back with history.replaceState, so a search can be shared.
 */
import { SEARCH_FACETS, type SearchFacet } from '../shared/search-facets.ts';

export const SORT_ORDERS = ['relevance', 'newest', 'oldest'] as const;
export type SortOrder = (typeof SORT_ORDERS)[number];

export interface SearchState {
  q: string;
  filters: Record<SearchFacet, string[]>;
  sort: SortOrder;
}

export const emptyFilters = (): Record<SearchFacet, string[]> =>
  Object.fromEntries(SEARCH_FACETS.map((f) => [f, [] as string[]])) as Record<SearchFacet, string[]>;

/** The state a query string (`location.search`) describes; unknown keys are ignored. */
export function parseState(search: string): SearchState {
  const params = new URLSearchParams(search);
  const filters = emptyFilters();
  for (const f of SEARCH_FACETS) filters[f] = [...new Set(params.getAll(f).map((v) => v.trim()).filter(Boolean))];
  // Passages were a kind of result of their own until they were listed under their articles:
  // a link shared with `kind=passage` now asks for articles (whose passages are shown).
  filters.kind = [...new Set(filters.kind.map((k) => (k === 'passage' ? 'article' : k)))];
  const sort = params.get('sort');
  return {
    q: (params.get('q') ?? '').trim(),
    filters,
    sort: (SORT_ORDERS as readonly string[]).includes(sort ?? '') ? (sort as SortOrder) : 'relevance',
  };
}

/** The query string of a state ("" when empty); relevance, the default order, is left out. */
export function serializeState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const f of SEARCH_FACETS) for (const v of state.filters[f]) params.append(f, v);
  if (state.sort !== 'relevance') params.set('sort', state.sort);
  const s = params.toString();
  return s ? `?${s}` : '';
}

export const hasFilters = (state: SearchState): boolean => SEARCH_FACETS.some((f) => state.filters[f].length > 0);

/** Pagefind's filter object: `{ theme: { any: [...] } }` per facet in use, optionally leaving one facet out. */
export function pagefindFilters(filters: Record<SearchFacet, string[]>, omit?: SearchFacet): Record<string, { any: string[] }> {
  const out: Record<string, { any: string[] }> = {};
  for (const f of SEARCH_FACETS) if (f !== omit && filters[f].length > 0) out[f] = { any: [...filters[f]] };
  return out;
}

/** Pagefind's sort object (records without a date are left out when sorting by date). */
export function pagefindSort(sort: SortOrder): Record<string, 'asc' | 'desc'> | undefined {
  if (sort === 'newest') return { date: 'desc' };
  if (sort === 'oldest') return { date: 'asc' };
  return undefined;
}

/** Returns a copy of `state` with `value` toggled in `facet`. */
export function toggleFilter(state: SearchState, facet: SearchFacet, value: string, on: boolean): SearchState {
  const current = state.filters[facet].filter((v) => v !== value);
  return { ...state, filters: { ...state.filters, [facet]: on ? [...current, value] : current } };
}
