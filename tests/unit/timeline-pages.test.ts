/**
 * The timeline split into pages (src/views/timeline-pages.ts) on a small synthetic list of
 * entries, and the redirect of old /timeline/#<id> links (src/client/timeline-anchor.ts).
 */
import { describe, expect, it } from 'vitest';
import { chunk, SLICE_PAGE_SIZE, TIMELINE_PAGE_SIZE, timelineViews, ARTICLE_FACET_LIMIT } from '../../src/views/timeline-pages.ts';
import { entryPageFor } from '../../src/client/timeline-anchor.ts';
import type { ResolvedEvent } from '../../src/corpus/model.ts';
import type { Slice } from '../../src/views/timeline.ts';

const entry = (i: number, year: number): ResolvedEvent =>
  ({ id: `e-${i}`, year, kind: 'event', themes: [], actors: [], places: [], sources: [], claims: [], display: String(year) }) as unknown as ResolvedEvent;

const many = (n: number) => Array.from({ length: n }, (_, i) => entry(i, 2000 + Math.floor(i / 70)));
const noSlices = (extra: Partial<Record<Slice['facet'], Slice[]>> = {}) => ({ theme: [], actor: [], article: [], kind: [], ...extra });

describe('chunk', () => {
  it('cuts a list into runs of at most `size`, and an empty list into one empty run', () => {
    expect(chunk([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(chunk([], 3)).toEqual([[]]);
  });
});

describe('timeline pages', () => {
  it('keeps a short timeline on one page, where the in-page filter sees every entry', () => {
    const v = timelineViews(many(80), noSlices());
    expect(v.pages).toHaveLength(1);
    expect(v.onePage).toBe(true);
    expect(v.entryPath('e-79')).toBe('/timeline/#e-79');
  });

  it('splits a long timeline into pages of TIMELINE_PAGE_SIZE and says where each entry and year is', () => {
    const n = TIMELINE_PAGE_SIZE * 2 + 7;
    const v = timelineViews(many(n), noSlices());
    expect(v.pages.map((p) => p.events.length)).toEqual([TIMELINE_PAGE_SIZE, TIMELINE_PAGE_SIZE, 7]);
    expect(v.onePage).toBe(false);
    expect(v.entryPath('e-0')).toBe('/timeline/#e-0');
    expect(v.entryPath(`e-${TIMELINE_PAGE_SIZE}`)).toBe(`/timeline/page/2/#e-${TIMELINE_PAGE_SIZE}`);
    expect(v.entryPath(`e-${n - 1}`)).toBe(`/timeline/page/3/#e-${n - 1}`);
    // Year 2001 starts at entry 70 (page 1); year 2002 at entry 140 (page 2).
    expect(v.yearPath(2001)).toBe('/timeline/#year-2001');
    expect(v.yearPath(2002)).toBe('/timeline/page/2/#year-2002');
    expect(v.years.reduce((s, y) => s + y.count, 0)).toBe(n);
  });

  it('splits long slices and links each entry to the slice page that holds it', () => {
    const events = many(SLICE_PAGE_SIZE + 1);
    const slice: Slice = { facet: 'actor', id: 'russia', label: 'Russia', events };
    const v = timelineViews(events, noSlices({ actor: [slice] }));
    const pages = v.slicePages.filter((p) => p.slice === slice);
    expect(pages.map((p) => [p.n, p.total, p.events.length])).toEqual([[1, 2, SLICE_PAGE_SIZE], [2, 2, 1]]);
    expect(pages[0]!.entryPath(`e-${SLICE_PAGE_SIZE}`)).toBe(`/timeline/actor/russia/2/#e-${SLICE_PAGE_SIZE}`);
    expect(pages[1]!.entryPath('e-0')).toBe('/timeline/actor/russia/#e-0');
  });

  it('lists article slices in the filters only while there are few', () => {
    const art = (i: number): Slice => ({ facet: 'article', id: `a${i}`, label: `A${i}`, events: [] });
    expect(timelineViews([], noSlices({ article: [art(1)] })).filterSlices.article).toHaveLength(1);
    const lots = Array.from({ length: ARTICLE_FACET_LIMIT + 1 }, (_, i) => art(i));
    expect(timelineViews([], noSlices({ article: lots })).filterSlices.article).toHaveLength(0);
  });
});

describe('old /timeline/#<id> links', () => {
  const none = () => false;
  it('open the entry page when the anchor is not on this page', () => {
    expect(entryPageFor('/timeline/', '#trilateral-statement-2020', none)).toBe('/timeline/trilateral-statement-2020/');
    expect(entryPageFor('/corpus/timeline/page/3/', '#x-1', none)).toBe('/corpus/timeline/x-1/');
  });
  it('do nothing when the anchor is here, empty, a year heading or not an entry id', () => {
    expect(entryPageFor('/timeline/', '#e-1', () => true)).toBeUndefined();
    expect(entryPageFor('/timeline/', '', none)).toBeUndefined();
    expect(entryPageFor('/timeline/', '#year-2020', none)).toBeUndefined();
    expect(entryPageFor('/timeline/', '#Not_An_Id', none)).toBeUndefined();
    expect(entryPageFor('/timeline/actor/russia/', '#e-1', none)).toBeUndefined();
  });
});
