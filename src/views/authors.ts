/**
 * The author index (/authors/ and /authors/<id>/): every person an article is credited to, with
 * their articles, outlets and dates. Credits are those of `articleCredits` (bylines, or an
 * attributed author for an unsigned capture); unsigned articles credit no one and get no page.
 *
 * A pure function of the model's articles; orders are deterministic (ties broken by id).
 */
import { parse as parseName } from '@citation-js/name';
import type { Article } from '../corpus/model.ts';
import { articleCredits, type AuthorCredit } from '../shared/authors.ts';
import { formatEdtf } from '../shared/edtf.ts';

type ArticleLike = Pick<Article, 'id' | 'data' | 'published'>;

/** One article on an author's page. */
export interface AuthorArticle {
  article: string;
  title: string;
  outlet: string;
  /** First day of the publication date (ISO), for sorting and <time datetime>. */
  datetime: string;
  /** The publication date as the site prints it ("21 October 2020", "September 2022"). */
  date: string;
  /** Credited by attribution, not by a printed byline. */
  attributed: boolean;
  /** How the attribution is known (attributed only). */
  evidence?: string | undefined;
}

export interface AuthorEntry {
  id: string;
  /** The most used spelling of the name (ties: the first in alphabetical order). */
  name: string;
  /** Other spellings that lead to the same page. */
  otherSpellings: string[];
  /** Newest first. */
  articles: AuthorArticle[];
  /** Outlets, most articles first, then by name. */
  outlets: { name: string; articles: number }[];
  /** Earliest and latest publication dates: ISO day (for sorting, <time>) and as printed. */
  first: { datetime: string; date: string };
  last: { datetime: string; date: string };
  /** Every credit of this author is an attribution. */
  attributedOnly: boolean;
}

export interface AuthorsView {
  /** By family name, then given name, then id. */
  authors: AuthorEntry[];
  byId: Map<string, AuthorEntry>;
  /** Ids of the articles that credit no one, newest first. */
  unsigned: string[];
}

const byCountThenName = <T extends { name: string; articles: number }>(a: T, b: T) => b.articles - a.articles || a.name.localeCompare(b.name, 'en');

/** Family name first, for sorting ("Kirillova Kseniya"); a name that cannot be split sorts as written. */
function sortKey(name: string): string {
  const p = parseName(name);
  return p.family ? `${p.family} ${p.given ?? ''}`.trim() : name;
}

function mostUsed(spellings: string[]): { name: string; others: string[] } {
  const counts = new Map<string, number>();
  for (const s of spellings) counts.set(s, (counts.get(s) ?? 0) + 1);
  const ranked = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'en')).map(([s]) => s);
  return { name: ranked[0]!, others: ranked.slice(1) };
}

export function authorsView(corpus: { articles: readonly ArticleLike[] }): AuthorsView {
  const credited = new Map<string, { credit: AuthorCredit; article: ArticleLike }[]>();
  const unsigned: ArticleLike[] = [];
  for (const article of corpus.articles) {
    const credits = articleCredits(article.data);
    if (credits.length === 0) unsigned.push(article);
    // One entry per article even if a byline repeats a name.
    const seen = new Set<string>();
    for (const credit of credits) {
      if (seen.has(credit.id)) continue;
      seen.add(credit.id);
      let list = credited.get(credit.id);
      if (!list) credited.set(credit.id, (list = []));
      list.push({ credit, article });
    }
  }
  const newestFirst = (a: { datetime: string; article: string }, b: { datetime: string; article: string }) =>
    b.datetime.localeCompare(a.datetime) || a.article.localeCompare(b.article);

  const authors = [...credited].map(([id, list]): AuthorEntry => {
    const articles = list
      .map(({ credit, article }): AuthorArticle => ({
        article: article.id,
        title: article.data.title,
        outlet: article.data.outlet.name,
        datetime: article.published.earliest,
        date: formatEdtf(article.data.published.date),
        attributed: credit.attributed,
        ...(credit.evidence ? { evidence: credit.evidence } : {}),
      }))
      .sort(newestFirst);
    const outlets = [...Map.groupBy(articles, (a) => a.outlet)].map(([name, as]) => ({ name, articles: as.length })).sort(byCountThenName);
    const { name, others } = mostUsed(list.map((c) => c.credit.name));
    const oldest = articles.at(-1)!;
    const newest = articles[0]!;
    const when = (a: AuthorArticle) => ({ datetime: a.datetime, date: a.date });
    return { id, name, otherSpellings: others, articles, outlets, first: when(oldest), last: when(newest), attributedOnly: articles.every((a) => a.attributed) };
  });
  authors.sort((a, b) => sortKey(a.name).localeCompare(sortKey(b.name), 'en') || a.id.localeCompare(b.id));
  const unsignedIds = unsigned
    .map((a) => ({ article: a.id, datetime: a.published.earliest }))
    .sort(newestFirst)
    .map((a) => a.article);
  return { authors, byId: new Map(authors.map((a) => [a.id, a])), unsigned: unsignedIds };
}

/** An author page lists this many of the author's articles, newest first (the page stays one size as the corpus grows). */
export const AUTHOR_ARTICLES_SHOWN = 100;

/** The articles an author page lists, and how many older ones it leaves to the search (filtered by author). */
export function authorPageArticles<T>(articles: readonly T[], shown = AUTHOR_ARTICLES_SHOWN): { shown: T[]; more: number } {
  return { shown: articles.slice(0, shown), more: Math.max(0, articles.length - shown) };
}
