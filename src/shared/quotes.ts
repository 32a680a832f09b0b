/**
 * Finding a short verbatim passage (a quote) in an article's paragraphs. Whitespace runs and
 * typographic quotes are normalised on both sides, so a quote typed with straight quotes
 * still finds ‘curly’ ones; everything else must match exactly.
 */

const QUOTE_MAP: Record<string, string> = {
  '\u2018': "'", '\u2019': "'", '\u201A': "'", '\u2032': "'",
  '\u201C': '"', '\u201D': '"', '\u201E': '"', '\u2033': '"', '\u00AB': '"', '\u00BB': '"',
};

/** The normalised text, and for each of its characters the index it came from in the original. */
export function normalizeWithMap(text: string): { norm: string; map: number[] } {
  let norm = '';
  const map: number[] = [];
  let space = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (/\s/u.test(ch)) {
      space = norm.length > 0;
      continue;
    }
    if (space) {
      norm += ' ';
      map.push(i - 1);
      space = false;
    }
    norm += QUOTE_MAP[ch] ?? ch;
    map.push(i);
  }
  return { norm, map };
}

export const normalizeText = (text: string) => normalizeWithMap(text).norm;

export interface QuoteHit {
  paragraph: string;
  /** The passage exactly as it stands in the paragraph. */
  exact: string;
}

/** Every place `quote` occurs in the paragraphs (a quote never spans two paragraphs). */
export function findQuote(quote: string, paragraphs: readonly { id: string; text: string }[]): QuoteHit[] {
  const needle = normalizeText(quote);
  if (needle === '') return [];
  const hits: QuoteHit[] = [];
  for (const p of paragraphs) {
    const { norm, map } = normalizeWithMap(p.text);
    for (let at = norm.indexOf(needle); at !== -1; at = norm.indexOf(needle, at + 1)) {
      hits.push({ paragraph: p.id, exact: p.text.slice(map[at]!, map[at + needle.length - 1]! + 1) });
    }
  }
  return hits;
}

/**
 * A `:~:text=` directive that makes the browser highlight `exact` (start,end form for long
 * passages). Whitespace runs are collapsed to one space first: a passage that wraps across
 * source lines would otherwise carry a literal "%0A" that the rendered page does not have.
 */
export function textFragment(exact: string): string {
  const enc = (s: string) => encodeURIComponent(s).replace(/-/g, '%2D').replace(/,/g, '%2C');
  const words = exact.trim().split(/\s+/);
  if (words.length <= 8) return `:~:text=${enc(words.join(' '))}`;
  return `:~:text=${enc(words.slice(0, 4).join(' '))},${enc(words.slice(-4).join(' '))}`;
}

export interface NearMiss {
  paragraph: string;
  /** The passage of the article closest to the quote, as it stands there. */
  exact: string;
  /** The first word of the quote that the passage does not have (the likely typo). */
  differsAt: string;
}

/** Edit distance between two strings (insertions, deletions, substitutions; two rows). */
function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++)
      row.push(Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)));
    prev = row;
  }
  return prev[b.length]!;
}

/** Words of a normalised text with their start and end offsets in it. */
function wordsOf(norm: string): { word: string; start: number; end: number }[] {
  return [...norm.matchAll(/\S+/g)].map((m) => ({ word: m[0], start: m.index, end: m.index + m[0].length }));
}

/** How many candidate windows (those sharing the most words with the quote) are compared letter by letter. */
const CANDIDATES = 8;
/** A passage further than this share of the quote's length (in edits) is no near miss worth naming. */
const MAX_DIFFERENCE = 0.35;

/**
 * For a quote found nowhere: the passage it most likely meant to copy (a window of about as
 * many words, closest in edit distance), and the first quote word it differs at. Undefined
 * when nothing comes close. Words are compared after the same normalisation as `findQuote`.
 */
export function closestPassage(quote: string, paragraphs: readonly { id: string; text: string }[]): NearMiss | undefined {
  const needle = normalizeText(quote);
  const quoteWords = needle.split(' ').filter(Boolean);
  if (quoteWords.length === 0) return undefined;
  const wanted = new Set(quoteWords);
  type Window = { p: number; from: number; to: number; shared: number };
  const candidates: Window[] = [];
  const mapped = paragraphs.map((p) => {
    const { norm, map } = normalizeWithMap(p.text);
    return { norm, map, words: wordsOf(norm) };
  });
  mapped.forEach(({ words }, p) => {
    for (let from = 0; from < words.length; from++)
      for (const len of [quoteWords.length - 1, quoteWords.length, quoteWords.length + 1]) {
        const to = from + len;
        if (len < 1 || to > words.length) continue;
        let shared = 0;
        for (let k = from; k < to; k++) if (wanted.has(words[k]!.word)) shared++;
        candidates.push({ p, from, to, shared });
      }
  });
  candidates.sort((a, b) => b.shared - a.shared);
  let best: { w: Window; distance: number } | undefined;
  for (const w of candidates.slice(0, CANDIDATES)) {
    const { norm, words } = mapped[w.p]!;
    const distance = editDistance(needle, norm.slice(words[w.from]!.start, words[w.to - 1]!.end));
    if (!best || distance < best.distance) best = { w, distance };
  }
  if (!best || best.distance === 0 || best.distance > Math.max(2, needle.length * MAX_DIFFERENCE)) return undefined;
  const { p, from, to } = best.w;
  const { map, words } = mapped[p]!;
  const passage = words.slice(from, to).map((w) => w.word);
  // The first quote word that is not where the passage has it.
  let k = 0;
  while (k < quoteWords.length && quoteWords[k] === passage[k]) k++;
  const differsAt = quoteWords[Math.min(k, quoteWords.length - 1)]!;
  let exact = paragraphs[p]!.text.slice(map[words[from]!.start]!, map[words[to - 1]!.end - 1]! + 1);
  // Punctuation the quote does not have at its ends ("March," for "… March") is not part of the passage meant.
  const edge = /\p{P}/u;
  while (exact.length > 1 && edge.test(exact.at(-1)!) && exact.at(-1) !== needle.at(-1)) exact = exact.slice(0, -1);
  while (exact.length > 1 && edge.test(exact[0]!) && exact[0] !== needle[0]) exact = exact.slice(1);
  return { paragraph: paragraphs[p]!.id, exact, differsAt };
}
