/**
 * The search index, built from the corpus model rather than from the rendered pages: one
 * Pagefind record per article (its paragraphs, the passages, as anchored sections: see
 * PASSAGE_LABEL in src/shared/search-facets.ts), per timeline entry, per actor and per theme. Pure: the model in, records out (src/cli/search-index.ts writes them).
 *
 * Why records and not the site's HTML: a hit in a passage must land on its paragraph (`#pN`),
 * page chrome must never be indexed, and an actor must be found under every one of its spellings.
 *
 * Aliases: a record that mentions an actor carries, in its `aliases` meta field, every
 * spelling of that actor (name and aliases) that its own text does not already use.
 * Pagefind 1.6 indexes meta fields as words, so "Artsakh" finds an article that only says
 * "Nagorno-Karabakh"; the search page then finds the passages that name the actor under the
 * spelling they use, and the result reports `matchedMetaFields: ['aliases']` so the page can
 * say why it matched.
 *
 * Display data (an article's title, outlet, date and authors) is meta of the article's record,
 * which a result's fragment carries: the search page needs no other file to show a result.
 */
import type { Corpus, Article, Paragraph, ResolvedEvent } from '../corpus/model.ts';
import type { Actor } from '../schemas/actor.ts';
import type { Theme } from '../schemas/theme.ts';
import { paths, withBase } from '../shared/paths.ts';
import { formatEdtf } from '../shared/edtf.ts';
import { articleCredits } from '../shared/authors.ts';
import { eventActors } from './timeline.ts';
import { perspectiveRecords } from './search-records-perspectives.ts';
import type { SearchFacet } from '../shared/search-facets.ts';

export { SEARCH_KINDS, SEARCH_FACETS, type SearchKind, type SearchFacet } from '../shared/search-facets.ts';

export { aliasMeta, containsPhrase, MAX_ACTOR_SENTENCES, spellings, type SearchRecord } from './search-meta.ts';
import { aliasMeta, MAX_ACTOR_SENTENCES, spellings, type RecordSection, type SearchRecord } from './search-meta.ts';
import { encodeSectionAnchor } from '../shared/search-facets.ts';

/** A timeline entry spanning more years than this is filed under its first and last year only. */
const MAX_YEARS_PER_ENTRY = 30;

const yearOf = (isoDay: string) => isoDay.slice(0, 4).replace(/^0+(?=\d)/, '');

/** Every year an entry's span touches (first and last only for very long spans). */
function yearsOf(event: ResolvedEvent): string[] {
  const first = Number(event.span.earliest.slice(0, 4));
  const last = Number(event.span.latest.slice(0, 4));
  if (last - first > MAX_YEARS_PER_ENTRY) return [String(first), String(last)];
  return Array.from({ length: last - first + 1 }, (_, k) => String(first + k));
}

function withMeta(meta: Record<string, string | undefined>): Record<string, string> {
  return Object.fromEntries(Object.entries(meta).filter((e): e is [string, string] => typeof e[1] === 'string' && e[1] !== ''));
}

const uniq = <T>(xs: Iterable<T>): T[] => [...new Set(xs)];

/**
 * An article's authors for the `author` facet: its bylines, or the author it is attributed to
 * (an attribution counts as authorship; the page says "attributed"). Unsigned: none.
 */
export function articleAuthors(article: Article): string[] {
  return articleCredits(article.data).map((c) => c.name);
}

/**
 * An article's sections in reading order: its title and standfirst (no anchor), then each
 * heading and paragraph, anchored where it starts (see encodeSectionAnchor).
 */
function articleSections(article: Article): RecordSection[] {
  const d = article.data;
  const sections: RecordSection[] = [{ text: d.title }];
  if (d.standfirst) sections.push({ text: d.standfirst });
  const headings = [...article.headings];
  article.paragraphs.forEach((p, k) => {
    while (headings.length > 0 && headings[0]!.afterParagraphs <= k) {
      const h = headings.shift()!;
      sections.push({ text: h.text, anchor: { id: h.id, title: encodeSectionAnchor({ kind: 'heading', text: h.text }) } });
    }
    sections.push({ text: p.text, anchor: { id: p.id, title: paragraphAnchor(p) } });
  });
  for (const h of headings) sections.push({ text: h.text, anchor: { id: h.id, title: encodeSectionAnchor({ kind: 'heading', text: h.text }) } });
  return sections;
}

