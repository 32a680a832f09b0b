/**
 * CSL-JSON items (the format of Zotero, Pandoc and citeproc) for an article and for a
 * timeline entry. BibTeX and the formatted citation are derived from these items, so every
 * citation of a thing says the same.
 */
import type { CSL, CSLName } from '@citation-js/core';
import { parse as parseName } from '@citation-js/name';
import type { Article, Corpus, ResolvedEvent, ResolvedPerspective } from '../corpus/model.ts';
import { paths } from '../shared/paths.ts';
import { edtfToCslDate } from './edtf-csl.ts';
import type { ExportContext } from './context.ts';

export type CslItem = CSL;

/** "Kseniya Kirillova" → { given: "Kseniya", family: "Kirillova" }; a name that cannot be split stays literal. */
function cslName(name: string): CSLName {
  const parsed = parseName(name);
  return parsed.family ? parsed : { literal: name };
}

/**
 * The people to credit: the printed bylines; for an unsigned capture, the author known from
 * elsewhere (with its evidence in the article's metadata); otherwise none.
 */
function articleAuthors(article: Pick<Article, 'data'>): CSLName[] {
  const d = article.data;
  if (d.authors.length > 0) return d.authors.map(cslName);
  return d.attributedAuthor ? [cslName(d.attributedAuthor.name)] : [];
}

/**
 * One article as CSL-JSON. `URL` is the original's address when known (what a reader cites),
 * else the corpus page; the corpus page, whose ¶ numbers a citation can point to, is then the
 * `archive_location`, and always the `note` (which BibTeX keeps). The republication chain is
 * left to corpus.json: APA has no good place for it.
 */
export function articleCsl(article: Pick<Article, 'id' | 'data'>, ctx: ExportContext): CslItem {
  const d = article.data;
  const permalink = ctx.url(paths.article(article.id));
  const item: CslItem = {
    id: article.id,
    'citation-key': article.id,
    type: 'article-newspaper',
    title: d.title,
    'container-title': d.outlet.name,
    issued: edtfToCslDate(d.published.date),
    language: d.language,
    abstract: d.summary,
    URL: d.originalUrl ?? permalink,
    note: `${ctx.siteName}, with numbered paragraphs: ${permalink}`,
  };
  // Name the corpus copy separately only when URL points elsewhere (else the reference repeats it).
  if (d.originalUrl) Object.assign(item, { archive: ctx.siteName, archive_location: permalink });
  const authors = articleAuthors(article);
  if (authors.length > 0) item.author = authors;
  return item;
}

/**
 * One timeline entry as CSL-JSON: a page of this site (type `webpage`), with the date of the
 * happening as `event-date` (not `issued`: the page was not published on that day) and the
 * passages it rests on in `note`.
 */
export function eventCsl(event: ResolvedEvent, articleTitle: (id: string) => string, ctx: ExportContext): CslItem {
  const sources = event.sources.map((s) => {
    const title = articleTitle(s.article);
    return `“${title}”, ¶${s.paragraph.slice(1)}`;
  });
  return {
    id: `timeline-${event.id}`,
    'citation-key': event.id,
    type: 'webpage',
    title: event.title,
    'container-title': ctx.siteName,
    'event-date': edtfToCslDate(event.date),
    abstract: event.summary,
    URL: ctx.url(paths.event(event.id)),
    note: `Timeline entry dated ${event.display}. Sources: ${sources.join('; ')}.`,
  };
}

/**
 * One perspective (a question the articles disagree on) as CSL-JSON: a page of this site, with
 * the passages its positions quote in `note`. No date: the page is not dated.
 */
export function perspectiveCsl(p: ResolvedPerspective, corpus: Corpus, ctx: ExportContext): CslItem {
  const quoted = p.positions.flatMap((pos) => {
    const title = corpus.articleById.get(pos.article)?.data.title ?? pos.article;
    return pos.quotes.map((q) => `“${title}”, ¶${q.paragraph.slice(1)}`);
  });
  return {
    id: `perspective-${p.id}`,
    'citation-key': `perspective-${p.id}`,
    type: 'webpage',
    title: p.question,
    'container-title': ctx.siteName,
    URL: ctx.url(paths.perspective(p.id)),
    note: `Where the articles disagree (${p.kind}). Passages: ${[...new Set(quoted)].join('; ')}.`,
  };
}

/** Every article as CSL-JSON, ordered by id. */
export function articlesCsl(corpus: Corpus, ctx: ExportContext): CslItem[] {
  return [...corpus.articles].sort((a, b) => a.id.localeCompare(b.id)).map((a) => articleCsl(a, ctx));
}
