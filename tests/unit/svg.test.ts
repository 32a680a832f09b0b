/**
 * The build-time pictures, checked on their geometry before any HTML: the map of places
 * (every located actor drawn once, in the right country, labels clear of each other) and
 * the theme × article matrix (one cell per pair, counts equal to the model's, sizes and
 * shades growing with the count). The rendered SVGs (accessible names, links that resolve)
 * are checked on the built site by tests/e2e/data.spec.ts.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load.ts';
import type { Corpus } from '../../src/corpus/model.ts';
import type { Actor } from '../../src/schemas/actor.ts';
import { buildPlaceMap, countryAt, MARKER_KINDS, MARKER_RADIUS, PANELS, type PlaceMap } from '../../src/views/map/place-map.ts';
import { placeLabels, textWidth, type Box } from '../../src/views/map/labels.ts';
import { fitText, layoutThemeMatrix } from '../../src/views/theme-matrix.ts';

let corpus: Corpus;
let map: PlaceMap;
beforeAll(() => {
  corpus = loadCorpus({ dir: 'content', base: '/' });
  map = buildPlaceMap(corpus.actors, (id) => corpus.mentionsByActor.get(id)?.length ?? 0);
});

const overlap = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** The first state up an actor's affiliations (Red Square → Moscow → Russia). */
function stateOf(actor: Actor, byId: Map<string, Actor>, seen = new Set<string>()): Actor | undefined {
  if (actor.kind === 'state') return actor;
  for (const id of actor.affiliations) {
    const next = byId.get(id);
    if (next && !seen.has(id)) {
      seen.add(id);
      const s = stateOf(next, byId, seen);
      if (s) return s;
    }
  }
  return undefined;
}

describe('actor coordinates', () => {
  it('every place and unrecognised entity has a point', () => {
    const missing = corpus.actors.filter((a) => (a.kind === 'place' || a.kind === 'unrecognised-entity') && !a.coordinates).map((a) => a.id);
    expect(missing).toEqual([]);
  });

  it('a state’s point (its capital) lies in the Natural Earth outline of that state', () => {
    const states = corpus.actors.filter((a) => a.kind === 'state' && a.coordinates);
    expect(states.length).toBeGreaterThan(10);
    const names: Record<string, string> = { 'United States': 'United States of America' };
    for (const s of states) expect(countryAt(s.coordinates!.lon, s.coordinates!.lat)?.properties.name, s.id).toBe(names[s.name] ?? s.name);
  });

  it('a place, region or entity with a state among its affiliations lies in that state’s outline', () => {
    const byId = new Map(corpus.actors.map((a) => [a.id, a]));
    let checked = 0;
    for (const a of corpus.actors.filter((x) => x.kind !== 'state' && x.coordinates)) {
      const state = stateOf(a, byId);
      if (!state?.coordinates) continue;
      const home = countryAt(state.coordinates.lon, state.coordinates.lat)?.properties.name;
      expect(countryAt(a.coordinates!.lon, a.coordinates!.lat)?.properties.name, `${a.id} in ${state.id}`).toBe(home);
      checked++;
    }
    expect(checked).toBeGreaterThan(10);
  });
});

describe('map of places', () => {
  it('draws every located place, region and unrecognised entity once, in the first panel that holds it', () => {
    const located = corpus.actors.filter((a) => a.coordinates && (MARKER_KINDS as readonly string[]).includes(a.kind));
    const drawn = map.panels.flatMap((p) => p.markers.map((m) => m.id));
    expect(new Set(drawn).size).toBe(drawn.length);
    for (const a of located) {
      const { lon, lat } = a.coordinates!;
      const panel = PANELS.find((p) => lon >= p.bounds.west && lon <= p.bounds.east && lat >= p.bounds.south && lat <= p.bounds.north);
      if (panel) expect(map.panels.find((p) => p.id === panel.id)!.markers.map((m) => m.id), a.id).toContain(a.id);
      else expect(map.offMap.map((x) => x.id)).toContain(a.id);
    }
    expect(drawn.length + map.offMap.filter((a) => a.kind !== 'state').length).toBe(located.length);
  });

  it('links each state on the map to exactly one outline, and no outline to two states', () => {
    for (const p of map.panels) {
      const linked = p.countries.filter((c) => c.state).map((c) => c.state!.id);
      expect(new Set(linked).size, p.id).toBe(linked.length);
      expect(p.stateLabels.map((s) => s.id).sort()).toEqual([...linked].sort());
    }
    const states = corpus.actors.filter((a) => a.kind === 'state' && map.panelOf.has(a.id)).map((a) => a.id).sort();
    expect(map.panels.flatMap((p) => p.stateLabels.map((s) => s.id)).sort()).toEqual(states);
  });

  it('keeps markers inside their panel, apart from each other, and labels clear of each other and of markers', () => {
    for (const p of map.panels) {
      const boxes = p.markers.map((m) => ({ x: m.x - MARKER_RADIUS, y: m.y - MARKER_RADIUS, width: 2 * MARKER_RADIUS, height: 2 * MARKER_RADIUS }));
      const labels = [...p.markers.map((m) => m.label), ...p.stateLabels.map((s) => s.label)];
      for (const m of p.markers) {
        expect(m.x).toBeGreaterThan(0);
        expect(m.x).toBeLessThan(p.width);
        expect(m.y).toBeGreaterThan(0);
        expect(m.y).toBeLessThan(p.height);
      }
      p.markers.forEach((a, i) => p.markers.slice(i + 1).forEach((b) => expect(Math.hypot(a.x - b.x, a.y - b.y), `${a.id}/${b.id}`).toBeGreaterThanOrEqual(2 * MARKER_RADIUS)));
      labels.forEach((a, i) => {
        expect(a.overlaps).toBe(false);
        labels.slice(i + 1).forEach((b) => expect(overlap(a.box, b.box)).toBe(false));
        boxes.forEach((b) => expect(overlap(a.box, b)).toBe(false));
      });
    }
  });

  it('draws country outlines as SVG path data, the overview at 1:110m and the detail at 1:50m', () => {
    for (const p of map.panels) {
      expect(p.countries.length).toBeGreaterThan(3);
      for (const c of p.countries) expect(c.d).toMatch(/^M[\d.-]+,[\d.-]+/);
    }
    const detail = map.panels.find((p) => p.resolution === '50m')!;
    expect(detail.countries.map((c) => c.name)).toEqual(expect.arrayContaining(['Armenia', 'Azerbaijan', 'Georgia']));
  });

  it('is the same on every build', () => {
    const again = buildPlaceMap(corpus.actors, (id) => corpus.mentionsByActor.get(id)?.length ?? 0);
    expect(JSON.stringify(again.panels)).toBe(JSON.stringify(map.panels));
  });
});

