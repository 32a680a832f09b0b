/**
 * The sources table of /about/: every article with its provenance while the corpus is small
 * enough for one page (the size of a page of /articles/), else one row per outlet, so the page
 * stays one size as the corpus grows (each article's provenance is on its own page and in the
 * downloads). Pure.
 */
import type { Article, Corpus } from '../corpus/model.ts';

export interface OutletSources {
  outlet: string;
  articles: number;
  /** Earliest and latest publication (ISO days, earliest bound of each date). */
  first: string;
  last: string;
  /** Articles whose original address is known. */
  originals: number;
}

export type AboutSources = { by: 'article'; articles: Article[] } | { by: 'outlet'; outlets: OutletSources[]; articles: number };

export function aboutSources(corpus: Corpus, limit: number): AboutSources {
  if (corpus.articles.length <= limit) return { by: 'article', articles: corpus.articles };
  const byOutlet = Map.groupBy(corpus.articles, (a) => a.data.outlet.name);
  const outlets = [...byOutlet].map(([outlet, list]) => {
    const days = list.map((a) => a.published.earliest).sort();
    return { outlet, articles: list.length, first: days[0]!, last: days.at(-1)!, originals: list.filter((a) => a.data.originalUrl).length };
  });
  outlets.sort((a, b) => b.articles - a.articles || a.outlet.localeCompare(b.outlet));
  return { by: 'outlet', outlets, articles: corpus.articles.length };
}
