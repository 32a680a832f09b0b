/**
 * The views layer: everything the pages show, derived once per model by `buildViews`.
 * Pages pick their slice in `getStaticPaths` and hand it to components as props; no page or
 * component derives anything from the model on its own, so one build does each piece of work
 * once however many pages show it, and every view can be tested on a small model.
 */
import type { Article, Corpus, ResolvedEvent } from '../corpus/model.ts';
import { buildLookup, type Lookup } from './lookup.ts';
import { buildCorpusIndex, type CorpusIndex } from './corpus-index.ts';
import { themeViews, type ThemeViews } from './theme-pages.ts';
import { actorViews, type ActorViews } from './actor-pages.ts';
import { relatedIndex } from './timeline.ts';
import { chunk, timelineViews, type TimelineViews } from './timeline-pages.ts';
import { searchLookup, topActors, type SearchLookup } from './search-records.ts';
import { themeArticleCounts } from './stats.ts';
import { placeViews, type PlaceViews } from './places.ts';
import { authorsView, type AuthorsView } from './authors.ts';
import { countWithPerspectives, perspectiveIndex, perspectivePage, perspectivesForActor, perspectivesForEvent, perspectivesForTheme, type PerspectiveIndex, type PerspectiveItem, type PerspectivePage } from './perspectives.ts';
import { layoutThemeMatrix, MATRIX_ROWS, type MatrixLayout } from './theme-matrix.ts';
import { aboutSources, type AboutSources } from './about.ts';

/** The home page shows this many of the newest articles; /articles/ lists them all. */
export const HOME_ARTICLES = 12;
/** /articles/ lists this many articles a page. */
export const ARTICLES_PAGE_SIZE = 100;
/** The search page suggests this many of the most-mentioned actors. */
const SUGGESTED_ACTORS = 12;

export interface ArticlePage {
  article: Article;
  newer?: Article | undefined;
  older?: Article | undefined;
  /** Timeline entries that cite the article, in the order its paragraphs cite them. */
  citedBy: ResolvedEvent[];
}

export interface EventPage {
  event: ResolvedEvent;
  earlier?: ResolvedEvent | undefined;
  later?: ResolvedEvent | undefined;
  related: ResolvedEvent[];
}

export interface Views {
  corpus: Corpus;
  lookup: Lookup;
  index: CorpusIndex;
  home: { articles: Article[]; outlets: number; firstYear: string | undefined; lastYear: string | undefined };
  articlePages: ArticlePage[];
  /** The article list of /articles/ (page 1) and /articles/page/<n>/, newest first. */
  articleList: Article[][];
  themes: ThemeViews;
  actors: ActorViews;
  eventPages: EventPage[];
  timeline: TimelineViews;
  /** The theme × article grid of /themes/: the newest articles, counts and picture layout. */
  matrix: { articles: Article[]; counts: Map<string, Map<string, number>>; layout: MatrixLayout; olderArticles: number };
  search: { lookup: SearchLookup; suggestedActors: { id: string; name: string }[] };
  places: PlaceViews;
  /** /authors/ and each author's page. */
  authors: AuthorsView;
  /** The sources table of /about/ (by article up to a page of /articles/, then by outlet). */
  about: AboutSources;
  /** Where the articles disagree: /perspectives/, its question pages and the sections on other pages. */
  perspectives: {
    index: PerspectiveIndex;
    pages: PerspectivePage[];
    forTheme: ReadonlyMap<string, PerspectiveItem[]>;
    forActor: ReadonlyMap<string, PerspectiveItem[]>;
    forEvent: ReadonlyMap<string, PerspectiveItem[]>;
    /** Timeline entries with at least one question. */
    disputedEntries: number;
  };
}

const memo = new WeakMap<Corpus, Views>();

/** What a build has already worked out from the model, handed over instead of derived again. */
export interface GivenViews {
  /** The search facets' counts, summarised from the records the search indexes. */
  searchFacets?: SearchLookup['facets'] | undefined;
}

/** Every page's data for `corpus`, derived once (later calls with the same model return it). */
export function buildViews(corpus: Corpus, given: GivenViews = {}): Views {
  const cached = memo.get(corpus);
  if (cached) return cached;
  const { articles, events } = corpus;
  const index = buildCorpusIndex(corpus);
  const years = articles.map((a) => a.published.earliest.slice(0, 4)).sort();
  const related = relatedIndex(events);
  const matrixArticles = articles.slice(0, MATRIX_ROWS);
  const views: Views = {
    corpus,
    lookup: buildLookup(corpus),
    index,
    home: { articles: articles.slice(0, HOME_ARTICLES), outlets: new Set(articles.map((a) => a.data.outlet.name)).size, firstYear: years[0], lastYear: years.at(-1) },
    articleList: chunk(articles, ARTICLES_PAGE_SIZE),
    articlePages: articles.map((article, i) => ({
      article,
      // Newest first in the model; prev/next follow that order.
      newer: articles[i - 1],
      older: articles[i + 1],
      citedBy: [...new Set(article.paragraphs.flatMap((p) => p.events))].flatMap((id) => corpus.eventById.get(id) ?? []),
    })),
    themes: themeViews(corpus, index),
    actors: actorViews(corpus, index),
    timeline: timelineViews(events, index.slices),
    eventPages: events.map((event, i) => ({ event, earlier: events[i - 1], later: events[i + 1], related: related(event) })),
    matrix: {
      articles: matrixArticles,
      counts: themeArticleCounts(corpus.themes, matrixArticles),
      layout: layoutThemeMatrix(corpus.themes, matrixArticles),
      olderArticles: articles.length - matrixArticles.length,
    },
    search: { lookup: searchLookup(corpus, given.searchFacets), suggestedActors: topActors(corpus, SUGGESTED_ACTORS) },
    places: placeViews(corpus),
    authors: authorsView(corpus),
    about: aboutSources(corpus, ARTICLES_PAGE_SIZE),
    perspectives: {
      index: perspectiveIndex(corpus),
      pages: corpus.perspectives.map((p) => perspectivePage(corpus, p)),
      forTheme: new Map(corpus.themes.map((t) => [t.id, perspectivesForTheme(corpus, t.id)])),
      forActor: new Map(corpus.actors.map((a) => [a.id, perspectivesForActor(corpus, a.id)])),
      forEvent: new Map(events.map((e) => [e.id, perspectivesForEvent(corpus, e)])),
      disputedEntries: countWithPerspectives(events),
    },
  };
  memo.set(corpus, views);
  return views;
}
