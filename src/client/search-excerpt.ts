/**
 * Excerpts and matched words, computed from a result's plain `content` and the word
 * `locations` Pagefind reports (content split on whitespace, indexed by location).
 *
 * Why not Pagefind's own `excerpt` string: it is HTML in which `<` and `>` are escaped but `&`
 * is not, so it cannot be parsed back to text faithfully. Building the excerpt from the plain
 * text gives segments that the page turns into text nodes and <mark> elements: nothing from
 * the content is ever parsed as markup. Pure (no DOM), unit-tested.
 */

export interface Segment {
  text: string;
  mark: boolean;
}

export interface Excerpt {
  segments: Segment[];
  /** Words were cut before / after the excerpt. */
  cutStart: boolean;
  cutEnd: boolean;
}

export interface WordLocation {
  location: number;
  /** Pagefind's `balanced_score`; higher is a better match. */
  balanced_score?: number;
}

const words = (content: string): string[] => content.split(/\s+/).filter(Boolean);

/**
 * The `length`-word window of `content` that holds the best-scoring matches (the start of
 * the content when nothing matched in it, e.g. a match through an alias), as text and marks.
 */
export function buildExcerpt(content: string, locations: readonly WordLocation[], length = 30): Excerpt {
  const all = words(content);
  if (all.length === 0) return { segments: [], cutStart: false, cutEnd: false };
  const hits = new Map<number, number>();
  for (const l of locations) if (l.location >= 0 && l.location < all.length) hits.set(l.location, Math.max(hits.get(l.location) ?? 0, l.balanced_score ?? 1));
  let start = 0;
  if (hits.size > 0 && all.length > length) {
    // Try windows that start a few words before each hit; keep the one with the highest total score.
    const lead = Math.floor(length / 4);
    let best = -1;
    for (const loc of [...hits.keys()].sort((a, b) => a - b)) {
      const s = Math.max(0, Math.min(loc - lead, all.length - length));
      let total = 0;
      for (const [l, score] of hits) if (l >= s && l < s + length) total += score;
      if (total > best) {
        best = total;
        start = s;
      }
    }
  }
  const end = Math.min(all.length, start + length);
  const segments: Segment[] = [];
  const push = (text: string, mark: boolean) => {
    const last = segments.at(-1);
    if (last && last.mark === mark) last.text += text;
    else segments.push({ text, mark });
  };
  for (let i = start; i < end; i++) {
    if (i > start) push(' ', false);
    const word = all[i]!;
    if (!hits.has(i)) {
      push(word, false);
      continue;
    }
    // Mark the word, not the quotes and punctuation around it.
    const m = /^([^\p{L}\p{N}]*)(.*?)([^\p{L}\p{N}]*)$/u.exec(word)!;
    if (m[1]) push(m[1], false);
    push(m[2] || word, true);
    if (m[3] && m[2]) push(m[3], false);
  }
  return { segments, cutStart: start > 0, cutEnd: end < all.length };
}

/** Trims punctuation and quotes around a word ("“Artsakh”," → "Artsakh"; "Karabakh’s" stays). */
export function bareWord(word: string): string {
  return word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
}

/** The distinct words of `content` at `locations`, bare (for highlighting on the page a result opens). */
export function matchedWords(content: string, locations: readonly WordLocation[], max = 8): string[] {
  const all = words(content);
  const out: string[] = [];
  for (const l of locations) {
    const w = bareWord(all[l.location] ?? '');
    if (w && !out.some((o) => o.toLowerCase() === w.toLowerCase())) out.push(w);
    if (out.length >= max) break;
  }
  return out;
}

/** The words of a query, without quotes and operators, lowercased. */
export function queryWords(q: string): string[] {
  return q
    .toLowerCase()
    .split(/[\s"]+/)
    .map(bareWord)
    .filter(Boolean);
}

/**
 * Which of `actors` (id → spellings) a query names through one of their spellings: an actor
 * qualifies when one of its spellings contains a query word (or a word of it starts with
 * one: Pagefind matches prefixes of the last word typed).
 */
export function actorsNamedBy(q: string, actors: ReadonlyArray<{ id: string; spellings: readonly string[] }>): string[] {
  const qw = queryWords(q);
  if (qw.length === 0) return [];
  return actors
    .filter((a) =>
      a.spellings.some((s) => {
        const sw = s.toLowerCase().split(/[\s-]+/).map(bareWord);
        return qw.some((w) => sw.some((x) => x === w || (w.length >= 3 && x.startsWith(w))));
      }),
    )
    .map((a) => a.id);
}

/**
 * Word locations in `content` of each of `phrases` (whole words, case-insensitive), in the
 * form Pagefind reports its own: for a result found through another spelling of an actor,
 * the places where the text names that actor.
 */
export function phraseLocations(content: string, phrases: readonly string[]): WordLocation[] {
  const norm = (w: string) => bareWord(w).toLowerCase().replace(/['’]s$/, '');
  const all = words(content).map(norm);
  const out: WordLocation[] = [];
  for (const phrase of phrases) {
    const parts = phrase.split(/\s+/).map(norm).filter(Boolean);
    if (parts.length === 0) continue;
    for (let i = 0; i + parts.length <= all.length; i++)
      if (parts.every((p, k) => all[i + k] === p)) for (let k = 0; k < parts.length; k++) out.push({ location: i + k });
  }
  return out.sort((a, b) => a.location - b.location);
}
