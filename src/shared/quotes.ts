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
