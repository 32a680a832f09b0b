/**
 * Atom feeds (RFC 4287) of the newest articles and of the timeline, written by the `feed`
 * package from entries derived here. Pure functions of the model and an export context.
 *
 * - Entry ids are `urn:uuid:` name-based UUIDs of the site name and the article or entry id,
 *   not page URLs: RFC 4287 (4.2.6) requires that an id never change when a feed moves, and
 *   these stay the same whatever address the site is deployed at.
 * - Dates come from the content, never from the build: an article's publication day; for a
 *   timeline entry, the newest publication day among the articles it quotes (the entry could not
 *   be written before them). A feed's `updated` is its newest entry's.
 * - Every entry has an author, as RFC 4287 requires: the bylines; for an unsigned capture the
 *   attributed author, marked "(attributed)", or else the outlet, marked "(unsigned)"; for a
 *   timeline entry, whose title and summary are ours, the corpus editors.
 */
import { Feed, type Author } from 'feed';
import { toHtml } from 'hast-util-to-html';
import { v5 as uuidv5 } from 'uuid';
import type { Article, Corpus, ResolvedEvent } from '../corpus/model.ts';
import type { Theme } from '../schemas/theme.ts';
import { articleCredits } from '../shared/authors.ts';
import { paths } from '../shared/paths.ts';
import type { ExportContext } from './context.ts';

/** Newest entries a feed holds: a feed is for following what is new, the site holds the rest. */
export const FEED_LIMIT = 100;

/** Namespace of this project's name-based UUIDs (a fixed random UUID). */
const NAMESPACE = '24d7cdfd-a35b-4faa-96db-9e96ff8f27f3';

/** A permanent id for a thing of the corpus, e.g. ("Site", "article", "x") → "urn:uuid:…". */
export function feedId(siteName: string, kind: string, id: string): string {
  return `urn:uuid:${uuidv5(`${siteName}\n${kind}\n${id}`, NAMESPACE)}`;
}

/** The start of an ISO day as a Date (UTC). */
const day = (iso: string) => new Date(`${iso.slice(0, 10)}T00:00:00Z`);

/** Atom `type="html"` text: the `feed` package puts titles and summaries in CDATA as HTML. */
const html = (text: string) => toHtml({ type: 'text', value: text });

export interface FeedEntry {
  id: string;
  title: string;
  /** Root-relative page path. */
  path: string;
  updated: Date;
  published?: Date | undefined;
  summary: string;
  authors: { name: string; path?: string | undefined }[];
  categories: string[];
}

/** The authors an article's entry names (see the module comment). */
export function articleEntryAuthors(article: Pick<Article, 'data'>): FeedEntry['authors'] {
  const credits = articleCredits(article.data);
  if (credits.length === 0) return [{ name: `${article.data.outlet.name} (unsigned)` }];
  return credits.map((c) => ({ name: c.attributed ? `${c.name} (attributed)` : c.name, path: paths.author(c.id) }));
}

/** The newest articles by publication date (then id), as feed entries. */
export function articleEntries(corpus: { articles: readonly Article[]; themeById: ReadonlyMap<string, Theme> }, siteName: string, limit = FEED_LIMIT): FeedEntry[] {
  return [...corpus.articles]
    .sort((a, b) => b.published.earliest.localeCompare(a.published.earliest) || a.id.localeCompare(b.id))
    .slice(0, limit)
    .map((a) => ({
      id: feedId(siteName, 'article', a.id),
      title: a.data.title,
      path: paths.article(a.id),
      updated: day(a.published.earliest),
      published: day(a.published.earliest),
      summary: `Editors’ summary: ${a.data.summary}`,
      authors: articleEntryAuthors(a),
      categories: a.data.themes.map((t) => corpus.themeById.get(t)?.label ?? t),
    }));
}

/** The newest publication day among the articles a timeline entry quotes. */
export function eventUpdated(event: Pick<ResolvedEvent, 'sources' | 'claims'>, articleById: ReadonlyMap<string, Pick<Article, 'published'>>): string {
  const quoted = [...event.sources, ...event.claims.flatMap((c) => c.values)].map((s) => s.article);
  const days = quoted.flatMap((id) => articleById.get(id)?.published.earliest ?? []);
  return days.sort().at(-1) ?? '1970-01-01';
}

/** The timeline entries whose sources are newest (then latest happening first, then id), as feed entries. */
export function timelineEntries(corpus: { events: readonly ResolvedEvent[]; articleById: ReadonlyMap<string, Article>; themeById: ReadonlyMap<string, Theme> }, siteName: string, limit = FEED_LIMIT): FeedEntry[] {
  return corpus.events
    .map((e) => ({ e, updated: eventUpdated(e, corpus.articleById) }))
    .sort((a, b) => b.updated.localeCompare(a.updated) || b.e.span.earliest.localeCompare(a.e.span.earliest) || a.e.id.localeCompare(b.e.id))
    .slice(0, limit)
    .map(({ e, updated }) => ({
      id: feedId(siteName, 'timeline', e.id),
      title: e.title,
      path: paths.event(e.id),
      updated: day(updated),
      summary: `Dated ${e.display}. ${e.summary}`,
      authors: [{ name: `${siteName} editors`, path: paths.about() }],
      categories: e.themes.map((t) => corpus.themeById.get(t)?.label ?? t),
    }));
}

export interface FeedMeta {
  /** "articles" or "timeline": the feed's own path and id. */
  name: 'articles' | 'timeline';
  title: string;
  subtitle: string;
  /** Root-relative path of the page the feed follows. */
  page: string;
}

/** An Atom document for `entries`. */
export function atomFeed(meta: FeedMeta, entries: readonly FeedEntry[], ctx: ExportContext): string {
  const updated = entries.map((e) => e.updated).sort((a, b) => b.getTime() - a.getTime())[0] ?? day('1970-01-01');
  const feed = new Feed({
    id: feedId(ctx.siteName, 'feed', meta.name),
    title: meta.title,
    description: meta.subtitle,
    link: ctx.url(meta.page),
    feedLinks: { atom: ctx.url(paths.feed(meta.name)) },
    language: 'en',
    updated,
    generator: false,
  });
  for (const e of entries) {
    feed.addItem({
      id: e.id,
      title: html(e.title),
      link: ctx.url(e.path),
      date: e.updated,
      ...(e.published ? { published: e.published } : {}),
      description: html(e.summary),
      author: e.authors.map((a): Author => ({ name: a.name, ...(a.path ? { link: ctx.url(a.path) } : {}) })),
      category: e.categories.map((term) => ({ term })),
    });
  }
  return `${feed.atom1().trim()}\n`;
}

/** Both feeds of a corpus, by name. */
export function corpusFeeds(corpus: Corpus, ctx: ExportContext): Record<FeedMeta['name'], string> {
  return {
    articles: atomFeed(
      { name: 'articles', title: `${ctx.siteName}: articles`, subtitle: 'The newest articles of the corpus, by publication date.', page: paths.articles() },
      articleEntries(corpus, ctx.siteName),
      ctx,
    ),
    timeline: atomFeed(
      { name: 'timeline', title: `${ctx.siteName}: timeline`, subtitle: 'Timeline entries, newest sources first.', page: paths.timeline() },
      timelineEntries(corpus, ctx.siteName),
      ctx,
    ),
  };
}
