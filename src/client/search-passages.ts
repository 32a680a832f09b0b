/**
 * An article's matching passages, from its search result: the record marks where each
 * paragraph (or heading) starts with an anchor (src/views/search-html.ts), so the word
 * locations of the matches fall into sections. Pure (no DOM), unit-tested.
 */
import { decodeSectionAnchor, type SectionAnchor } from '../shared/search-facets.ts';
import { buildExcerpt, type Excerpt, type WordLocation } from './search-excerpt.ts';

/** An anchor as Pagefind returns it with a result's data. */
export interface PagefindAnchor {
  element: string;
  id: string;
  text?: string;
  title?: string;
  location: number;
}

export interface Section {
  /** The element id on the page. */
  id: string;
  anchor: SectionAnchor;
  /** Word locations where the section starts and ends (exclusive). */
  start: number;
  end: number;
}

export interface PassageHit extends Section {
  locations: WordLocation[];
  /** Sum of the matches' scores (1 each when Pagefind gave none). */
  score: number;
}

/** The anchored sections of a record, in reading order; the words before the first one are the lead. */
export function sectionsOf(anchors: readonly PagefindAnchor[], wordCount: number): Section[] {
  const known = anchors
    .flatMap((a) => {
      const anchor = a.title ? decodeSectionAnchor(a.title) : undefined;
      return anchor ? [{ id: a.id, anchor, start: a.location }] : [];
    })
    .sort((a, b) => a.start - b.start);
  return known.map((s, k) => ({ ...s, end: known[k + 1]?.start ?? wordCount }));
}

/** Where the lead (title, standfirst) ends: the first section's start. */
export const leadEnd = (sections: readonly Section[], wordCount: number): number => sections[0]?.start ?? wordCount;

/** The sections holding `locations`, best first (total score, then reading order). */
export function passageHits(sections: readonly Section[], locations: readonly WordLocation[]): PassageHit[] {
  const hits = new Map<Section, PassageHit>();
  for (const l of locations) {
    const section = sections.find((s) => l.location >= s.start && l.location < s.end);
    if (!section) continue;
    const hit = hits.get(section) ?? { ...section, locations: [], score: 0 };
    hit.locations.push(l);
    hit.score += l.balanced_score ?? 1;
    hits.set(section, hit);
  }
  return [...hits.values()].sort((a, b) => b.score - a.score || a.start - b.start);
}

/** Passages kept under the theme and actor filters ticked (OR within a facet, AND across). */
export function passagesMatching(hits: readonly PassageHit[], filters: { theme: readonly string[]; actor: readonly string[] }): PassageHit[] {
  return hits.filter((h) => {
    // A heading has no themes or actors of its own: it stays only when no such filter is on.
    const themes = h.anchor.kind === 'paragraph' ? h.anchor.themes : [];
    const actors = h.anchor.kind === 'paragraph' ? h.anchor.actors : [];
    return (filters.theme.length === 0 || filters.theme.some((t) => themes.includes(t))) && (filters.actor.length === 0 || filters.actor.some((a) => actors.includes(a)));
  });
}

const words = (content: string): string[] => content.split(/\s+/).filter(Boolean);

/** The excerpt of the words `start`…`end` of `content`, with the matches among `locations` marked. */
export function excerptBetween(content: string, start: number, end: number, locations: readonly WordLocation[], length = 30): Excerpt {
  const part = words(content).slice(start, end).join(' ');
  const inside = locations.filter((l) => l.location >= start && l.location < end).map((l) => ({ ...l, location: l.location - start }));
  return buildExcerpt(part, inside, length);
}
