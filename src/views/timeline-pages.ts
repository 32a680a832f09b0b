/**
 * The timeline split into pages, so that no page grows with the corpus: /timeline/ holds the
 * first TIMELINE_PAGE_SIZE entries in chronological order with the overview (axis, filters,
 * year index), /timeline/page/<n>/ the next ones; each slice (/timeline/<facet>/<id>/) is split
 * the same way into /timeline/<facet>/<id>/<n>/. Every entry keeps its permalink page
 * (/timeline/<id>/); `entryPath` says where its anchor in the list now is.
 */
import type { ResolvedEvent } from '../corpus/model.ts';
import { slicePagePath, timelinePagePath } from '../shared/paths.ts';
import { FACETS, yearAnchor, type Facet, type Slice } from './timeline.ts';

/** Full entries (quotes and disputed values) per page of /timeline/. */
export const TIMELINE_PAGE_SIZE = 100;
/** Short entries per page of a slice. */
export const SLICE_PAGE_SIZE = 200;
/** The timeline filters list articles only up to this many; beyond, each article page links its own slice. */
export const ARTICLE_FACET_LIMIT = 40;

export interface TimelinePage {
  /** 1-based. */
  n: number;
  total: number;
  events: ResolvedEvent[];
}

export interface SlicePage {
  slice: Slice;
  n: number;
  total: number;
  events: ResolvedEvent[];
  /** Root-relative link to an entry of the slice on the slice page that holds it. */
  entryPath(id: string): string;
  /** Root-relative link to a year's first entries on the slice page that holds them. */
  yearPath(year: number): string;
}

export interface TimelineViews {
  pages: TimelinePage[];
  slicePages: SlicePage[];
  /** Years with entries, each with the page its first entry is on and its count. */
  years: { year: number; page: number; count: number }[];
  /** Root-relative link to an entry's place in the timeline list. */
  entryPath(id: string): string;
  /** Root-relative link to the first entries of a year in the timeline list. */
  yearPath(year: number): string;
  /** The slices the filters list: every theme, kind and actor; articles only while few. */
  filterSlices: Record<Facet, Slice[]>;
  /** True when the whole timeline is on /timeline/ (the in-page filter then sees every entry). */
  onePage: boolean;
}

/** `items` cut into runs of at most `size` (always at least one, possibly empty, run). */
export function chunk<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out.length > 0 ? out : [[]];
}

/** Where each entry and each year's first entry is, once a list is cut into pages. */
function placement(parts: readonly (readonly ResolvedEvent[])[], pagePath: (n: number) => string) {
  const pageOf = new Map<string, number>();
  const yearPage = new Map<number, number>();
  parts.forEach((list, i) => {
    for (const e of list) {
      pageOf.set(e.id, i + 1);
      if (!yearPage.has(e.year)) yearPage.set(e.year, i + 1);
    }
  });
  return {
    pathOf: (id: string) => `${pagePath(pageOf.get(id) ?? 1)}#${id}`,
    yearOf: (year: number) => `${pagePath(yearPage.get(year) ?? 1)}#${yearAnchor(year)}`,
  };
}

export function timelineViews(events: readonly ResolvedEvent[], slices: Record<Facet, Slice[]>): TimelineViews {
  const chunks = chunk(events, TIMELINE_PAGE_SIZE);
  const pages = chunks.map((list, i) => ({ n: i + 1, total: chunks.length, events: list }));
  const pageOf = new Map<string, number>();
  const years = new Map<number, { year: number; page: number; count: number }>();
  for (const p of pages)
    for (const e of p.events) {
      pageOf.set(e.id, p.n);
      const y = years.get(e.year);
      if (y) y.count++;
      else years.set(e.year, { year: e.year, page: p.n, count: 1 });
    }
  const slicePages = FACETS.flatMap((facet) =>
    slices[facet].flatMap((slice) => {
      const parts = chunk(slice.events, SLICE_PAGE_SIZE);
      const { pathOf, yearOf } = placement(parts, (n) => slicePagePath(slice.facet, slice.id, n));
      return parts.map((list, i) => ({ slice, n: i + 1, total: parts.length, events: list, entryPath: pathOf, yearPath: yearOf }));
    }),
  );
  return {
    pages,
    slicePages,
    years: [...years.values()],
    entryPath: (id) => `${timelinePagePath(pageOf.get(id) ?? 1)}#${id}`,
    yearPath: (year) => `${timelinePagePath(years.get(year)?.page ?? 1)}#${yearAnchor(year)}`,
    filterSlices: { ...slices, article: slices.article.length <= ARTICLE_FACET_LIMIT ? slices.article : [] },
    onePage: pages.length === 1,
  };
}

export { slicePagePath, timelinePagePath };
