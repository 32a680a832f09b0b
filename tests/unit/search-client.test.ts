/**
 * The search page's pure parts: the URL state (src/client/search-state.ts), excerpts and
 * matched words built from plain text (src/client/search-excerpt.ts) and the terms the
 * opened page highlights (src/client/highlight.ts). Table-driven.
 */
import { describe, expect, it } from 'vitest';
import { hasFilters, pagefindFilters, pagefindSort, parseState, serializeState, toggleFilter } from '../../src/client/search-state.ts';
import { actorsNamedBy, bareWord, buildExcerpt, matchedWords, phraseLocations, queryWords } from '../../src/client/search-excerpt.ts';
import { highlightTerms, termPattern } from '../../src/client/highlight.ts';

describe('search state ↔ URL', () => {
  it('restores query, repeated facets and sort from the URL, ignoring unknown keys and blanks', () => {
    const s = parseState('?q=peacekeepers&theme=karabakh&theme=csto&actor=russia&kind=passage&author=Vicken+Cheterian&outlet=The+Guardian&year=2022&sort=newest&x=1&actor=');
    expect(s.q).toBe('peacekeepers');
    // `kind=passage` (links from before passages were listed under their articles) asks for articles.
    expect(s.filters).toEqual({ kind: ['article'], theme: ['karabakh', 'csto'], actor: ['russia'], author: ['Vicken Cheterian'], outlet: ['The Guardian'], year: ['2022'] });
    expect(s.sort).toBe('newest');
  });

  it.each([
    ['', ''],
    ['?q=Artsakh', '?q=Artsakh'],
    ['?q=%22post-Soviet+space+2.0%22&theme=karabakh', '?q=%22post-Soviet+space+2.0%22&theme=karabakh'],
    ['?theme=csto&theme=karabakh&sort=oldest', '?theme=csto&theme=karabakh&sort=oldest'],
    ['?sort=relevance&q=x', '?q=x'],
    ['?sort=bogus&q=x', '?q=x'],
  ])('%j round-trips to %j', (input, output) => {
    expect(serializeState(parseState(input))).toBe(output);
    expect(parseState(serializeState(parseState(input)))).toEqual(parseState(input));
  });

  it('builds Pagefind filters (OR within a facet), optionally without one facet', () => {
    const s = parseState('?theme=karabakh&theme=csto&outlet=Kavkaz+Plus');
    expect(hasFilters(s)).toBe(true);
    expect(pagefindFilters(s.filters)).toEqual({ theme: { any: ['karabakh', 'csto'] }, outlet: { any: ['Kavkaz Plus'] } });
    expect(pagefindFilters(s.filters, 'theme')).toEqual({ outlet: { any: ['Kavkaz Plus'] } });
    expect(hasFilters(parseState('?q=x'))).toBe(false);
  });

  it('maps sort orders and toggles filter values', () => {
    expect(pagefindSort('relevance')).toBeUndefined();
    expect(pagefindSort('newest')).toEqual({ date: 'desc' });
    expect(pagefindSort('oldest')).toEqual({ date: 'asc' });
    const s = parseState('?theme=karabakh');
    expect(toggleFilter(s, 'theme', 'csto', true).filters.theme).toEqual(['karabakh', 'csto']);
    expect(toggleFilter(s, 'theme', 'karabakh', false).filters.theme).toEqual([]);
    expect(s.filters.theme).toEqual(['karabakh']);
  });
});

