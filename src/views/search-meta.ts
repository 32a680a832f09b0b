/**
 * What every kind of search record shares: the record's shape and the `aliases` meta field
 * (the spellings a record's text does not use), for search-records.ts and the records of
 * each further kind (search-records-perspectives.ts).
 */
import type { Actor } from '../schemas/actor.ts';
import { ALIAS_GROUP_SEPARATOR, type SearchFacet } from '../shared/search-facets.ts';

/** A section of an article's record: its text and, for a paragraph or heading, where it starts. */
export interface RecordSection {
  text: string;
  /** The element id on the page (`p3`, a heading's id) and the anchor title (encodeSectionAnchor). */
  anchor?: { id: string; title: string };
}

/**
 * One record of the search index. Without `sections`, the argument of Pagefind's
 * `index.addCustomRecord` (language is required: without it Pagefind crashes); with them, it is
 * indexed as an HTML page (search-html.ts) so that each section's start is an anchor.
 */
export interface SearchRecord {
  url: string;
  /** The plain text indexed: the sections' texts joined by blank lines when there are sections. */
  content: string;
  sections?: RecordSection[];
  /** How much the words of the sections weigh (Pagefind's `data-pagefind-weight`, 1 by default). */
  weight?: number;
  language: 'en';
  meta: Record<string, string>;
  filters: Partial<Record<SearchFacet, string[]>>;
  sort: Record<string, string>;
}

/** At most this many distinct sentences mentioning an actor go into its record (keeps the fragment small at 500 articles). */
export const MAX_ACTOR_SENTENCES = 60;
/** Every spelling of an actor: the name first, then the aliases. */
export function spellings(actor: Actor): string[] {
  return [...new Set([actor.name, ...actor.aliases])];
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** True when `text` contains `phrase` as whole words (case-insensitive, whitespace-normalised). */
export function containsPhrase(text: string, phrase: string): boolean {
  const pattern = escapeRegExp(phrase.trim()).replace(/\s+/g, '\\s+');
  return new RegExp(`(?<![\\p{L}\\p{N}])${pattern}(?![\\p{L}\\p{N}])`, 'iu').test(text);
}

/**
 * The `aliases` meta value of a record whose text is `text` and which concerns `actorIds`:
 * for each actor, the spellings (name or aliases) the text does not use, comma-separated;
 * groups joined by " · ". Empty when the text already uses every spelling. Spellings the
 * text has are left out so that a literal mention is not counted twice.
 */
export function aliasMeta(text: string, actorIds: readonly string[], actorById: ReadonlyMap<string, Actor>): string {
  const groups: string[] = [];
  for (const id of new Set(actorIds)) {
    const actor = actorById.get(id);
    if (!actor) continue;
    const missing = spellings(actor).filter((s) => !containsPhrase(text, s));
    if (missing.length > 0) groups.push(missing.join(', '));
  }
  return groups.join(ALIAS_GROUP_SEPARATOR);
}

