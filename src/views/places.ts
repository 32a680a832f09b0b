/**
 * /places/: the places and states the corpus names, laid out on the map once per model
 * (src/views/map/place-map.ts), with the table rows that give the same places as text.
 */
import type { Corpus } from '../corpus/model.ts';
import type { Actor } from '../schemas/actor.ts';
import { buildPlaceMap, MARKER_KINDS, type PlaceMap } from './map/place-map.ts';

export interface PlaceViews {
  map: PlaceMap;
  /** Mapped actors with coordinates, states first, then by name. */
  rows: Actor[];
  /** Mapped actors without coordinates, by name. */
  withoutPoint: Actor[];
  /** Mentions of an actor across the corpus. */
  mentions(id: string): number;
}

const KIND_ORDER = ['state', 'unrecognised-entity', 'region', 'place'];

export function placeViews(corpus: Pick<Corpus, 'actors' | 'mentionsByActor'>): PlaceViews {
  const mentions = (id: string) => corpus.mentionsByActor.get(id)?.length ?? 0;
  const mapKinds: readonly string[] = [...MARKER_KINDS, 'state'];
  const mapped = corpus.actors.filter((a) => mapKinds.includes(a.kind));
  return {
    map: buildPlaceMap(mapped, mentions),
    rows: mapped.filter((a) => a.coordinates).sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || a.name.localeCompare(b.name)),
    withoutPoint: mapped.filter((a) => !a.coordinates).sort((a, b) => a.name.localeCompare(b.name)),
    mentions,
  };
}
