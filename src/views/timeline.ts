/**
 * Derived views of the timeline for pages and data: year groups, slices by theme / actor /
 * article / kind, related entries, the axis geometry and the /data/events.json records.
 * Pure functions of the model (no I/O), so they are unit-tested over the real corpus.
 */
import type { Article, Corpus, ResolvedEvent, ResolvedSource } from '../corpus/model.ts';
import { eventKinds, type EventKind } from '../schemas/event.ts';
import { paths, withBase } from '../shared/paths.ts';
import { kindLabel, TIMELINE_FACETS, type Facet } from '../shared/labels.ts';

/** Kinds in display order. */
export const KINDS: readonly EventKind[] = eventKinds;

export { kindLabel };

/** Actor ids an entry involves: its actors, then its places (both are actor ids), without repeats. */
export function eventActors(e: Pick<ResolvedEvent, 'actors' | 'places'>): string[] {
  return [...new Set([...e.actors, ...e.places])];
}

/** Article ids an entry cites, in order of first citation (sources, then claims). */
export function eventArticles(e: Pick<ResolvedEvent, 'sources' | 'claims'>): string[] {
  return [...new Set([...e.sources.map((s) => s.article), ...e.claims.flatMap((c) => c.values.map((v) => v.article))])];
}

/** Every resolved passage an entry cites: its sources, then its claim values. */
export function eventPassages(e: Pick<ResolvedEvent, 'sources' | 'claims'>): ResolvedSource[] {
  return [...e.sources, ...e.claims.flatMap((c) => c.values)];
}

/** The id of a year's heading on timeline pages. Event ids are slugs too, so none may take this form. */
export const yearAnchor = (year: number): string => `year-${year}`;

/** ¶ number of a paragraph id ("p12" → "12"). */
export const paragraphNumber = (paragraphId: string): string => paragraphId.replace(/^p/, '');

/** Entries grouped by the year they start in, in the (chronological) order given. */
export function groupByYear<E extends Pick<ResolvedEvent, 'year'>>(events: readonly E[]): { year: number; events: E[] }[] {
  const groups: { year: number; events: E[] }[] = [];
  for (const e of events) {
    const last = groups.at(-1);
    if (last && last.year === e.year) last.events.push(e);
    else groups.push({ year: e.year, events: [e] });
  }
  return groups;
}

export interface YearCount {
  year: number;
  total: number;
  byKind: Record<EventKind, number>;
}

/** Entries per year (only years that have some), with a count per kind. */
export function yearCounts(events: readonly Pick<ResolvedEvent, 'year' | 'kind'>[]): YearCount[] {
  const byYear = new Map<number, YearCount>();
  for (const e of events) {
    let row = byYear.get(e.year);
    if (!row) {
      row = { year: e.year, total: 0, byKind: Object.fromEntries(KINDS.map((k) => [k, 0])) as Record<EventKind, number> };
      byYear.set(e.year, row);
    }
    row.total++;
    row.byKind[e.kind]++;
  }
  return [...byYear.values()].sort((a, b) => a.year - b.year);
}

/**
 * The `datetime` of an entry's <time>: the date itself at its own precision ("1988",
 * "2022-09", "2022-09-14") when it is a single day, month or year; otherwise the first day
 * it covers (intervals, seasons), since HTML has no interval form.
 */
export function datetimeAttr(e: Pick<ResolvedEvent, 'date' | 'span'>): string {
  const plain = e.date.replace(/[?~%]$/, '');
  return /^\d{4}(-(0[1-9]|1[0-2])(-\d{2})?)?$/.test(plain) ? plain : e.span.earliest;
}

/** "Vicken Cheterian, afgazad.com, 2022" / "Euromaidan Press, 2021" (unsigned). */
export function articleShortLabel(article: Pick<Article, 'data' | 'published'>): string {
  const { authors, outlet } = article.data;
  const who = authors.length === 0 ? '' : `${authors.length === 1 ? authors[0] : `${authors[0]} et al.`}, `;
  return `${who}${outlet.name}, ${article.published.earliest.slice(0, 4)}`;
}

