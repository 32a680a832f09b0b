/**
 * The map of places, computed at build time: country outlines from Natural Earth (the
 * `world-atlas` package's 1:50m TopoJSON), projected with d3-geo into SVG path data, plus a
 * marker and a placed label for every actor with coordinates. Two panels: the South Caucasus
 * in detail (its places lie too close together for the overview) and the overview from
 * Eastern Europe to Central Asia. A point goes to the first panel whose bounds hold it; a
 * point in neither is listed as off the map.
 *
 * A state is drawn as its outline, found as the Natural Earth country that contains its
 * capital (the state's coordinates); a place, region or unrecognised entity as a marker.
 */
import { feature, merge } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Feature, Geometry, MultiPoint } from 'geojson';
import { geoConicEqualArea, geoContains, geoGraticule, geoPath, type GeoProjection } from 'd3-geo';
import world50m from 'world-atlas/countries-50m.json' with { type: 'json' };
import world110m from 'world-atlas/countries-110m.json' with { type: 'json' };
import type { Actor, ActorKind } from '../../schemas/actor.ts';
import { placeLabels, type Box, type PlacedLabel } from './labels.ts';

export interface Bounds {
  west: number;
  south: number;
  east: number;
  north: number;
}

export interface PanelSpec {
  id: string;
  /** Short title (the SVG's <title>). */
  title: string;
  bounds: Bounds;
  /** Width in SVG units; the height follows from the projection. */
  width: number;
  /** Natural Earth scale of the outlines: 1:50m for the detail, 1:110m for the overview (finer would only add bytes). */
  resolution: '50m' | '110m';
}

/** Detail first: it claims the points it holds before the overview does. */
export const PANELS: PanelSpec[] = [
  { id: 'south-caucasus', title: 'Places of the South Caucasus', bounds: { west: 39.3, south: 38.3, east: 50.8, north: 43.8 }, width: 720, resolution: '50m' },
  { id: 'overview', title: 'Places from Eastern Europe to Central Asia', bounds: { west: 20, south: 31, east: 82, north: 58 }, width: 960, resolution: '110m' },
];

/** Kinds drawn as markers; states are drawn as outlines. */
export const MARKER_KINDS = ['place', 'unrecognised-entity', 'region'] as const satisfies readonly ActorKind[];
export type MarkerKind = (typeof MARKER_KINDS)[number];

export const MARKER_RADIUS = 5;
const LABEL_SIZE = 13;
const STATE_LABEL_SIZE = 11;
/** State labels are capitals with letter-spacing: wider than the default estimate. */
const STATE_CHAR_WIDTH = 0.78;
/** Markers closer than this are pushed apart (Kyiv and its Maidan share a point). */
const MIN_MARKER_DISTANCE = MARKER_RADIUS * 2 + 2;

export interface CountryShape {
  /** Stable key: the Natural Earth country's ISO numeric id, or its name. */
  key: string;
  name: string;
  d: string;
  /** The corpus state this outline stands for, when it is linked. */
  state?: { id: string; name: string } | undefined;
}

export interface Marker {
  id: string;
  name: string;
  kind: MarkerKind;
  /** Where the marker is drawn (pushed off the true point when two would overlap). */
  x: number;
  y: number;
  /** The true projected point. */
  ax: number;
  ay: number;
  label: PlacedLabel;
}

export interface StateLabel {
  id: string;
  name: string;
  label: PlacedLabel;
}

export interface Panel extends PanelSpec {
  height: number;
  graticule: string;
  countries: CountryShape[];
  stateLabels: StateLabel[];
  markers: Marker[];
  /** Outline of the other panels' areas that lie inside this one (the overview shows where the detail is). */
  insets: { id: string; title: string; d: string }[];
}

export interface PlaceMap {
  panels: Panel[];
  /** Actors with coordinates outside every panel, by name. */
  offMap: Actor[];
  /** Which panel each actor with coordinates is drawn in. */
  panelOf: Map<string, string>;
}

type CountryProps = { name: string };
type CountryFeature = Feature<Geometry, CountryProps>;
type CountryTopology = Topology<{ countries: GeometryCollection<CountryProps> }>;

/** A point in Crimea (Simferopol): finds the peninsula among Russia's polygons. */
const CRIMEA: [number, number] = [34.1, 44.95];

/**
 * The country outlines, with internationally recognised borders. Natural Earth's default
 * (de facto) view puts Crimea in Russia, while it keeps Abkhazia and South Ossetia in Georgia,
 * Transnistria in Moldova and Nagorno-Karabakh in Azerbaijan. The corpus describes Crimea as
 * internationally recognised Ukrainian territory occupied by Russia since 2014, so the map
 * moves the peninsula back into Ukraine's outline (merged, so no border is drawn across the
 * isthmus), as the other disputed territories already are.
 */
