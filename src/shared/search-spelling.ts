/**
 * Near spellings, for words a query has that the corpus does not: a transliteration
 * "skeleton" (kh/h, zh/j, w/v, y/i, ou/u, -iya/-ia/-ija, z/s, doubled letters…) and an edit
 * distance, used to pick "Did you mean …?" candidates from the corpus vocabulary
 * (src/views/search-vocabulary.ts builds it, src/client/search-forgive.ts loads it). Pure.
 */
import { fold } from './search-fold.ts';

/**
 * Rewrites applied in order to a folded word. Each maps the spellings that transliterations
 * of the same Russian, Turkic, Caucasian or Persian name use to one form, and British to
 * American forms where a letter alone differs. Both the typed word and the vocabulary go
 * through the same rules, so only agreement matters, not which form is "right".
 */
const RULES: [RegExp, string][] = [
  [/dzh|dj|zh/g, 'j'], // Dzhabarov / Jabarov, Zhanaozen / Janaozen
  [/kh/g, 'h'], // Khankendi / Hankendi
  [/gh/g, 'g'], // Qarabagh / Karabag
  [/q/g, 'k'], // Qarabagh / Karabagh
  [/ph/g, 'f'],
  [/ck/g, 'k'],
  [/w/g, 'v'], // Peskow / Peskov
  [/tz/g, 'ts'],
  [/x/g, 'ks'],
  [/ye/g, 'e'], // Tokayev / Tokaev, Yerevan / Erevan
  [/i[yj]a\b/g, 'ia'], // Georgiya / Georgia, Abkhazija / Abkhazia
  [/[yj]/g, 'i'], // Pashinyan / Pashinian, Shoygu / Shoigu, Alijev / Aliyev
  [/our\b/g, 'or'], // neighbour / neighbor, labour / labor
  [/([^aeiou])re\b/g, '$1er'], // centre / center
  [/ence\b/g, 'ense'], // defence / defense
  [/ou/g, 'u'], // Sergoukhov / Sergukhov
  [/z/g, 's'], // organization / organisation
  [/(\p{L})\1+/gu, '$1'], // Tokkaev / Tokaev, Gazzprom / Gazprom
];

/** The transliteration skeleton of a word: equal skeletons are spellings of one name. */
export function skeleton(word: string): string {
  let s = fold(word);
  for (const [from, to] of RULES) s = s.replace(from, to);
  return s;
}

/**
 * Optimal-string-alignment distance (a swap of neighbours counts once), or `max + 1` as soon
 * as it is certain to exceed `max` (so a long vocabulary is scanned quickly).
 */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2]! + 1);
      cur.push(d);
      rowMin = Math.min(rowMin, d);
    }
    if (rowMin > max) return max + 1;
    prev2 = prev;
    prev = cur;
  }
  return prev[b.length]!;
}

/** Edits allowed between skeletons: none for short words (too many neighbours), then one, then two. */
export function allowedEdits(word: string): number {
  const n = fold(word).length;
  return n <= 4 ? 0 : n <= 7 ? 1 : 2;
}

/** A word of the corpus vocabulary: its folded form, how it is usually written, in how many records. */
export interface VocabularyWord {
  word: string;
  display: string;
  records: number;
}

export interface SpellingCandidate extends VocabularyWord {
  /** 0: same skeleton (a transliteration variant); otherwise edits between skeletons. */
  distance: number;
}

/**
 * The vocabulary words that are near spellings of `typed`, best first: a transliteration
 * variant before one edit before two; among equals, the word in more records. The typed word
 * itself (folded) is never a candidate.
 */
export function nearSpellings(typed: string, vocabulary: Iterable<VocabularyWord>, limit = 3): SpellingCandidate[] {
  const folded = fold(typed);
  const sk = skeleton(typed);
  const max = allowedEdits(typed);
  const out: SpellingCandidate[] = [];
  for (const v of vocabulary) {
    if (v.word === folded) continue;
    const vs = skeleton(v.word);
    let d = vs === sk ? 0 : editDistance(sk, vs, max);
    // A plain typo is also measured on the letters as typed (a skeleton can merge two edits into one, or split one).
    if (d > 0) d = Math.min(d, editDistance(folded, v.word, max));
    if (d <= max || (d === 0 && max === 0)) out.push({ ...v, distance: d });
  }
  return out.sort((a, b) => a.distance - b.distance || b.records - a.records || a.word.localeCompare(b.word)).slice(0, limit);
}

/** The vocabulary file's name, in the Pagefind folder of the built site. */
export const VOCABULARY_FILE = 'vocabulary.json';

/** The vocabulary file: `[display, records]` per word, sorted by folded word. */
export type VocabularyFile = [display: string, records: number][];

/** The file's entries as `nearSpellings` takes them. */
export function vocabularyWords(file: VocabularyFile): VocabularyWord[] {
  return file.map(([display, records]) => ({ word: fold(display).replace(/[^\p{L}\p{N}]+/gu, ''), display, records }));
}