// ---------------------------------------------------------------------------------------
// Slices: the pre-rendered filter pages (/timeline/<facet>/<id>/).

export type { Facet };
export const FACETS: readonly Facet[] = TIMELINE_FACETS;

export interface Slice {
  facet: Facet;
  id: string;
  label: string;
  events: ResolvedEvent[];
}

/** Root-relative path of a slice page. */
export const slicePath = (facet: Facet, id: string): string => `/timeline/${facet}/${id}/`;

/** Does an entry belong to a slice? (The in-page filter applies the same rule to data-* attributes.) */
export function inSlice(e: ResolvedEvent, facet: Facet, id: string): boolean {
  switch (facet) {
    case 'theme':
      return e.themes.includes(id);
    case 'actor':
      return eventActors(e).includes(id);
    case 'article':
      return eventArticles(e).includes(id);
    case 'kind':
      return e.kind === id;
  }
}

const slicesMemo = new WeakMap<object, Record<Facet, Slice[]>>();

/**
 * Every non-empty slice, per facet: themes in registry order, actors by name, articles in
 * corpus order (newest first), kinds in display order. Only actors with entries get one.
 * Built in one pass over the entries and memoised per corpus: every slice page asks for it,
 * and rebuilding it per page made the 1,000-article build spend three quarters of its time here.
 */
export function timelineSlices(corpus: Pick<Corpus, 'events' | 'themes' | 'actors' | 'articles'>): Record<Facet, Slice[]> {
  const cached = slicesMemo.get(corpus);
  if (cached) return cached;
  const members: Record<Facet, Map<string, ResolvedEvent[]>> = { theme: new Map(), actor: new Map(), article: new Map(), kind: new Map() };
  const add = (facet: Facet, id: string, e: ResolvedEvent) => {
    const list = members[facet].get(id);
    if (list) list.push(e);
    else members[facet].set(id, [e]);
  };
  for (const e of corpus.events) {
    for (const id of new Set(e.themes)) add('theme', id, e);
    for (const id of eventActors(e)) add('actor', id, e);
    for (const id of eventArticles(e)) add('article', id, e);
    add('kind', e.kind, e);
  }
  const make = (facet: Facet, items: { id: string; label: string }[]): Slice[] =>
    items.flatMap((it) => {
      const events = members[facet].get(it.id);
      return events ? [{ facet, ...it, events }] : [];
    });
  const slices: Record<Facet, Slice[]> = {
    theme: make('theme', corpus.themes.map((t) => ({ id: t.id, label: t.label }))),
    actor: make(
      'actor',
      [...corpus.actors].sort((a, b) => a.name.localeCompare(b.name, 'en')).map((a) => ({ id: a.id, label: a.name })),
    ),
    article: make('article', corpus.articles.map((a) => ({ id: a.id, label: a.data.title }))),
    kind: make('kind', KINDS.map((k) => ({ id: k, label: kindLabel(k, true) }))),
  };
  slicesMemo.set(corpus, slices);
  return slices;
}

// ---------------------------------------------------------------------------------------
// Related entries.

/**
 * Up to `limit` other entries that share themes or actors with an entry. A shared item counts
 * more the rarer it is (log of its inverse frequency), so "Russia", on most entries, does
 * not drown out a shared, specific actor. Ties go to the entry closest in time, then by id.
 *
 * The frequencies and an inverted index (item → entries) are built once for all entries; each
 * entry's scores then add up over the entries that share an item with it, in a typed array.
 */
