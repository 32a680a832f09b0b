/**
 * The timeline over the real corpus: merged entries, verified sources, chronological order,
 * stable ids; and the derived views the pages and /data/events.json are built from
 * (src/views/timeline.ts), plus the pure parts of the in-page filter.
 */
import { describe, expect, it } from 'vitest';
import { slug } from 'github-slugger';
import { loadCorpus } from '../../src/corpus/load.ts';
import { normalizeText, textFragment } from '../../src/shared/quotes.ts';
import { edtfSpan } from '../../src/shared/edtf.ts';
import {
  axisDescription,
  axisLayout,
  datetimeAttr,
  eventActors,
  eventArticles,
  eventPassages,
  eventRecords,
  eventsJson,
  FACETS,
  groupByYear,
  inSlice,
  KINDS,
  kindShape,
  relatedEvents,
  timelineSlices,
  yearAnchor,
  yearCounts,
} from '../../src/views/timeline.ts';
import { matchesFilter, queryWithState, stateFromQuery, statusText } from '../../src/client/timeline-filter.ts';

const corpus = loadCorpus({ base: '/' });
const { events } = corpus;
const byId = (id: string) => {
  const e = corpus.eventById.get(id);
  if (!e) throw new Error(`no entry "${id}"`);
  return e;
};

describe('the real timeline', () => {
  it('has the expected size', () => {
    expect(events.length).toBeGreaterThanOrEqual(50);
    expect(corpus.eventById.size).toBe(events.length);
  });

  it('tells the September 2022 Armenia–Azerbaijan fighting once, with sources from both articles that report it', () => {
    const fighting = events.filter((e) => e.span.earliest === '2022-09-12' && e.kind === 'event' && e.themes.includes('karabakh') && e.actors.includes('azerbaijan') && e.actors.includes('armenia'));
    expect(fighting.map((e) => e.id)).toEqual(['armenia-azerbaijan-border-fighting-2022-09']);
    const e = fighting[0]!;
    expect(eventArticles(e).sort()).toEqual(['cheterian-destabilization-after-ukraine-invasion', 'former-soviet-states-eye-opportunities']);
    expect(new Set(e.sources.map((s) => s.article)).size).toBe(2);
    // The death tolls disagree and stay side by side, one value per article.
    const toll = e.claims.find((c) => c.about === 'death toll')!;
    expect(toll.values.map((v) => v.article).sort()).toEqual(['cheterian-destabilization-after-ukraine-invasion', 'former-soviet-states-eye-opportunities']);
    expect(toll.values.map((v) => v.exact).join(' | ')).toMatch(/300.*\|.*100|100.*\|.*300/);
    expect(e.display).toBe('12–14 September 2022');
  });

  it('keeps both dates of the trilateral statement: 9 and 10 November 2020', () => {
    const e = byId('trilateral-statement-november-2020');
    const date = e.claims.find((c) => c.about.includes('date'))!;
    expect(date.values.map((v) => v.value).sort()).toEqual(['10 November 2020', '9 November 2020']);
    const tenth = date.values.find((v) => v.value === '10 November 2020')!;
    const ninth = date.values.find((v) => v.value === '9 November 2020')!;
    expect(tenth.exact).toContain('November 10');
    expect(ninth.exact).toContain('9 November 2020');
    expect(tenth.article).not.toBe(ninth.article);
    // The entry's own date covers both claims.
    expect(e.span).toMatchObject({ earliest: '2020-11-09', latest: '2020-11-10' });
    expect(e.display).toBe('9–10 November 2020');
    expect(new Set(e.sources.map((s) => s.article)).size).toBeGreaterThanOrEqual(2);
  });

  it('merges many happenings told by more than one article', () => {
    const merged = events.filter((e) => new Set(e.sources.map((s) => s.article)).size > 1);
    expect(merged.length).toBeGreaterThanOrEqual(10);
  });

  it('links every source and claim to an existing paragraph whose text holds the quote', () => {
    let checked = 0;
    for (const e of events) {
      for (const s of eventPassages(e)) {
        const article = corpus.articleById.get(s.article);
        expect(article, `${e.id}: article ${s.article}`).toBeDefined();
        const para = article!.paragraphs.find((p) => p.id === s.paragraph);
        expect(para, `${e.id}: ${s.article}#${s.paragraph}`).toBeDefined();
        expect(para!.text, `${e.id}: exact text`).toContain(s.exact);
        expect(normalizeText(s.exact)).toBe(normalizeText(s.quote));
        expect(s.path).toBe(`/articles/${s.article}/#${s.paragraph}${textFragment(s.exact)}`);
        // …and only there: the passage occurs once in the whole article.
        const occurrences = article!.paragraphs.reduce((n, p) => n + normalizeText(p.text).split(normalizeText(s.quote)).length - 1, 0);
        expect(occurrences, `${e.id}: "${s.quote}" occurs once`).toBe(1);
        checked++;
      }
      // The paragraph links back to the entry (the "Timeline:" line under it).
      for (const s of e.sources) {
        const para = corpus.articleById.get(s.article)!.paragraphs.find((p) => p.id === s.paragraph)!;
        expect(para.events).toContain(e.id);
      }
    }
    expect(checked).toBeGreaterThan(events.length);
  });

  it('is in chronological order', () => {
    for (let i = 1; i < events.length; i++) {
      const [a, b] = [events[i - 1]!, events[i]!];
      expect(a.span.sortKey <= b.span.sortKey, `${a.id} (${a.date}) before ${b.id} (${b.date})`).toBe(true);
      expect(a.span.earliest <= b.span.earliest).toBe(true);
      expect(a.year).toBeLessThanOrEqual(b.year);
    }
    // The model's spans are those of the EDTF dates.
    for (const e of events) expect(e.span).toEqual(edtfSpan(e.date));
  });

  it('has unique slug ids that are not generated from titles and leave room for year and slice paths', () => {
    const ids = events.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const e of events) {
      expect(e.id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      // Judgement: an id equal to the slug of its title is a sign it was derived from it.
      expect(e.id, `${e.id} looks generated from its title`).not.toBe(slug(e.title));
      expect(e.id).not.toMatch(/^year-\d+$/); // the year headings' ids
      expect(FACETS as readonly string[]).not.toContain(e.id); // /timeline/<facet>/… are slice pages
    }
  });
});

