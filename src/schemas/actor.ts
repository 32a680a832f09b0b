/** One entry of `content/actors.yaml`. */
import { ACTOR_KINDS } from '../shared/labels.ts';
import { z } from 'zod';
import { matchPhrase, name, slugId, text } from './common.ts';

/** The kinds of actor (one list, with their labels, in src/shared/labels.ts). */
export const actorKinds = ACTOR_KINDS;

export const actorSchema = z.strictObject({
  /** Stable id, used in URLs (/actors/<id>/) and references. */
  id: slugId,
  /** Canonical name as the site shows it. */
  name: matchPhrase('alias'),
  /** person | state | organisation | unrecognised-entity | region | place | armed-force | media. */
  kind: z.enum(actorKinds),
  /**
   * Every spelling the corpus uses, matched at build time (longest first, whole words).
   * Case-sensitive; an all-capitals alias (an acronym) matches exactly. The name is matched too.
   */
  aliases: z.array(matchPhrase('alias')).default([]),
  /** A short, neutral description. */
  description: text,
  /** Wikidata item id, e.g. "Q7747". */
  wikidata: z.string().regex(/^Q[1-9]\d*$/, { message: 'expected a Wikidata id such as "Q7747"' }).optional(),
  /** Role or office, for people (e.g. "President of Azerbaijan"). */
  role: name.optional(),
  /** Ids of actors this one belongs to (a minister to a government, a city to a state). */
  affiliations: z.array(slugId).default([]),
  /**
   * Approximate point for the map of places, in WGS84 degrees (about 0.1° is enough).
   * A place: its centre. A region or an unrecognised entity: roughly the middle of its territory.
   * A state: its capital (the map draws the state as its outline; the capital finds that outline).
   * Left out where no point makes sense (a dissolved state, a continent, "the West").
   */
  coordinates: z
    .strictObject({
      /** Latitude, −90 (south) to 90 (north). */
      lat: z.number().min(-90, { message: 'expected a latitude from -90 to 90' }).max(90, { message: 'expected a latitude from -90 to 90' }),
      /** Longitude, −180 (west) to 180 (east). */
      lon: z.number().min(-180, { message: 'expected a longitude from -180 to 180' }).max(180, { message: 'expected a longitude from -180 to 180' }),
    })
    .optional(),
});

export const actorsFileSchema = z.array(actorSchema);
export type Actor = z.infer<typeof actorSchema>;
export type ActorKind = Actor['kind'];