const paragraphAnchor = (p: Paragraph) => encodeSectionAnchor({ kind: 'paragraph', n: p.n, themes: p.themes.map((t) => t.theme), actors: [...p.actors] });

/** How a result names an article's authors: the bylines, or the attributed author marked so. */
function byline(article: Article): string {
  return articleCredits(article.data).map((c) => (c.attributed ? `${c.name} (attributed)` : c.name)).join(', ');
}

/**
 * The weight of an article's own words. Pagefind ranks a word in a long page below the same
 * word in a short one (length normalisation), and an article is many times longer than an
 * actor's or a timeline entry's record: unweighted, every editors' summary that names a place
 * would outrank the article that reports it. Weighted so, the article ranks where its passage
 * ranked when passages were records of their own (the query table, run in the browser, holds
 * at 8, not at 4).
 */
const ARTICLE_WORD_WEIGHT = 8;

function articleRecord(corpus: Corpus, article: Article): SearchRecord {
  const d = article.data;
  const sections = articleSections(article);
  const text = sections.map((s) => s.text).join('\n\n');
  const actors = uniq(article.paragraphs.flatMap((p) => p.actors));
  return {
    url: withBase(corpus.base, paths.article(article.id)),
    content: text,
    sections,
    weight: ARTICLE_WORD_WEIGHT,
    language: 'en',
    meta: withMeta({
      title: d.title,
      outlet: d.outlet.name,
      date: formatEdtf(d.published.date),
      authors: byline(article),
      aliases: aliasMeta(text, actors, corpus.actorById),
    }),
    filters: {
      kind: ['article'],
      // A passage's themes count for its article: filtering by a theme finds the articles with a passage of it.
      theme: uniq([...d.themes, ...article.paragraphs.flatMap((p) => p.themes.map((t) => t.theme))]),
      actor: actors,
      author: articleAuthors(article),
      outlet: [d.outlet.name],
      year: [yearOf(article.published.earliest)],
    },
    sort: { date: article.published.sortKey },
  };
}

function timelineRecord(corpus: Corpus, event: ResolvedEvent): SearchRecord {
  const claims = event.claims.map((c) => `${c.about}: ${c.values.map((v) => v.value).join('; ')}.`);
  const notes = event.sources.flatMap((s) => (s.note ? [s.note] : []));
  const text = [event.summary, event.dateNote, ...notes, ...claims].filter(Boolean).join('\n\n');
  const actors = eventActors(event);
  const articles = uniq(event.sources.map((s) => s.article)).flatMap((id) => corpus.articleById.get(id) ?? []);
  return {
    url: withBase(corpus.base, paths.event(event.id)),
    content: text,
    language: 'en',
    meta: withMeta({
      title: event.title,
      date: event.display,
      aliases: aliasMeta(`${event.title}\n${text}`, actors, corpus.actorById),
    }),
    filters: {
      kind: ['timeline'],
      theme: [...event.themes],
      actor: actors,
      outlet: uniq(articles.map((a) => a.data.outlet.name)),
      year: yearsOf(event),
    },
    sort: { date: event.span.sortKey },
  };
}

function actorRecord(corpus: Corpus, actor: Actor): SearchRecord {
  const mentions = corpus.mentionsByActor.get(actor.id) ?? [];
  const sentences = uniq(mentions.map((m) => m.sentence)).slice(0, MAX_ACTOR_SENTENCES);
  const others = spellings(actor).slice(1);
  const text = [
    [actor.role, actor.description].filter(Boolean).join('. '),
    others.length > 0 ? `Also written: ${others.join(', ')}.` : undefined,
    ...sentences,
  ]
    .filter(Boolean)
    .join('\n\n');
  const articles = uniq(mentions.map((m) => m.article)).flatMap((id) => corpus.articleById.get(id) ?? []);
  return {
    url: withBase(corpus.base, paths.actor(actor.id)),
    content: text,
    language: 'en',
    meta: withMeta({ title: actor.name }),
    filters: {
      kind: ['actor'],
      theme: corpus.themes.filter((t) => t.actors.includes(actor.id)).map((t) => t.id),
      actor: [actor.id],
      outlet: uniq(articles.map((a) => a.data.outlet.name)),
      year: uniq(articles.map((a) => yearOf(a.published.earliest))),
    },
    sort: {},
  };
}