function countriesOf(data: unknown): CountryFeature[] {
  const topology = data as CountryTopology;
  const geometries = topology.objects.countries.geometries;
  const russia = geometries.find((g) => g.id === '643');
  const ukraine = geometries.find((g) => g.id === '804');
  const features = feature(topology, topology.objects.countries).features as CountryFeature[];
  if (russia?.type !== 'MultiPolygon' || !ukraine || (ukraine.type !== 'Polygon' && ukraine.type !== 'MultiPolygon')) return features;
  const crimea = russia.arcs.find((arcs) => geoContains(feature(topology, { type: 'Polygon', arcs, properties: {} }), CRIMEA));
  if (!crimea) return features;
  return features.map((f) => {
    if (f.id === '643') return { ...f, geometry: feature(topology, { ...russia, arcs: russia.arcs.filter((a) => a !== crimea) }).geometry };
    if (f.id === '804') return { ...f, geometry: merge(topology, [ukraine, { type: 'Polygon', arcs: crimea }]) };
    return f;
  });
}
const COUNTRIES: Record<PanelSpec['resolution'], CountryFeature[]> = { '50m': countriesOf(world50m), '110m': countriesOf(world110m) };
/** Which outline holds a capital is decided on the finer outlines. */
const countries = COUNTRIES['50m'];

const contains = (b: Bounds, lon: number, lat: number) => lon >= b.west && lon <= b.east && lat >= b.south && lat <= b.north;

/** The bounds' edge as points every half degree: a conic projection bends the parallels. */
function outlinePoints(b: Bounds): [number, number][] {
  const pts: [number, number][] = [];
  for (let lon = b.west; lon <= b.east; lon += 0.5) pts.push([lon, b.south], [lon, b.north]);
  for (let lat = b.south; lat <= b.north; lat += 0.5) pts.push([b.west, lat], [b.east, lat]);
  return pts;
}

function projectionFor(spec: PanelSpec): { projection: GeoProjection; height: number } {
  const { west, south, east, north } = spec.bounds;
  const span = north - south;
  const outline: MultiPoint = { type: 'MultiPoint', coordinates: outlinePoints(spec.bounds) };
  const projection = geoConicEqualArea()
    .parallels([south + span / 6, north - span / 6])
    .rotate([-(west + east) / 2, 0])
    .fitWidth(spec.width, outline);
  const [[, y0], [, y1]] = geoPath(projection).bounds(outline);
  const height = Math.ceil(y1 - y0 + 2 * y0); // fitWidth leaves the same margin above and below
  projection.clipExtent([[0, 0], [spec.width, height]]);
  return { projection, height };
}

/** The Natural Earth country (1:50m) containing a point, if any; a coastal city may fall just outside the outline, so points a few km around are tried too. */
export function countryAt(lon: number, lat: number): CountryFeature | undefined {
  const probes: [number, number][] = [[0, 0], [0.05, 0], [-0.05, 0], [0, 0.05], [0, -0.05], [0.1, 0.1], [-0.1, -0.1], [0.1, -0.1], [-0.1, 0.1]];
  for (const [dx, dy] of probes) {
    const hit = countries.find((c) => geoContains(c, [lon + dx, lat + dy]));
    if (hit) return hit;
  }
  return undefined;
}

const countryKey = (c: CountryFeature) => String(c.id ?? c.properties.name);

/**
 * Lays out the map for `actors` (those with coordinates and a map kind). `importance` orders
 * labelling (most important first gets the best spot), e.g. the number of mentions.
 */