export function relatedIndex(events: readonly ResolvedEvent[], limit = 5): (event: ResolvedEvent) => ResolvedEvent[] {
  const keysOf = events.map((e) => [...new Set([...e.themes.map((t) => `t:${t}`), ...eventActors(e).map((a) => `a:${a}`)])]);
  const postings = new Map<string, number[]>();
  keysOf.forEach((keys, i) => {
    for (const k of keys) {
      const list = postings.get(k);
      if (list) list.push(i);
      else postings.set(k, [i]);
    }
  });
  const weight = new Map([...postings].map(([k, list]) => [k, Math.log((events.length + 1) / list.length)]));
  const position = new Map(events.map((e, i) => [e.id, i]));
  const day = events.map((e) => Date.parse(`${e.span.earliest}T00:00:00Z`));
  const scores = new Float64Array(events.length);
  return (event) => {
    const self = position.get(event.id);
    if (self === undefined || limit < 1) return [];
    const touched: number[] = [];
    for (const k of keysOf[self]!) {
      const w = weight.get(k)!;
      for (const j of postings.get(k)!) {
        if (j === self) continue;
        if (scores[j] === 0) touched.push(j);
        scores[j]! += w;
      }
    }
    const order = (a: number, b: number) => scoreOrder(scores[a]!, scores[b]!) || Math.abs(day[a]! - day[self]!) - Math.abs(day[b]! - day[self]!) || events[a]!.id.localeCompare(events[b]!.id);
    // The best `limit` kept in order as the candidates go by: a common theme or actor touches
    // thousands of entries, and sorting them all for each entry was most of the views' time at
    // 10,000 entries; most candidates are rejected by one comparison with the last kept.
    const best: number[] = [];
    for (const j of touched) {
      if (!(scores[j]! > 0) || (best.length === limit && order(j, best.at(-1)!) >= 0)) continue;
      let at = best.length;
      while (at > 0 && order(j, best[at - 1]!) < 0) at--;
      best.splice(at, 0, j);
      if (best.length > limit) best.pop();
    }
    for (const j of touched) scores[j] = 0;
    return best.map((j) => events[j]!);
  };
}

/** Higher score first; scores equal but for float rounding (sums in another order) are ties. */
const scoreOrder = (a: number, b: number): number => (Math.abs(a - b) < 1e-9 ? 0 : b - a);

/** `relatedIndex` for one entry (tests and one-off use). */
export function relatedEvents(event: ResolvedEvent, events: readonly ResolvedEvent[], limit = 5): ResolvedEvent[] {
  return relatedIndex(events, limit)(event);
}

// ---------------------------------------------------------------------------------------
// /data/events.json

/** One source or claim value as /data/events.json gives it. */
export interface EventSourceRecord {
  article: string;
  quote: string;
  exact: string;
  paragraph: string;
  /** Path from the site root, base path included, to the paragraph (with its text fragment). */
  url: string;
  note: string | null;
}

export interface EventRecord {
  id: string;
  date: string;
  earliest: string;
  latest: string;
  sortKey: string;
  display: string;
  kind: EventKind;
  title: string;
  summary: string;
  dateNote: string | null;
  actors: string[];
  themes: string[];
  places: string[];
  /** Path of the entry's own page, base path included. */
  url: string;
  sources: EventSourceRecord[];
  claims: { about: string; values: ({ value: string } & Omit<EventSourceRecord, 'note'>)[] }[];
}

/**
 * The records of /data/events.json, in timeline order. Every key is always present (null when
 * empty) and written in one fixed order, so the file only changes when the corpus does.
 */
export function eventRecords(events: readonly ResolvedEvent[], base: string): EventRecord[] {
  const url = (path: string) => withBase(base, path);
  return events.map((e) => ({
    id: e.id,
    date: e.date,
    earliest: e.span.earliest,
    latest: e.span.latest,
    sortKey: e.span.sortKey,
    display: e.display,
    kind: e.kind,
    title: e.title,
    summary: e.summary,
    dateNote: e.dateNote ?? null,
    actors: [...e.actors],
    themes: [...e.themes],
    places: [...e.places],
    url: url(paths.event(e.id)),
    sources: e.sources.map((s) => ({
      article: s.article,
      quote: s.quote,
      exact: s.exact,
      paragraph: s.paragraph,
      url: url(s.path),
      note: s.note ?? null,
    })),
    claims: e.claims.map((c) => ({
      about: c.about,
      values: c.values.map((v) => ({
        value: v.value,
        article: v.article,
        quote: v.quote,
        exact: v.exact,
        paragraph: v.paragraph,
        url: url(v.path),
      })),
    })),
  }));
}

