/** Greedy line breaking (src/shared/wrap-lines.ts), measured here with one unit per character. */
import { describe, expect, it } from 'vitest';
import { wrapLines } from '../../src/shared/wrap-lines.ts';

const chars = (s: string) => [...s].length;

describe('wrapLines', () => {
  it('puts words on a line while they fit, and keeps text that fits whole', () => {
    expect(wrapLines('one two three four', 9, 4, chars)).toEqual(['one two', 'three', 'four']);
    expect(wrapLines('one two', 7, 1, chars)).toEqual(['one two']);
    expect(wrapLines('  spaced\n out  ', 20, 2, chars)).toEqual(['spaced out']);
    expect(wrapLines('', 10, 2, chars)).toEqual([]);
  });

  it('cuts a word longer than a line between characters, letters beyond the BMP kept whole', () => {
    expect(wrapLines('abcdefghij xy', 4, 5, chars)).toEqual(['abcd', 'efgh', 'ij', 'xy']);
    expect(wrapLines('𝒜𝒜𝒜𝒜𝒜', 2, 5, chars)).toEqual(['𝒜𝒜', '𝒜𝒜', '𝒜']);
  });

  it('ends the last line kept with an ellipsis when text is left over, and the line still fits', () => {
    expect(wrapLines('one two three four five', 9, 2, chars)).toEqual(['one two', 'three…']);
    expect(wrapLines('aaaa bbbb cccc', 9, 1, chars)).toEqual(['aaaa…']);
    // A single word on the last line is cut by characters to make room for the ellipsis.
    expect(wrapLines('abcdefgh ijk', 8, 1, chars)).toEqual(['abcdefg…']);
    // Punctuation left hanging before the ellipsis goes.
    expect(wrapLines('one, two three', 5, 1, chars)).toEqual(['one…']);
    for (const line of wrapLines('lorem ipsum dolor sit amet consectetur', 11, 2, chars)) expect(chars(line)).toBeLessThanOrEqual(11);
  });
});