export function buildPlaceMap(actors: readonly Actor[], importance: (id: string) => number = () => 0): PlaceMap {
  const located = actors.filter((a): a is Actor & { coordinates: NonNullable<Actor['coordinates']> } => a.coordinates !== undefined);
  const panelOf = new Map<string, string>();
  for (const a of located) {
    const panel = PANELS.find((p) => contains(p.bounds, a.coordinates.lon, a.coordinates.lat));
    if (panel) panelOf.set(a.id, panel.id);
  }
  const byImportance = (a: Actor, b: Actor) => importance(b.id) - importance(a.id) || a.id.localeCompare(b.id);

  // A state links the outline that contains its capital; the first state (by id) to claim one keeps it.
  const stateOfCountry = new Map<string, Actor>();
  for (const s of located.filter((a) => a.kind === 'state').sort((a, b) => a.id.localeCompare(b.id))) {
    const c = countryAt(s.coordinates.lon, s.coordinates.lat);
    if (c && !stateOfCountry.has(countryKey(c))) stateOfCountry.set(countryKey(c), s);
  }

  const panels = PANELS.map((spec): Panel => {
    const { projection, height } = projectionFor(spec);
    const path = geoPath(projection).digits(1);
    const frame: Box = { x: 2, y: 2, width: spec.width - 4, height: height - 4 };
    const here = (a: Actor) => panelOf.get(a.id) === spec.id;

    const shapes: CountryShape[] = [];
    const stateAnchors: { id: string; name: string; x: number; y: number }[] = [];
    for (const c of COUNTRIES[spec.resolution]) {
      const d = path(c);
      if (!d) continue;
      const state = stateOfCountry.get(countryKey(c));
      const linked = state && here(state) ? state : undefined;
      shapes.push({ key: countryKey(c), name: c.properties.name, d, state: linked && { id: linked.id, name: linked.name } });
      if (linked) {
        const [x, y] = path.centroid(c);
        if (Number.isFinite(x) && Number.isFinite(y)) stateAnchors.push({ id: linked.id, name: linked.name, x, y });
      }
    }
    shapes.sort((a, b) => Number(a.state !== undefined) - Number(b.state !== undefined) || a.key.localeCompare(b.key));

    // Markers: project, then push apart any two that would overlap.
    const markerActors = located
      .filter((a): a is typeof a & { kind: MarkerKind } => (MARKER_KINDS as readonly string[]).includes(a.kind) && here(a))
      .sort(byImportance);
    const drawn: Marker[] = [];
    for (const a of markerActors) {
      const [ax, ay] = projection([a.coordinates.lon, a.coordinates.lat])!;
      let [x, y] = [ax, ay];
      for (let step = 1; drawn.some((m) => Math.hypot(m.x - x, m.y - y) < MIN_MARKER_DISTANCE) && step < 24; step++) {
        const angle = step * 2.4; // golden-angle spiral: the next free spot nearby
        x = ax + Math.cos(angle) * MIN_MARKER_DISTANCE * Math.sqrt(step);
        y = ay + Math.sin(angle) * MIN_MARKER_DISTANCE * Math.sqrt(step);
      }
      drawn.push({ id: a.id, name: a.name, kind: a.kind, x, y, ax, ay, label: undefined as unknown as PlacedLabel });
    }

    const markerBoxes: Box[] = drawn.map((m) => ({ x: m.x - MARKER_RADIUS - 1, y: m.y - MARKER_RADIUS - 1, width: 2 * MARKER_RADIUS + 2, height: 2 * MARKER_RADIUS + 2 }));
    const placed = placeLabels(
      [
        ...drawn.map((m) => ({ text: m.name, x: m.x, y: m.y, clearance: MARKER_RADIUS, fontSize: LABEL_SIZE })),
        ...stateAnchors.map((s) => ({ text: s.name.toUpperCase(), x: s.x, y: s.y, clearance: 0, fontSize: STATE_LABEL_SIZE, charWidth: STATE_CHAR_WIDTH })),
      ],
      frame,
      markerBoxes,
    );
    drawn.forEach((m, i) => (m.label = placed[i]!));
    const stateLabels = stateAnchors.map((s, i) => ({ id: s.id, name: s.name, label: placed[drawn.length + i]! }));

    const insets = PANELS.filter((p) => p.id !== spec.id && p.width < spec.width)
      .map((p) => ({ id: p.id, title: p.title, d: path({ type: 'LineString', coordinates: ringOf(p.bounds) }) ?? '' }))
      .filter((i) => i.d);

    return {
      ...spec,
      height,
      graticule: path(geoGraticule().step([5, 5])()) ?? '',
      countries: shapes,
      stateLabels,
      markers: drawn,
      insets,
    };
  });

  const offMap = located.filter((a) => !panelOf.has(a.id)).sort((a, b) => a.name.localeCompare(b.name));
  return { panels, offMap, panelOf };
}

/** The closed outline of `b`, following parallels and meridians. */
function ringOf(b: Bounds): [number, number][] {
  const ring: [number, number][] = [];
  for (let lon = b.west; lon < b.east; lon += 0.5) ring.push([lon, b.south]);
  for (let lat = b.south; lat < b.north; lat += 0.5) ring.push([b.east, lat]);
  for (let lon = b.east; lon > b.west; lon -= 0.5) ring.push([lon, b.north]);
  for (let lat = b.north; lat > b.south; lat -= 0.5) ring.push([b.west, lat]);
  ring.push([b.west, b.south]);
  return ring;
}
