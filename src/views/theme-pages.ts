/**
 * Everything /themes/, /themes/<id>/ and /themes/<id>/passages/<n>/ show, derived once per
 * model: each theme's passages grouped by article and split into pages (one layout that the
 * theme page, its sub-pages, the articles table and the theme × article matrix all read),
 * the actors named in its passages and its slice of the timeline.
 */
import type { Corpus, Paragraph, ResolvedEvent } from '../corpus/model.ts';
import type { Theme } from '../schemas/theme.ts';
import { paths } from '../shared/paths.ts';
import { actorsInPassages, articleAnchor, groupByArticle, pageGroups, PASSAGE_BUDGET, themeTotals, type ActorCount, type ThemeTotals } from './stats.ts';
import type { CorpusIndex } from './corpus-index.ts';

export interface PassageGroup {
  article: string;
  items: Paragraph[];
}

export interface ThemePage {
  theme: Theme;
  passages: number;
  /** Article groups, newest article first. */
  groups: PassageGroup[];
  /** `groups` split into pages; page 1 is the theme page itself. */
  pages: PassageGroup[][];
  /** Page (1-based) holding each article's group. */
  pageOf: ReadonlyMap<string, number>;
  /** Actors named in the passages, most passages first. */
  actors: ActorCount[];
  /** Timeline entries tagged with the theme. */
  events: readonly ResolvedEvent[];
}

export interface ThemeViews {
  pages: ThemePage[];
  byId: ReadonlyMap<string, ThemePage>;
  totals: ReadonlyMap<string, ThemeTotals>;
  /** Paragraphs that carry at least one theme, and all paragraphs. */
  taggedParagraphs: number;
  allParagraphs: number;
  /** Root-relative link to an article's passages on a theme (page and anchor). */
  groupPath(theme: string, article: string): string;
}

export function themeViews(corpus: Pick<Corpus, 'themes' | 'articles' | 'passagesByTheme'>, index: CorpusIndex): ThemeViews {
  const order = corpus.articles.map((a) => a.id);
  const pages = corpus.themes.map((theme): ThemePage => {
    const passages = corpus.passagesByTheme.get(theme.id) ?? [];
    const groups = groupByArticle(passages, order);
    const paged = pageGroups(groups, PASSAGE_BUDGET);
    const pageOf = new Map(paged.flatMap((page, i) => page.map((g): [string, number] => [g.article, i + 1])));
    const mentions = passages.flatMap((p) => index.mentionsIn(p));
    return { theme, passages: passages.length, groups, pages: paged, pageOf, actors: actorsInPassages(passages, mentions), events: index.slice('theme', theme.id) };
  });
  const byId = new Map(pages.map((p) => [p.theme.id, p]));
  let tagged = 0;
  let all = 0;
  for (const a of corpus.articles) {
    all += a.paragraphs.length;
    for (const p of a.paragraphs) if (p.themes.length > 0) tagged++;
  }
  return {
    pages,
    byId,
    totals: new Map(themeTotals(corpus.themes, corpus.articles).map((t) => [t.theme, t])),
    taggedParagraphs: tagged,
    allParagraphs: all,
    groupPath: (theme, article) => `${paths.themePassages(theme, byId.get(theme)?.pageOf.get(article) ?? 1)}#${articleAnchor(article)}`,
  };
}
