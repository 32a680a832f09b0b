/**
 * What the search page says about a forgiving search, in plain words, and which actor a query
 * names. Pure (no DOM), unit-tested.
 */
import { foldedWords } from '../shared/search-fold.ts';
import type { TermStatus } from './search-forgive.ts';

const quote = (s: string) => `“${s}”`;
const list = (xs: readonly string[]) => (xs.length <= 1 ? xs.join('') : `${xs.slice(0, -1).join(', ')} and ${xs.at(-1)}`);
const plural = (n: number, one: string, many: string) => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

export interface OutcomeSummary {
  terms: readonly TermStatus[];
  /** Results in all. */
  total: number;
  /** Results with every searched term. */
  complete: number;
  /** Most terms a partial result matches. */
  bestPartial: number;
}

/**
 * Sentences that explain the results beyond their number: corrected spellings, words found
 * nowhere, and partial matches ("No result has all 6 words; these match 4 of them").
 */
export function explain(o: OutcomeSummary): string[] {
  const out: string[] = [];
  const corrected = o.terms.filter((t): t is Extract<TermStatus, { status: 'corrected' }> => t.status === 'corrected');
  const missing = o.terms.filter((t) => t.status === 'missing').map((t) => quote(t.term.text));
  if (corrected.length > 0)
    out.push(`No text has ${list(corrected.map((t) => quote(t.term.text)))}: results for the nearest spelling${corrected.length > 1 ? 's' : ''} in the corpus, ${list(corrected.map((t) => quote(t.to)))}.`);
  const variants = o.terms.flatMap((t) => (t.status === 'found' && t.variants ? [`${quote(t.term.text)} (also ${list(t.variants.map(quote))})`] : []));
  if (variants.length > 0) out.push(`Other spellings in the corpus are included after the one typed: ${list(variants)}.`);
  const n = o.terms.length;
  // Words searched (found, or found under a near spelling); a missing word is matched by no result.
  const searched = o.terms.filter((t) => t.status !== 'missing').length;
  const notFound = missing.length > 0 ? ` Not found: ${list(missing)}.` : '';
  if (n > 1 && o.total > 0 && (o.total > o.complete || searched < n)) {
    const withAll = searched < n ? 0 : o.complete;
    const best = o.complete > 0 ? searched : o.bestPartial;
    if (withAll === 0) out.push(`No result has all ${n} words; these match ${best} of them, most first.${notFound}`);
    else out.push(`${plural(withAll, 'result has', 'results have')} all ${n} words; after ${withAll === 1 ? 'it' : 'them'}, results that match fewer.`);
  } else if (missing.length > 0) out.push(`Not found anywhere in the corpus, nor any near spelling: ${list(missing)}.`);
  return out;
}

/**
 * The actor a query names, if any: the actor with a spelling at least half of whose words
 * (three letters or more) are words of the query, the most words first, then the actor in most
 * records. `actors` in order of how often they are named.
 */
export function actorNamedBy(words: readonly string[], actors: ReadonlyArray<{ id: string; spellings: readonly string[] }>): string | undefined {
  const q = new Set(words.filter((w) => w.length >= 3));
  if (q.size === 0) return undefined;
  let best: { id: string; hits: number } | undefined;
  for (const a of actors)
    for (const s of a.spellings) {
      const sw = foldedWords(s);
      const hits = sw.filter((w) => q.has(w)).length;
      if (hits > 0 && hits * 2 >= sw.length && (!best || hits > best.hits)) best = { id: a.id, hits };
    }
  return best?.id;
}
