/**
 * Finds actor aliases and theme terms in text.
 *
 * Rules (explained on the About page):
 * - longest alias first, so "Lavrov-Kalantarov" wins over "Lavrov" and "Nagorno-Karabakh" over "Karabakh";
 * - whole words only: a letter or digit may not touch either end ("Iran" is not found in "Iranian");
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
const BEFORE = '(?<![\\p{L}\\p{N}])';
const AFTER = '(?![\\p{L}\\p{N}])';

export class PhraseMatcher<T> {
  private readonly regex: RegExp | undefined;
  private readonly targets = new Map<string, T>();
  private readonly fold: boolean;

  /**
   * @param phrases phrase → target. With `caseInsensitive`, a trailing `*` is a wildcard ending.
   */
  constructor(phrases: Iterable<[string, T]>, options: { caseInsensitive?: boolean } = {}) {
    this.fold = options.caseInsensitive ?? false;
    const patterns: { phrase: string; pattern: string }[] = [];
    for (const [phrase, target] of phrases) {
      const wildcard = this.fold && phrase.endsWith('*');
      const bare = wildcard ? phrase.slice(0, -1) : phrase;
      this.targets.set(this.key(bare), target);
      patterns.push({ phrase: bare, pattern: escape(bare) + (wildcard ? '[\\p{L}\\p{N}]*' : '') });
    }
    // Longest first: the regex alternation takes the first alternative that matches.
    patterns.sort((a, b) => b.phrase.length - a.phrase.length || a.phrase.localeCompare(b.phrase));
    if (patterns.length > 0) {
      this.regex = new RegExp(`${BEFORE}(?:${patterns.map((p) => `(${p.pattern})`).join('|')})${AFTER}`, this.fold ? 'giu' : 'gu');
      this.order = patterns.map((p) => this.key(p.phrase));
    }
  }

  private order: string[] = [];

  private key(phrase: string): string {
    const spaced = phrase.replace(/\s+/g, ' ');
    return this.fold ? spaced.toLocaleLowerCase('en') : spaced;
  }

  /** Every non-overlapping match in `text`, left to right. */
  find(text: string): Match<T>[] {
    if (!this.regex) return [];
    const out: Match<T>[] = [];
    for (const m of text.matchAll(this.regex)) {
      // The capturing group that matched tells which phrase it was.
      const group = m.findIndex((g, i) => i > 0 && g !== undefined);
      const target = this.targets.get(this.order[group - 1]!)!;
      out.push({ start: m.index, end: m.index + m[0].length, text: m[0], target });
    }
    return out;
  }
}
