/** One entry of `content/actors.yaml`. */
import { z } from 'zod';
import { slugId, text } from './common.ts';

export const actorKinds = [
  'person',
  'state',
  'organisation',
  'unrecognised-entity',
  'region',
  'place',
  'armed-force',
  'media',
] as const;

export const actorSchema = z.strictObject({
  /** Stable id, used in URLs (/actors/<id>/) and references. */
  id: slugId,
  /** Canonical name as the site shows it. */
  name: text,
  /** person | state | organisation | unrecognised-entity | region | place | armed-force | media. */
  kind: z.enum(actorKinds),
  /**
   * Every spelling the corpus uses, matched at build time (longest first, whole words).
   * Case-sensitive; an all-capitals alias (an acronym) matches exactly. The name is matched too.
   */
  aliases: z.array(text).default([]),
  /** A short, neutral description. */
  description: text,
  /** Wikidata item id, e.g. "Q7747". */
  wikidata: z.string().regex(/^Q[1-9]\d*$/, { message: 'expected a Wikidata id such as "Q7747"' }).optional(),
  /** Role or office, for people (e.g. "President of Azerbaijan"). */
  role: text.optional(),
  /** Ids of actors this one belongs to (a minister to a government, a city to a state). */
  affiliations: z.array(slugId).default([]),
});

export const actorsFileSchema = z.array(actorSchema);
export type Actor = z.infer<typeof actorSchema>;
export type ActorKind = Actor['kind'];