describe('excerpts from plain text', () => {
  const text = Array.from({ length: 100 }, (_, i) => `w${i}`).join(' ');
  const render = (e: ReturnType<typeof buildExcerpt>) =>
    (e.cutStart ? '… ' : '') + e.segments.map((s) => (s.mark ? `[${s.text}]` : s.text)).join('') + (e.cutEnd ? ' …' : '');

  it('marks the matched words and centres the window on the best matches', () => {
    const e = buildExcerpt(text, [{ location: 50, balanced_score: 10 }, { location: 52, balanced_score: 10 }, { location: 3, balanced_score: 1 }], 10);
    expect(render(e)).toBe('… w48 w49 [w50] w51 [w52] w53 w54 w55 w56 w57 …');
  });

  it('starts at the beginning when nothing in the text matched (a match through an alias)', () => {
    expect(render(buildExcerpt(text, [], 5))).toBe('w0 w1 w2 w3 w4 …');
    expect(render(buildExcerpt('short text', [], 5))).toBe('short text');
  });

  it('marks the word without the quotes and punctuation around it', () => {
    expect(render(buildExcerpt('the “Artsakh”, separatists and (Lavrov-Kalantarov).', [{ location: 1 }, { location: 4 }]))).toBe(
      'the “[Artsakh]”, separatists and ([Lavrov-Kalantarov]).',
    );
  });

  it('keeps markup-like text as text: segments are never HTML', () => {
    const e = buildExcerpt('a <img src=x onerror=alert(1)> & Karabakh’s war', [{ location: 5 }], 30);
    expect(e.segments).toEqual([
      { text: 'a <img src=x onerror=alert(1)> & ', mark: false },
      { text: 'Karabakh’s', mark: true },
      { text: ' war', mark: false },
    ]);
  });

  it.each([
    ['“Artsakh”,', 'Artsakh'],
    ['Karabakh’s', 'Karabakh’s'],
    ['(2020)', '2020'],
    ['--', ''],
  ])('bareWord(%j) → %j', (word, bare) => expect(bareWord(word)).toBe(bare));

  it('lists the distinct matched words, bare, for the opened page to highlight', () => {
    expect(matchedWords('Peacekeepers, the peacekeepers and “peacekeeping” units', [{ location: 0 }, { location: 2 }, { location: 4 }])).toEqual([
      'Peacekeepers',
      'peacekeeping',
    ]);
  });

  it('finds where a text names an actor under any spelling', () => {
    const content = 'In Azerbaijan’s Karabakh and in Nagorno-Karabakh, Karabakh’s people';
    expect(phraseLocations(content, ['Karabakh']).map((l) => l.location)).toEqual([2, 6]);
    expect(phraseLocations(content, ['Nagorno-Karabakh']).map((l) => l.location)).toEqual([5]);
    expect(phraseLocations('the Russian Federation and Russia', ['Russian Federation']).map((l) => l.location)).toEqual([1, 2]);
  });

  it('tells which actors a query names through one of their spellings', () => {
    const actors = [
      { id: 'nagorno-karabakh', spellings: ['Nagorno-Karabakh', 'Karabakh', 'Qarabagh', 'Artsakh'] },
      { id: 'sergey-lavrov', spellings: ['Sergey Lavrov', 'Sergey Lavrov-Kalantarov', 'Lavrov-Kalantarov'] },
      { id: 'south-ossetia', spellings: ['South Ossetia', 'Samachablo'] },
    ];
    expect(actorsNamedBy('Artsakh', actors)).toEqual(['nagorno-karabakh']);
    expect(actorsNamedBy('lavrov', actors)).toEqual(['sergey-lavrov']);
    expect(actorsNamedBy('Samach', actors)).toEqual(['south-ossetia']);
    expect(actorsNamedBy('ceasefire', actors)).toEqual([]);
    expect(queryWords('"post-Soviet space 2.0"')).toEqual(['post-soviet', 'space', '2.0']);
  });
});

describe('highlight terms on the opened page', () => {
  it('reads ?highlight= terms, longest first, without blanks or duplicates', () => {
    expect(highlightTerms('?highlight=war&highlight=Nagorno-Karabakh&highlight=&highlight=war')).toEqual(['Nagorno-Karabakh', 'war']);
    expect(highlightTerms('?q=x')).toEqual([]);
  });

  it.each([
    ['Karabakh', 'In Nagorno-Karabakh and Karabakh’s war', ['Karabakh', 'Karabakh']],
    ['war', 'the war, warlords and postwar', ['war']],
    ['Russian Federation', 'the Russian\nFederation', ['Russian\nFederation']],
    ['a.b', 'a.b and axb', ['a.b']],
  ])('termPattern(%j) matches whole words in %j', (term, text, expected) => {
    expect(text.match(termPattern([term])!) ?? []).toEqual(expected);
  });

  it('has no pattern without terms', () => expect(termPattern([])).toBeUndefined());
});