/** The text of /data/events.json: `{ count, events }`, two-space indented, ending in a newline. */
export function eventsJson(events: readonly ResolvedEvent[], base: string): string {
  const records = eventRecords(events, base);
  return `${JSON.stringify({ count: records.length, events: records }, null, 2)}\n`;
}

// ---------------------------------------------------------------------------------------
// Axis geometry (drawn by components/svg/TimelineAxis.astro).

/** SVG path of a kind's mark centred on (cx, cy), radius r: shape as well as colour tells kinds apart. */
export function kindShape(kind: EventKind, cx: number, cy: number, r: number): string {
  const f = (n: number) => Number(n.toFixed(2));
  switch (kind) {
    case 'event': // circle
    case 'background': // ring (drawn unfilled)
      return `M${f(cx - r)} ${f(cy)}a${f(r)} ${f(r)} 0 1 0 ${f(2 * r)} 0a${f(r)} ${f(r)} 0 1 0 ${f(-2 * r)} 0z`;
    case 'statement': {
      // square
      const s = r * 0.9;
      return `M${f(cx - s)} ${f(cy - s)}h${f(2 * s)}v${f(2 * s)}h${f(-2 * s)}z`;
    }
    case 'agreement': {
      // diamond
      const s = r * 1.25;
      return `M${f(cx)} ${f(cy - s)}l${f(s)} ${f(s)}l${f(-s)} ${f(s)}l${f(-s)} ${f(-s)}z`;
    }
    case 'forecast': {
      // triangle, point up
      const s = r * 1.2;
      return `M${f(cx)} ${f(cy - s)}L${f(cx + s)} ${f(cy + s * 0.8)}L${f(cx - s)} ${f(cy + s * 0.8)}z`;
    }
  }
}

export interface AxisMark {
  id: string;
  kind: EventKind;
  title: string;
  display: string;
  /** Path of the mark's shape. */
  d: string;
}

