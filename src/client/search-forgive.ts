/**
 * A search that forgives: runs the query through Pagefind term by term, so that
 * - a word the corpus does not have is replaced by its nearest spelling from the corpus
 *   vocabulary (fetched only then) and reported ("Did you mean …?");
 * - when fewer than a page of results has every word, results with fewer words follow,
 *   ranked by how many words they match, and the page says which words were not found;
 * - a literal occurrence of a typed word outranks a match through another spelling
 *   (Pagefind reports those with no word location: the match is in the `aliases` meta);
 * - a rare word (fewer than a page of results) also finds its transliteration variants.
 * Takes the Pagefind API as an argument (unit-tested with a fake one); imports only shared code.
 */
import { foldedWords, matchesWord, parseQuery, type QueryTerm } from '../shared/search-fold.ts';
import { nearSpellings, type VocabularyWord } from '../shared/search-spelling.ts';
import type { FilterCounts, Pagefind, PagefindFragment, PagefindResult, PagefindSearchOptions } from './search-pagefind.ts';

export type TermStatus =
  | { term: QueryTerm; status: 'found'; variants?: string[] }
  | { term: QueryTerm; status: 'corrected'; to: string }
  | { term: QueryTerm; status: 'missing' };

export interface Ranked {
  result: PagefindResult;
  /** How many of the searched terms it matches. */
  matched: number;
  /** A typed word occurs in its text (not only another spelling of it). */
  literal: boolean;
}

export interface ForgivingOutcome {
  terms: TermStatus[];
  /** Terms searched (found or corrected). */
  searched: number;
  /** Results with every searched term. */
  complete: number;
  results: Ranked[];
  counts: FilterCounts;
}

export interface ForgiveContext {
  pf: Pagefind;
  options: PagefindSearchOptions;
  /** The vocabulary, loaded on first call. */
  vocabulary: () => Promise<VocabularyWord[]>;
  /** A result's data, loaded once (shared with the page's rendering). */
  fragment: (r: PagefindResult) => Promise<PagefindFragment>;
  /** Below this many complete results, partial ones are added. */
  pageSize: number;
}

/** Matched only through another spelling: no word location, and the match is in the `aliases` meta alone. */
const aliasOnly = (r: PagefindResult) => r.words.length === 0 && (r.matchedMetaFields ?? []).every((f) => f === 'aliases') && (r.matchedMetaFields ?? []).length > 0;

/** True when the fragment really has `word` (Pagefind falls back to loose matches for unknown words). */
export function fragmentHas(fragment: PagefindFragment, words: readonly string[]): boolean {
  const text = foldedWords([fragment.content, ...Object.values(fragment.meta)].join(' '));
  return words.every((w) => text.some((t) => matchesWord(t, w)));
}

/** Searches one term; its results, or none when Pagefind only matched something else. */
async function searchTerm(ctx: ForgiveContext, pagefindTerm: string, words: readonly string[]): Promise<PagefindResult[]> {
  const found = await ctx.pf.search(pagefindTerm, ctx.options);
  let results = found.results;
  let probe = results;
  if (results.length === 0 && ctx.options.filters && Object.keys(ctx.options.filters).length > 0) {
    // Nothing within the filters: is the word in the corpus at all? (Then it is no misspelling.)
    probe = (await ctx.pf.search(pagefindTerm, { sort: ctx.options.sort })).results;
    if (probe.length === 0) return [];
  }
  const top = probe[0];
  if (!top) return [];
  if (aliasOnly(top)) return results;
  return fragmentHas(await ctx.fragment(top), words) ? results : [];
}