describe('derived views', () => {
  it('groups by year in order, with every entry once', () => {
    const groups = groupByYear(events);
    expect(groups.flatMap((g) => g.events)).toEqual(events);
    expect(groups.map((g) => g.year)).toEqual([...new Set(events.map((e) => e.year))].sort((a, b) => a - b));
    for (const g of groups) for (const e of g.events) expect(e.year).toBe(g.year);
  });

  it('counts entries per year and kind', () => {
    const counts = yearCounts(events);
    expect(counts.reduce((n, c) => n + c.total, 0)).toBe(events.length);
    for (const c of counts) {
      expect(Object.values(c.byKind).reduce((a, b) => a + b, 0)).toBe(c.total);
      expect(c.total).toBe(events.filter((e) => e.year === c.year).length);
    }
  });

  it('slices by theme, actor, article and kind: non-empty, and each entry where it belongs', () => {
    const slices = timelineSlices(corpus);
    for (const facet of FACETS) {
      expect(slices[facet].length).toBeGreaterThan(0);
      for (const s of slices[facet]) {
        expect(s.events.length).toBeGreaterThan(0);
        expect(s.events).toEqual(events.filter((e) => inSlice(e, facet, s.id)));
      }
    }
    // Only actors with entries; every actor or place of an entry has a slice.
    const withEntries = new Set(events.flatMap(eventActors));
    expect(new Set(slices.actor.map((s) => s.id))).toEqual(withEntries);
    expect(withEntries.size).toBeLessThan(corpus.actors.length);
    // Kinds partition the timeline.
    expect(slices.kind.reduce((n, s) => n + s.events.length, 0)).toBe(events.length);
    // The CSTO slice holds the CSTO deployment in Kazakhstan.
    expect(slices.theme.find((s) => s.id === 'csto')!.events.map((e) => e.id)).toContain('csto-deployment-kazakhstan-2022-01');
    // The article slice of the Guardian piece holds the merged September fighting.
    expect(slices.article.find((s) => s.id === 'former-soviet-states-eye-opportunities')!.events.map((e) => e.id)).toContain('armenia-azerbaijan-border-fighting-2022-09');
  });

  it('finds related entries that share a theme or actor, never the entry itself', () => {
    for (const e of events) {
      const related = relatedEvents(e, events);
      expect(related.length).toBeLessThanOrEqual(5);
      expect(related.map((r) => r.id)).not.toContain(e.id);
      const own = new Set([...e.themes, ...eventActors(e)]);
      for (const r of related) expect([...r.themes, ...eventActors(r)].some((k) => own.has(k))).toBe(true);
      expect(relatedEvents(e, [...events].reverse()).map((r) => r.id)).toEqual(related.map((r) => r.id));
      // The few kept as the candidates go by are the head of the whole ranking, at any length.
      const ranking = relatedEvents(e, events, events.length).map((r) => r.id);
      for (const k of [0, 1, 2, 5]) expect(relatedEvents(e, events, k).map((r) => r.id)).toEqual(ranking.slice(0, k));
    }
    // Sharing a specific actor (the Abkhaz leader) beats sharing only Russia.
    const related = relatedEvents(byId('bzhaniya-seeks-meeting-with-putin-2020'), events).map((r) => r.id);
    expect(related[0]).toBe('putin-receives-bzhaniya-2020-11-12');
  });

  it('gives <time datetime> the date at its own precision, or the first day of a span', () => {
    const at = (date: string) => datetimeAttr({ date, span: edtfSpan(date) });
    expect(at('1988~')).toBe('1988');
    expect(at('2022-09')).toBe('2022-09');
    expect(at('2023-07-15?')).toBe('2023-07-15');
    expect(at('2021-21')).toBe('2021-03-01');
    expect(at('2022-09-12/2022-09-14')).toBe('2022-09-12');
    expect(at('../2013')).toBe('2013-01-01');
  });

  it('uses year anchors the entries cannot take', () => {
    expect(yearAnchor(2022)).toBe('year-2022');
  });
});