export interface AxisBar {
  year: number;
  kind: EventKind;
  count: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface AxisLayout {
  width: number;
  height: number;
  /** y of the axis line. */
  baseline: number;
  from: number;
  to: number;
  /** One tick per year; `label` on every fifth year and on the first and last. */
  ticks: { year: number; x: number; label: boolean }[];
  /** Years that have entries: centre x, count, and where the count label goes. */
  columns: { year: number; x: number; count: number; labelY: number }[];
  /** 'marks': one shape per entry, stacked per year. 'bars': too many entries to draw one by one; bars per year, stacked by kind. */
  mode: 'marks' | 'bars';
  marks: AxisMark[];
  bars: AxisBar[];
}

export interface AxisOptions {
  width?: number;
  /** Most stacked rows of marks per year before the axis switches to bars. */
  maxRows?: number;
  /** Most marks in all before the axis switches to bars: one linked mark per entry would grow the page with the corpus. */
  maxMarks?: number;
}

const PAD_X = 20;
const PITCH = 9;
const MARK_R = 3.4;
const TOP = 22;
const BOTTOM = 30;
const BAR_HEIGHT = 140;

/**
 * Geometry of the timeline axis: a linear year scale from the first to the last year with
 * entries; per year, the entries as marks stacked upward in chronological order (as many
 * columns as fit in a year's width), or, when a year holds more than `maxRows` rows of marks,
 * bars stacked by kind with heights proportional to the counts.
 */
export function axisLayout(events: readonly ResolvedEvent[], options: AxisOptions = {}): AxisLayout {
  const width = options.width ?? 960;
  const maxRows = options.maxRows ?? 16;
  const counts = yearCounts(events);
  if (counts.length === 0)
    return { width, height: TOP + BOTTOM, baseline: TOP, from: 0, to: 0, ticks: [], columns: [], mode: 'marks', marks: [], bars: [] };
  const from = counts[0]!.year;
  const to = counts.at(-1)!.year;
  const yearWidth = (width - 2 * PAD_X) / (to - from + 1);
  const xOf = (year: number) => PAD_X + (year - from + 0.5) * yearWidth;
  const perRow = Math.max(1, Math.floor((yearWidth - 2) / PITCH));
  const maxCount = Math.max(...counts.map((c) => c.total));
  const rowsNeeded = Math.ceil(maxCount / perRow);
  const mode = rowsNeeded > maxRows || events.length > (options.maxMarks ?? 150) ? 'bars' : 'marks';
  const plotHeight = mode === 'marks' ? rowsNeeded * PITCH : BAR_HEIGHT;
  const baseline = TOP + plotHeight + 4;
  const ticks = [];
  for (let y = from; y <= to; y++) ticks.push({ year: y, x: xOf(y), label: y % 5 === 0 || y === from || y === to });
  // Keep labels from colliding: drop a first/last label that sits too close to a five-year one.
  for (const t of ticks)
    if (t.label && t.year % 5 !== 0 && ticks.some((o) => o !== t && o.label && o.year % 5 === 0 && Math.abs(o.x - t.x) < 36)) t.label = false;

  const marks: AxisMark[] = [];
  const bars: AxisBar[] = [];
  const columns: AxisLayout['columns'] = [];
  const byYear = Map.groupBy(events, (e) => e.year);
  for (const c of counts) {
    const cx = xOf(c.year);
    if (mode === 'marks') {
      const cols = Math.min(perRow, c.total);
      (byYear.get(c.year) ?? []).forEach((e, i) => {
        const row = Math.floor(i / perRow);
        const col = i % perRow;
        const x = cx + (col - (cols - 1) / 2) * PITCH;
        const y = baseline - 4 - PITCH / 2 - row * PITCH;
        marks.push({ id: e.id, kind: e.kind, title: e.title, display: e.display, d: kindShape(e.kind, x, y, MARK_R) });
      });
      columns.push({ year: c.year, x: cx, count: c.total, labelY: baseline - 4 - Math.ceil(c.total / perRow) * PITCH - 4 });
    } else {
      let top = baseline - 4;
      const barWidth = Math.max(2, yearWidth * 0.7);
      for (const k of KINDS) {
        const n = c.byKind[k];
        if (n === 0) continue;
        const h = (n / maxCount) * BAR_HEIGHT;
        top -= h;
        bars.push({ year: c.year, kind: k, count: n, x: cx - barWidth / 2, y: top, width: barWidth, height: h });
      }
      columns.push({ year: c.year, x: cx, count: c.total, labelY: top - 4 });
    }
  }
  return { width, height: baseline + BOTTOM, baseline, from, to, ticks, columns, mode, marks, bars };
}

/** The <desc> of the axis: range, how to read it, the busiest years. */
export function axisDescription(events: readonly Pick<ResolvedEvent, 'year' | 'kind'>[]): string {
  const counts = yearCounts(events);
  if (counts.length === 0) return 'No entries.';
  const busiest = [...counts]
    .sort((a, b) => b.total - a.total || a.year - b.year)
    .slice(0, 3)
    .map((c) => `${c.year} (${c.total})`);
  const kinds = KINDS.map((k) => [k, events.filter((e) => e.kind === k).length] as const)
    .filter(([, n]) => n > 0)
    .map(([k, n]) => `${n} ${kindLabel(k, n !== 1).toLowerCase()}`);
  return (
    `${events.length} ${events.length === 1 ? 'entry' : 'entries'} from ${counts[0]!.year} to ${counts.at(-1)!.year} on a year axis, ` +
    `stacked by year; the shape and colour of each mark give its kind (${kinds.join(', ')}). ` +
    `Busiest years: ${busiest.join(', ')}.`
  );
}