function themeRecord(corpus: Corpus, theme: Theme): SearchRecord {
  const terms = theme.terms.map((t) => t.replace(/\*$/, ''));
  const actorNames = theme.actors.flatMap((id) => corpus.actorById.get(id)?.name ?? []);
  const text = [theme.description, `Terms: ${terms.join(', ')}.`, actorNames.length > 0 ? `Actors: ${actorNames.join(', ')}.` : undefined]
    .filter(Boolean)
    .join('\n\n');
  const passages = corpus.passagesByTheme.get(theme.id) ?? [];
  const articles = uniq(passages.map((p) => p.article)).flatMap((id) => corpus.articleById.get(id) ?? []);
  return {
    url: withBase(corpus.base, paths.theme(theme.id)),
    content: text,
    language: 'en',
    meta: withMeta({ title: theme.label, aliases: aliasMeta(text, theme.actors, corpus.actorById) }),
    filters: {
      kind: ['theme'],
      theme: [theme.id],
      actor: [...theme.actors],
      outlet: uniq(articles.map((a) => a.data.outlet.name)),
      year: uniq(articles.map((a) => yearOf(a.published.earliest))),
    },
    sort: {},
  };
}

/** Drops empty filter lists (Pagefind would index an empty facet value otherwise). */
function tidy(record: SearchRecord): SearchRecord {
  const filters = Object.fromEntries(Object.entries(record.filters).filter(([, v]) => v && v.length > 0));
  return { ...record, filters };
}

/** Every search record of the corpus: articles (with their passages as sections), timeline entries, perspectives, actors, themes. */
export function buildSearchRecords(corpus: Corpus): SearchRecord[] {
  const records: SearchRecord[] = [];
  for (const article of corpus.articles) {
    records.push(articleRecord(corpus, article));
  }
  for (const event of corpus.events) records.push(timelineRecord(corpus, event));
  for (const actor of corpus.actors) records.push(actorRecord(corpus, actor));
  for (const theme of corpus.themes) records.push(themeRecord(corpus, theme));
  records.push(...perspectiveRecords(corpus));
  return records.map(tidy);
}

/** What the search page needs to show results and filters, keyed by id. */
export interface SearchLookup {
  /** Theme id → label. */
  themes: Record<string, string>;
  /** Actor id → name, every spelling (name first) and the actor page's URL (base path included). */
  actors: Record<string, { name: string; spellings: string[]; url: string }>;
  /**
   * Every value of every facet with its number of records in the whole corpus, most first:
   * the filters are listed from this until the query's own counts are loaded (on demand).
   */
  facets: Partial<Record<SearchFacet, [value: string, records: number][]>>;
}

/** The values of each facet across `records`, with how many records have each, most first. */
export function facetSummary(records: readonly SearchRecord[]): SearchLookup['facets'] {
  const counts = new Map<SearchFacet, Map<string, number>>();
  for (const r of records)
    for (const [facet, values] of Object.entries(r.filters) as [SearchFacet, string[]][]) {
      const m = counts.get(facet) ?? new Map<string, number>();
      counts.set(facet, m);
      for (const v of values) m.set(v, (m.get(v) ?? 0) + 1);
    }
  return Object.fromEntries([...counts].map(([f, m]) => [f, [...m].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))]));
}

/**
 * Labels for ids, for the search page (rendered into it as JSON). The facets' counts are those of
 * the records the search indexes; a build hands over the summary it made of them
 * (src/site/search-facets.ts) rather than have the records built twice.
 */
export function searchLookup(corpus: Corpus, facets: SearchLookup['facets'] = facetSummary(buildSearchRecords(corpus))): SearchLookup {
  return {
    themes: Object.fromEntries(corpus.themes.map((t) => [t.id, t.label])),
    actors: Object.fromEntries(corpus.actors.map((a) => [a.id, { name: a.name, spellings: spellings(a), url: withBase(corpus.base, paths.actor(a.id)) }])),
    facets,
  };
}

/** The `n` actors named in most articles (then most mentions): suggestions on the empty search page. */
export function topActors(corpus: Corpus, n: number): { id: string; name: string }[] {
  return [...corpus.mentionsByActor]
    .map(([id, mentions]) => ({ id, articles: new Set(mentions.map((m) => m.article)).size, mentions: mentions.length }))
    .filter((a) => a.mentions > 0)
    .sort((a, b) => b.articles - a.articles || b.mentions - a.mentions || a.id.localeCompare(b.id))
    .slice(0, n)
    .map((a) => ({ id: a.id, name: corpus.actorById.get(a.id)!.name }));
}