describe('/data/events.json', () => {
  it('holds every entry, in timeline order, with a fixed key order', () => {
    const parsed = JSON.parse(eventsJson(events, '/'));
    expect(parsed.count).toBe(events.length);
    expect(parsed.events.map((e: { id: string }) => e.id)).toEqual(events.map((e) => e.id));
    const keys = ['id', 'date', 'earliest', 'latest', 'sortKey', 'display', 'kind', 'title', 'summary', 'dateNote', 'actors', 'themes', 'places', 'url', 'sources', 'claims'];
    for (const e of parsed.events) {
      expect(Object.keys(e)).toEqual(keys);
      for (const s of e.sources) expect(Object.keys(s)).toEqual(['article', 'quote', 'exact', 'paragraph', 'url', 'note']);
      for (const c of e.claims) for (const v of c.values) expect(Object.keys(v)).toEqual(['value', 'article', 'quote', 'exact', 'paragraph', 'url']);
    }
  });

  it('agrees with the model and gives paragraph URLs under the base path', () => {
    const records = eventRecords(events, '/corpus/');
    records.forEach((r, i) => {
      const e = events[i]!;
      expect([r.date, r.earliest, r.latest, r.sortKey, r.display]).toEqual([e.date, e.span.earliest, e.span.latest, e.span.sortKey, e.display]);
      expect(r.url).toBe(`/corpus/timeline/${e.id}/`);
      r.sources.forEach((s, k) => {
        expect(s.url).toBe(`/corpus${e.sources[k]!.path}`);
        expect(s.url).toMatch(new RegExp(`^/corpus/articles/${s.article}/#${s.paragraph}:~:text=`));
      });
    });
    const trilateral = records.find((r) => r.id === 'trilateral-statement-november-2020')!;
    expect(trilateral.claims[0]!.values.map((v) => v.value).sort()).toEqual(['10 November 2020', '9 November 2020']);
  });

  it('is byte-for-byte stable and pretty-printed', () => {
    const text = eventsJson(events, '/');
    expect(eventsJson(loadCorpus({ base: '/' }).events, '/')).toBe(text);
    expect(text.endsWith('}\n')).toBe(true);
    expect(text).toContain('\n  "events": [\n');
  });
});

