/** Folding, query parsing, transliteration skeletons, edit distance and near spellings. */
import { describe, expect, it } from 'vitest';
import { fold, foldedWords, matchesWord, parseQuery } from '../../src/shared/search-fold.ts';
import { editDistance, nearSpellings, skeleton, vocabularyWords } from '../../src/shared/search-spelling.ts';

describe('fold', () => {
  it.each([
    ['Erdoğan', 'erdogan'],
    ['ÇAVUŞOĞLU', 'cavusoglu'],
    ['Azərbaycan', 'azerbaycan'],
    ['Łukaszenka', 'lukaszenka'],
    ['Karabakh’s', 'karabakh'],
    ['Kyiv', 'kyiv'],
  ])('%s → %s', (a, b) => expect(fold(a)).toBe(b));

  it('splits words on hyphens and punctuation', () => {
    expect(foldedWords('post-Soviet “space” 2.0')).toEqual(['post', 'soviet', 'space', '2', '0']);
  });
});

describe('parseQuery', () => {
  it('keeps a quoted phrase whole and drops repeated words', () => {
    const terms = parseQuery('"post-Soviet space" Karabakh karabakh, Erdoğan');
    expect(terms.map((t) => t.pagefind)).toEqual(['"post-soviet space"', 'karabakh', 'erdogan']);
    expect(terms[0]!.phrase).toBe(true);
    expect(terms[2]!.text).toBe('Erdoğan');
  });
  it('a one-word phrase is a word; an unclosed quote still counts', () => {
    expect(parseQuery('"Lavrov"')[0]!.phrase).toBe(false);
    expect(parseQuery('"holding tactic')[0]!.pagefind).toBe('"holding tactic"');
  });
});

describe('matchesWord: a real match, not a loose fallback', () => {
  it.each([
    ['peacekeepers', 'peacekeeping', true],
    ['russian', 'russia', true],
    ['tokayev', 'tokayev', true],
    ['to', 'tokaev', false],
    ['organised', 'organisation', false],
  ])('%s for %s: %s', (token, word, ok) => expect(matchesWord(token, word)).toBe(ok));
});

describe('skeleton: transliterations of one name agree', () => {
  it.each([
    ['Peskow', 'Peskov'],
    ['Tokaev', 'Tokayev'],
    ['Hankendi', 'Khankendi'],
    ['Pashinian', 'Pashinyan'],
    ['Alijev', 'Aliyev'],
    ['Samarqand', 'Samarkand'],
    ['Georgija', 'Georgia'],
    ['Dzhabarov', 'Jabarov'],
    ['organisation', 'organization'],
    ['neighbour', 'neighbor'],
    ['centre', 'center'],
    ['defence', 'defense'],
    ['Erdoğan', 'Erdogan'],
  ])('%s ~ %s', (a, b) => expect(skeleton(a)).toBe(skeleton(b)));

  it('keeps different names apart', () => {
    expect(skeleton('Baku')).not.toBe(skeleton('Batumi'));
    expect(skeleton('Armenia')).not.toBe(skeleton('Romania'));
  });
});

describe('editDistance', () => {
  it.each([
    ['kitten', 'sitting', 3],
    ['titel', 'title', 1],
    ['lavrov', 'lavrov', 0],
    ['', 'abc', 3],
  ])('%s / %s = %i', (a, b, d) => expect(editDistance(a, b)).toBe(d));
  it('stops early past the bound', () => expect(editDistance('abcdefgh', 'zzzzzzzz', 2)).toBe(3));
});

describe('nearSpellings', () => {
  const vocabulary = vocabularyWords([
    ['Tokayev', 5],
    ['token', 40],
    ['Peskov', 7],
    ['Kirillova', 19],
    ['Brussels', 16],
    ['Baku', 30],
    ['organization', 3],
  ]);
  it('finds transliterations before typos, and nothing for a far word', () => {
    expect(nearSpellings('Tokaev', vocabulary)[0]!.display).toBe('Tokayev');
    expect(nearSpellings('Peskow', vocabulary)[0]).toMatchObject({ display: 'Peskov', distance: 0 });
    expect(nearSpellings('Kirilova', vocabulary)[0]!.display).toBe('Kirillova');
    expect(nearSpellings('Brusels', vocabulary)[0]).toMatchObject({ display: 'Brussels', distance: 0 }); // doubled letters
    expect(nearSpellings('Peksov', vocabulary)[0]).toMatchObject({ display: 'Peskov', distance: 1 }); // two letters swapped
    expect(nearSpellings('organisation', vocabulary)[0]).toMatchObject({ display: 'organization', distance: 0 });
    expect(nearSpellings('Vladivostok', vocabulary)).toEqual([]);
  });
  it('allows no edit in a short word (only a transliteration)', () => {
    expect(nearSpellings('Bako', vocabulary)).toEqual([]);
  });
  it('never offers the typed word itself', () => {
    expect(nearSpellings('Tokayev', vocabulary).map((c) => c.display)).not.toContain('Tokayev');
  });
});