describe('label placement', () => {
  const frame = { x: 0, y: 0, width: 400, height: 300 };
  it('moves a label aside when its first choice is taken', () => {
    const placed = placeLabels(
      [
        { text: 'Kyiv', x: 100, y: 100, clearance: 5, fontSize: 13 },
        { text: 'Maidan', x: 100, y: 102, clearance: 5, fontSize: 13 },
      ],
      frame,
    );
    expect(placed.map((p) => p.overlaps)).toEqual([false, false]);
    expect(overlap(placed[0]!.box, placed[1]!.box)).toBe(false);
  });
  it('keeps labels inside the frame', () => {
    const [p] = placeLabels([{ text: 'A long label near the edge', x: 395, y: 150, clearance: 5, fontSize: 13 }], frame);
    expect(p!.box.x).toBeGreaterThanOrEqual(0);
    expect(p!.box.x + p!.box.width).toBeLessThanOrEqual(400);
  });
  it('says when no free place is left', () => {
    const crowded = Array.from({ length: 80 }, (_, i) => ({ text: `Label ${i}`, x: 20, y: 20, clearance: 5, fontSize: 13 }));
    expect(placeLabels(crowded, { x: 0, y: 0, width: 120, height: 80 }).some((p) => p.overlaps)).toBe(true);
  });
});

describe('theme × article matrix', () => {
  it('has one cell per theme and article with the model’s passage counts', () => {
    const layout = layoutThemeMatrix(corpus.themes, corpus.articles);
    expect(layout.cells).toHaveLength(corpus.themes.length * corpus.articles.length);
    for (const t of corpus.themes) {
      const passages = corpus.passagesByTheme.get(t.id) ?? [];
      for (const a of corpus.articles) {
        const cell = layout.cells.find((c) => c.theme === t.id && c.article === a.id)!;
        expect(cell.count, `${t.id} × ${a.id}`).toBe(passages.filter((p) => p.article === a.id).length);
      }
    }
    expect(layout.rows.map((r) => r.article)).toEqual(corpus.articles.map((a) => a.id));
    expect(layout.columns.map((c) => c.theme)).toEqual(corpus.themes.map((t) => t.id));
  });

  it('grows and darkens a square with its count, and draws none for zero', () => {
    const { cells, max } = layoutThemeMatrix(corpus.themes, corpus.articles);
    const sorted = [...cells].sort((a, b) => a.count - b.count);
    sorted.slice(1).forEach((c, i) => {
      expect(c.size).toBeGreaterThanOrEqual(sorted[i]!.size);
      expect(c.level).toBeGreaterThanOrEqual(sorted[i]!.level);
    });
    for (const c of cells.filter((x) => x.count === 0)) expect([c.size, c.level]).toEqual([0, 0]);
    expect(cells.find((c) => c.count === max)!.level).toBe(4);
  });

  it('fits the headings and the longest row label inside the picture', () => {
    const layout = layoutThemeMatrix(corpus.themes, corpus.articles);
    for (const r of layout.rows) expect(textWidth(r.short, 13)).toBeLessThanOrEqual(280);
    const last = layout.columns.at(-1)!;
    expect(last.x + 35 + textWidth(last.label, 13) * Math.cos((50 * Math.PI) / 180)).toBeLessThanOrEqual(layout.width);
  });

  it('cuts a long title with an ellipsis, and leaves a short one alone', () => {
    expect(fitText('Short', 200, 13)).toBe('Short');
    const cut = fitText('A very long headline that cannot possibly fit in the space given to it', 150, 13);
    expect(cut.endsWith('…')).toBe(true);
    expect(textWidth(cut, 13)).toBeLessThanOrEqual(150);
  });
});
