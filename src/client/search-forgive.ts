/**
 * A search that forgives: runs the query through Pagefind term by term, so that
 * - a word the corpus does not have is replaced by its nearest spelling from the corpus
 *   vocabulary (fetched only then) and reported ("Did you mean …?");
 * - when fewer than a page of results has every word, results with fewer words follow,
 *   ranked by how many words they match, and the page says which words were not found;
 * - a literal occurrence of a typed word outranks a match through another spelling
 *   (Pagefind reports those with no word location: the match is in the `aliases` meta).
 * Takes the Pagefind API as an argument (unit-tested with a fake one); imports only shared code.
 */
import { fold, foldedWords, matchesWord, parseQuery, type QueryTerm } from '../shared/search-fold.ts';
import { nearSpellings, type VocabularyWord } from '../shared/search-spelling.ts';
import type { FilterCounts, Pagefind, PagefindFragment, PagefindResult, PagefindSearchOptions } from './search-pagefind.ts';

export type TermStatus =
  | { term: QueryTerm; status: 'found' }
  | { term: QueryTerm; status: 'corrected'; to: string }
  | { term: QueryTerm; status: 'missing'; suggestions: string[] };

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

const aliasOnly = (r: PagefindResult) => r.words.length === 0 && (r.matchedMetaFields ?? []).length > 0;

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
  const perTerm: { pagefind: string; results: PagefindResult[] }[] = [];
  for (const term of terms) {
    let results = await searchTerm(ctx, term.pagefind, term.words);
    if (results.length > 0 || (await existsUnfiltered(ctx, term))) {
      statuses.push({ term, status: 'found' });
      perTerm.push({ pagefind: term.pagefind, results });
      continue;
    }
    // Not in the corpus: try near spellings (single words only; a phrase is meant as typed).
    const candidates = term.phrase ? [] : nearSpellings(term.text, await ctx.vocabulary(), 3);
    const best = candidates[0];
    if (best) {
      results = await searchTerm(ctx, best.word, [best.word]);
      statuses.push({ term, status: 'corrected', to: best.display });
      perTerm.push({ pagefind: best.word, results });
    } else statuses.push({ term, status: 'missing', suggestions: [] });
  }

  if (perTerm.length === 0) return { terms: statuses, searched: 0, complete: 0, results: [], counts: {} };
  const all = perTerm.length === 1 ? await ctx.pf.search(perTerm[0]!.pagefind, ctx.options) : await ctx.pf.search(perTerm.map((t) => t.pagefind).join(' '), ctx.options);
  const literalTyped = (r: PagefindResult) => !aliasOnly(r);
  const corrected = statuses.some((s) => s.status === 'corrected');
  const complete: Ranked[] = all.results.map((result) => ({ result, matched: perTerm.length, literal: !corrected && literalTyped(result) }));
  // Literal occurrences first; Pagefind's order (or the date order) within each group.
  const ranked = [...complete.filter((r) => r.literal), ...complete.filter((r) => !r.literal)];
  if (complete.length < ctx.pageSize && perTerm.length > 1) ranked.push(...partialMatches(perTerm, new Set(all.results.map((r) => r.id)), corrected));
  return { terms: statuses, searched: perTerm.length, complete: complete.length, results: ranked, counts: all.filters };
}

/** With filters on, a word may be in the corpus but not in the filtered part: that is no misspelling. */
async function existsUnfiltered(ctx: ForgiveContext, term: QueryTerm): Promise<boolean> {
  if (!ctx.options.filters || Object.keys(ctx.options.filters).length === 0) return false;
  const unfiltered = { ...ctx, options: { sort: ctx.options.sort } };
  return (await searchTerm(unfiltered, term.pagefind, term.words)).length > 0;
}

/** Results that match some but not all terms, most terms first, then by summed score. */
function partialMatches(perTerm: { results: PagefindResult[] }[], exclude: Set<string>, corrected: boolean): Ranked[] {
  const byId = new Map<string, { result: PagefindResult; matched: number; score: number; literal: boolean }>();
  for (const { results } of perTerm)
    for (const r of results) {
      if (exclude.has(r.id)) continue;
      const e = byId.get(r.id);
      if (e) {
        e.matched++;
        e.score += r.score;
        e.literal ||= !aliasOnly(r);
      } else byId.set(r.id, { result: r, matched: 1, score: r.score, literal: !corrected && !aliasOnly(r) });
    }
  return [...byId.values()]
    .sort((a, b) => b.matched - a.matched || Number(b.literal) - Number(a.literal) || b.score - a.score)
    .map(({ result, matched, literal }) => ({ result, matched, literal }));
}

/** The words of the query after corrections, folded (for naming actors and highlighting). */
export function searchedWords(terms: readonly TermStatus[]): string[] {
  return terms.flatMap((t) => (t.status === 'found' ? t.term.words : t.status === 'corrected' ? foldedWords(t.to) : []));
}

/** The query with each corrected word replaced: the "Did you mean" link's query. */
export function correctedQuery(terms: readonly TermStatus[]): string {
  return terms.map((t) => (t.status === 'corrected' ? t.to : t.term.phrase ? `"${t.term.text}"` : t.term.text)).join(' ');
}

export { fold };
