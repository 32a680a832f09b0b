/**
 * Folding and splitting of search words, shared by the index build (the vocabulary) and the
 * search page: case and diacritics folded (`Erdoğan` → `erdogan`), letters that Unicode does
 * not decompose mapped by hand (ı, ø, ł, ə, ß…), a trailing possessive dropped. Pure, no imports.
 */

/** Letters with no Unicode decomposition, and what they fold to. */
const LETTERS: Record<string, string> = { ı: 'i', ø: 'o', ł: 'l', đ: 'd', ð: 'd', ə: 'e', ß: 'ss', æ: 'ae', œ: 'oe', þ: 'th', ħ: 'h' };
const APOSTROPHES = /['’ʼ`´]/g;

/** Lowercase, diacritics removed, apostrophes removed: the form every comparison uses. */
export function fold(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[ıøłđðəßæœþħ]/g, (c) => LETTERS[c] ?? c)
    .replace(/['’ʼ`´]s\b/g, '')
    .replace(APOSTROPHES, '');
}

/** The folded words of a text (letters and digits; hyphens split words, as Pagefind does). */
export function foldedWords(text: string): string[] {
  return fold(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/** A term of a query: a single word, or a "quoted phrase" kept whole. */
export interface QueryTerm {
  /** As typed (without the quotes). */
  text: string;
  /** The term as Pagefind gets it: folded, a phrase in quotes. */
  pagefind: string;
  /** Folded words of the term (a hyphenated word gives several). */
  words: string[];
  phrase: boolean;
}

/** Splits a query into terms: quoted phrases whole, other words one by one; duplicates dropped. */
export function parseQuery(q: string): QueryTerm[] {
  const terms: QueryTerm[] = [];
  const seen = new Set<string>();
  const add = (text: string, phrase: boolean) => {
    const words = foldedWords(text);
    const key = words.join(' ');
    if (words.length === 0 || seen.has(key)) return;
    seen.add(key);
    const isPhrase = phrase && words.length > 1;
    const folded = fold(text).trim().replace(/\s+/g, ' ');
    terms.push({ text: text.trim(), pagefind: isPhrase ? `"${folded}"` : folded, words, phrase: isPhrase });
  };
  const re = /"([^"]*)"?|([^\s"]+)/g;
  for (let m = re.exec(q); m; m = re.exec(q)) {
    if (m[1] !== undefined) add(m[1], true);
    else add(m[2]!.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''), false);
  }
  return terms;
}

/**
 * True when `token` (a folded word of a text) is a match Pagefind would make for the folded
 * query word `word`: the same word, a longer word starting with it, or one sharing its stem
 * (all but the last three letters, at least four): "peacekeeping" ~ "peacekeepers".
 * Used to tell a real match from Pagefind's loose fallback ("tokaev" matching "to").
 */
export function matchesWord(token: string, word: string): boolean {
  if (token.startsWith(word)) return true;
  const stem = Math.max(Math.min(word.length, 4), word.length - 3);
  return token.length >= stem && token.slice(0, stem) === word.slice(0, stem);
}