describe('axis', () => {
  it('draws one mark per entry inside the picture, in its year column', () => {
    const layout = axisLayout(events);
    expect(layout.mode).toBe('marks');
    expect(layout.marks.map((m) => m.id).sort()).toEqual(events.map((e) => e.id).sort());
    expect(layout.from).toBe(events[0]!.year);
    expect(layout.to).toBe(events.at(-1)!.year);
    expect(layout.columns.reduce((n, c) => n + c.count, 0)).toBe(events.length);
    for (const m of layout.marks) {
      expect(m.d.startsWith('M')).toBe(true);
      const [x, y] = m.d.slice(1).split(/[ a-zA-Z]/).map(Number);
      expect(x).toBeGreaterThan(0);
      expect(x).toBeLessThan(layout.width);
      expect(y).toBeGreaterThan(0);
      expect(y).toBeLessThan(layout.baseline);
    }
    // Columns sit left to right in year order.
    const xs = layout.columns.map((c) => c.x);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    expect(layout.ticks.filter((t) => t.label).map((t) => t.year)).toContain(2020);
  });

  it('switches to bars stacked by kind when a year has too many entries to draw one by one', () => {
    const layout = axisLayout(events, { maxRows: 2 });
    expect(layout.mode).toBe('bars');
    expect(layout.marks).toEqual([]);
    const counts = yearCounts(events);
    for (const c of counts) {
      const bars = layout.bars.filter((b) => b.year === c.year);
      expect(bars.reduce((n, b) => n + b.count, 0)).toBe(c.total);
    }
    const busiest = Math.max(...counts.map((c) => c.total));
    const tallest = Math.max(...counts.map((c) => layout.bars.filter((b) => b.year === c.year).reduce((h, b) => h + b.height, 0)));
    expect(tallest).toBeCloseTo(140);
    expect(busiest).toBeGreaterThan(1);
  });

  it('gives each kind its own shape, and a description with the busiest year', () => {
    expect(new Set(KINDS.map((k) => kindShape(k, 5, 5, 3))).size).toBe(KINDS.length - 1); // background is the event circle, drawn hollow
    const counts = yearCounts(events);
    const busiest = [...counts].sort((a, b) => b.total - a.total)[0]!;
    expect(axisDescription(events)).toContain(`${busiest.year} (${busiest.total})`);
    expect(axisDescription(events)).toContain(`${events.length} entries from ${counts[0]!.year}`);
  });
});

describe('in-page filter (pure parts)', () => {
  const entry = { kind: 'event', themes: ['karabakh', 'csto'], actors: ['armenia'], articles: ['a1', 'a2'] };

  it('matches on every chosen facet (AND), and everything when nothing is chosen', () => {
    expect(matchesFilter(entry, {})).toBe(true);
    expect(matchesFilter(entry, { theme: 'csto', kind: 'event' })).toBe(true);
    expect(matchesFilter(entry, { theme: 'csto', kind: 'forecast' })).toBe(false);
    expect(matchesFilter(entry, { actor: 'russia' })).toBe(false);
    expect(matchesFilter(entry, { article: 'a2' })).toBe(true);
  });

  it('agrees with the slice pages on the real corpus', () => {
    const slices = timelineSlices(corpus);
    for (const facet of FACETS)
      for (const s of slices[facet]) {
        const shown = events.filter((e) => matchesFilter({ kind: e.kind, themes: e.themes, actors: eventActors(e), articles: eventArticles(e) }, { [facet]: s.id }));
        expect(shown.map((e) => e.id)).toEqual(s.events.map((e) => e.id));
      }
  });

  it('reads the query string, dropping unknown values, and writes it back keeping other parameters', () => {
    const allowed = { theme: new Set(['karabakh']), actor: new Set(['armenia']), article: new Set<string>(), kind: new Set(['event']) };
    expect(stateFromQuery('?theme=karabakh&kind=nonsense&actor=armenia&q=x', allowed)).toEqual({ theme: 'karabakh', actor: 'armenia' });
    expect(queryWithState('?q=x&theme=old', { theme: 'karabakh', kind: 'event' })).toBe('?q=x&theme=karabakh&kind=event');
    expect(queryWithState('?theme=old', {})).toBe('');
  });

  it('says how many entries are shown', () => {
    expect(statusText(12, 80, true)).toBe('Showing 12 of 80 entries.');
    expect(statusText(80, 80, false)).toBe('Showing all 80 entries.');
    expect(statusText(0, 80, true)).toMatch(/^No entry matches/);
  });
});
