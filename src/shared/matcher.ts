/**
 * Finds actor aliases and theme terms in text.
 *
 * Rules (explained on the About page):
 * - longest alias first, so "Lavrov-Kalantarov" wins over "Lavrov" and "Nagorno-Karabakh" over "Karabakh";
 * - whole words only: a letter, combining mark or digit may not touch either end ("Iran" is not
 *   found in "Iranian");
 * - aliases are case-sensitive, since they are proper names ("Turkey", not "turkey");
 *   an alias in capitals (an acronym such as "CSTO") matches exactly;
 * - theme terms are case-insensitive, and a trailing `*` matches any ending ("peacekeep*").
 */

export interface Match<T> {
  start: number;
  end: number;
  /** The text as it stands in the article. */
  text: string;
  /** What the match stands for (an actor id, a theme id). */
  target: T;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
/** Letters, combining marks and digits: the characters a word is made of, in any script. */
const WORD_CHARS = '[\\p{L}\\p{M}\\p{N}]*';
const BEFORE = '(?<![\\p{L}\\p{M}\\p{N}])';
const AFTER = '(?![\\p{L}\\p{M}\\p{N}])';

export class PhraseMatcher<T> {
  private readonly regex: RegExp | undefined;
  /** The target of each capturing group, in the order of the alternation. */
  private readonly targets: T[] = [];

  /**
   * @param phrases phrase → target. With `caseInsensitive`, a trailing `*` is a wildcard ending.
   *   Two phrases that are the same once case is folded (and have the same ending) cannot both
   *   match: the last given wins, as a later entry of a map replaces an earlier one. (The build
   *   reports a spelling claimed by two actors as an error; this only keeps the result stable.)
   */
  constructor(phrases: Iterable<[string, T]>, options: { caseInsensitive?: boolean } = {}) {
    const fold = options.caseInsensitive ?? false;
    const patterns: { phrase: string; pattern: string; target: T; order: number }[] = [];
    for (const [phrase, target] of phrases) {
      const wildcard = fold && phrase.endsWith('*');
      const bare = wildcard ? phrase.slice(0, -1) : phrase;
      patterns.push({ phrase: bare, pattern: escape(bare) + (wildcard ? WORD_CHARS : ''), target, order: patterns.length });
    }
    // Longest first: the regex alternation takes the first alternative that matches. Among
    // phrases of one length (only equal ones can match at the same place), the last given first.
    patterns.sort((a, b) => b.phrase.length - a.phrase.length || b.order - a.order);
    if (patterns.length > 0) {
      this.regex = new RegExp(`${BEFORE}(?:${patterns.map((p) => `(${p.pattern})`).join('|')})${AFTER}`, fold ? 'giu' : 'gu');
      // Each phrase keeps its own target: "Kazakh*" of one theme and "kazakh" of another must
      // not share one (a lookup by folded phrase would give both the same).
      this.targets = patterns.map((p) => p.target);
    }
  }

  /** Every non-overlapping match in `text`, left to right. */
  find(text: string): Match<T>[] {
    if (!this.regex) return [];
    const out: Match<T>[] = [];
    for (const m of text.matchAll(this.regex)) {
      // The capturing group that matched tells which phrase it was.
      const group = m.findIndex((g, i) => i > 0 && g !== undefined);
      const target = this.targets[group - 1]!;
      out.push({ start: m.index, end: m.index + m[0].length, text: m[0], target });
    }
    return out;
  }
}
