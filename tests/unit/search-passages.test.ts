/**
 * An article result's passages (src/client/search-passages.ts): matches grouped by the anchored
 * sections of the record, best first, filtered by the theme and actor facets, with excerpts that
 * stay inside their passage; and the section anchors' codec (src/shared/search-facets.ts).
 */
import { describe, expect, it } from 'vitest';
import { decodeSectionAnchor, encodeSectionAnchor } from '../../src/shared/search-facets.ts';
import { excerptBetween, leadEnd, passageHits, passagesMatching, sectionsOf } from '../../src/client/search-passages.ts';

// "Title words. Lead words here. | p1: one two Karabakh three. | h: Heading | p2: Karabakh and Karabakh again."
const content = 'Title words. Lead words here. One two Karabakh three. Heading Karabakh and Karabakh again.';
const anchors = [
  { element: 'span', id: 'p1', title: encodeSectionAnchor({ kind: 'paragraph', n: 1, themes: ['karabakh'], actors: ['russia'] }), location: 5 },
  { element: 'span', id: 'h-1', title: encodeSectionAnchor({ kind: 'heading', text: 'Heading | with a bar' }), location: 9 },
  { element: 'span', id: 'p2', title: encodeSectionAnchor({ kind: 'paragraph', n: 2, themes: ['csto'], actors: [] }), location: 10 },
  // Another element with an id (none in our records, but Pagefind lists any): not a section.
  { element: 'div', id: 'x', text: 'x', location: 0 },
];
const words = content.split(' ').length;

describe('section anchors', () => {
  it('round-trip a paragraph and a heading, and refuse other titles', () => {
    expect(decodeSectionAnchor(encodeSectionAnchor({ kind: 'paragraph', n: 12, themes: ['a', 'b-c'], actors: [] }))).toEqual({ kind: 'paragraph', n: 12, themes: ['a', 'b-c'], actors: [] });
    expect(decodeSectionAnchor(encodeSectionAnchor({ kind: 'heading', text: 'A | B' }))).toEqual({ kind: 'heading', text: 'A | B' });
    expect(decodeSectionAnchor('Introduction')).toBeUndefined();
    expect(decodeSectionAnchor('¶x||')).toBeUndefined();
  });
});

describe('passages of an article result', () => {
  const sections = sectionsOf(anchors, words);
  it('cuts the record into its anchored sections, the lead before the first', () => {
    expect(sections.map((s) => [s.id, s.start, s.end])).toEqual([['p1', 5, 9], ['h-1', 9, 10], ['p2', 10, words]]);
    expect(leadEnd(sections, words)).toBe(5);
    expect(leadEnd([], words)).toBe(words);
  });

  it('groups matches by section, best first, and leaves out matches in the lead', () => {
    const hits = passageHits(sections, [{ location: 1 }, { location: 7, balanced_score: 2 }, { location: 10, balanced_score: 1 }, { location: 12, balanced_score: 1.5 }]);
    expect(hits.map((h) => [h.id, h.score, h.locations.length])).toEqual([['p2', 2.5, 2], ['p1', 2, 1]]);
  });

  it('keeps the passages of the themes and actors ticked (OR within, AND across); a heading only without such filters', () => {
    const hits = passageHits(sections, [{ location: 7 }, { location: 9 }, { location: 10 }]);
    expect(passagesMatching(hits, { theme: [], actor: [] }).map((h) => h.id).sort()).toEqual(['h-1', 'p1', 'p2']);
    expect(passagesMatching(hits, { theme: ['karabakh', 'csto'], actor: [] }).map((h) => h.id).sort()).toEqual(['p1', 'p2']);
    expect(passagesMatching(hits, { theme: ['csto'], actor: ['russia'] })).toEqual([]);
    expect(passagesMatching(hits, { theme: [], actor: ['russia'] }).map((h) => h.id)).toEqual(['p1']);
  });

  it('builds a passage excerpt from its own words only, with its matches marked', () => {
    const e = excerptBetween(content, 5, 9, [{ location: 7 }, { location: 11 }]);
    expect(e.segments.map((s) => (s.mark ? `[${s.text}]` : s.text)).join('')).toBe('One two [Karabakh] three.');
    expect(e.cutStart || e.cutEnd).toBe(false);
  });
});