/** Runs `q` (and the filters and order in `ctx.options`) forgivingly. */
export async function forgivingSearch(ctx: ForgiveContext, q: string): Promise<ForgivingOutcome> {
  const terms = parseQuery(q);
  const statuses: TermStatus[] = [];
  const perTerm: TermResults[] = [];
  for (const term of terms) {
    const results = await searchTerm(ctx, term.pagefind, term.words);
    if (results.length > 0 || (await existsUnfiltered(ctx, term))) {
      // A rare word (a page of results at most): its other spellings in the corpus (organisation / organization) are added after it.
      const variants = !term.phrase && results.length <= ctx.pageSize ? nearSpellings(term.text, await ctx.vocabulary(), 3).filter((c) => c.distance === 0) : [];
      const found: TermResults = { pagefind: term.pagefind, results, literal: new Set(results.map((r) => r.id)) };
      for (const v of variants) addResults(found, await searchTerm(ctx, v.word, [v.word]));
      statuses.push(variants.length > 0 ? { term, status: 'found', variants: variants.map((v) => v.display) } : { term, status: 'found' });
      perTerm.push(found);
      continue;
    }
    // Not in the corpus: try near spellings (single words only; a phrase is meant as typed).
    const candidates = term.phrase ? [] : nearSpellings(term.text, await ctx.vocabulary(), 3);
    const best = candidates[0];
    if (best) {
      const corrected = await searchTerm(ctx, best.word, [best.word]);
      statuses.push({ term, status: 'corrected', to: best.display });
      perTerm.push({ pagefind: best.word, results: corrected, literal: new Set() });
    } else statuses.push({ term, status: 'missing' });
  }

  if (perTerm.length === 0) return { terms: statuses, searched: 0, complete: 0, results: [], counts: {} };
  const literal = (r: PagefindResult, t: TermResults) => t.literal.has(r.id) && !aliasOnly(r);
  if (perTerm.length === 1) {
    const only = perTerm[0]!;
    const counts = (await ctx.pf.search(only.pagefind, ctx.options)).filters;
    const ranked = only.results.map((result) => ({ result, matched: 1, literal: literal(result, only) }));
    return { terms: statuses, searched: 1, complete: ranked.length, results: literalFirst(ranked, !!ctx.options.sort), counts };
  }
  const all = await ctx.pf.search(perTerm.map((t) => t.pagefind).join(' '), ctx.options);
  const complete: Ranked[] = all.results.map((result) => ({ result, matched: perTerm.length, literal: perTerm.every((t) => literal(result, t)) }));
  const ranked = literalFirst(complete, !!ctx.options.sort);
  if (complete.length < ctx.pageSize) ranked.push(...partialMatches(perTerm, new Set(all.results.map((r) => r.id))));
  return { terms: statuses, searched: perTerm.length, complete: complete.length, results: ranked, counts: all.filters };
}

/**
 * Literal occurrences first, and among them matches in a byline (the query names the author);
 * otherwise Pagefind's order is kept. Results ordered by date keep that order.
 */
function literalFirst(ranked: readonly Ranked[], sorted: boolean): Ranked[] {
  if (sorted) return [...ranked];
  const tier = (r: Ranked) => (r.literal ? (r.result.matchedMetaFields?.includes('authors') ? 0 : 1) : 2);
  return [0, 1, 2].flatMap((t) => ranked.filter((r) => tier(r) === t));
}

interface TermResults {
  pagefind: string;
  results: PagefindResult[];
  /** Results with the word as typed (not another spelling of it). */
  literal: Set<string>;
}

function addResults(into: TermResults, more: readonly PagefindResult[]): void {
  const have = new Set(into.results.map((r) => r.id));
  for (const r of more) if (!have.has(r.id)) into.results.push(r);
}

/** With filters on, a word may be in the corpus but not in the filtered part: that is no misspelling. */
async function existsUnfiltered(ctx: ForgiveContext, term: QueryTerm): Promise<boolean> {
  if (!ctx.options.filters || Object.keys(ctx.options.filters).length === 0) return false;
  const unfiltered = { ...ctx, options: { sort: ctx.options.sort } };
  return (await searchTerm(unfiltered, term.pagefind, term.words)).length > 0;
}

/** Results that match some but not all terms, most terms first, then literal ones, then by summed score. */
function partialMatches(perTerm: readonly TermResults[], exclude: Set<string>): Ranked[] {
  const byId = new Map<string, { result: PagefindResult; matched: number; score: number; literal: boolean }>();
  for (const t of perTerm)
    for (const r of t.results) {
      if (exclude.has(r.id)) continue;
      const isLiteral = t.literal.has(r.id) && !aliasOnly(r);
      const e = byId.get(r.id);
      if (e) {
        e.matched++;
        e.score += r.score;
        e.literal ||= isLiteral;
      } else byId.set(r.id, { result: r, matched: 1, score: r.score, literal: isLiteral });
    }
  return [...byId.values()]
    .sort((a, b) => b.matched - a.matched || Number(b.literal) - Number(a.literal) || b.score - a.score)
    .map(({ result, matched, literal }) => ({ result, matched, literal }));
}

/** The words of the query after corrections, folded (for naming actors and highlighting). */
export function searchedWords(terms: readonly TermStatus[]): string[] {
  return terms.flatMap((t) => (t.status === 'found' ? [...t.term.words, ...(t.variants ?? []).flatMap(foldedWords)] : t.status === 'corrected' ? foldedWords(t.to) : []));
}

/** The query with each corrected word replaced: the "Did you mean" link's query. */
export function correctedQuery(terms: readonly TermStatus[]): string {
  return terms.map((t) => (t.status === 'corrected' ? t.to : t.term.phrase ? `"${t.term.text}"` : t.term.text)).join(' ');
}

