/**
 * The search index, built from the corpus model rather than from the rendered pages: one
 * Pagefind custom record per article, per paragraph (a passage), per timeline entry, per
 * actor and per theme. Pure: the model in, records out (src/cli/search-index.ts writes them).
 *
 * Why records and not the HTML: a hit in a passage must land on its paragraph (`#pN`), page
 * chrome must never be indexed, and an actor must be found under every one of its spellings.
 *
 * Aliases: a record that mentions an actor carries, in its `aliases` meta field, every
 * spelling of that actor (name and aliases) that its own text does not already use.
 * Pagefind 1.6 indexes meta fields as words, so "Artsakh" finds a passage that only says
 * "Nagorno-Karabakh"; the excerpt still comes from the passage's own words, and the result
 * reports `matchedMetaFields: ['aliases']` so the page can say why it matched.
 *
 * Display-only data (an article's title, outlet and date for a passage result) is NOT put in
 * the meta of passages: every meta field is searchable, and a passage would then match every
 * word of its article's title. The search page gets that data from `searchLookup` instead.
 */
import type { Corpus, Article, Paragraph, ResolvedEvent } from '../corpus/model.ts';
import type { Actor } from '../schemas/actor.ts';
import type { Theme } from '../schemas/theme.ts';
import { paths, withBase } from '../shared/paths.ts';
import { formatEdtf } from '../shared/edtf.ts';
import { eventActors } from './timeline.ts';
import { perspectiveRecords } from './search-records-perspectives.ts';
import type { SearchFacet } from '../shared/search-facets.ts';

export { SEARCH_KINDS, SEARCH_FACETS, type SearchKind, type SearchFacet } from '../shared/search-facets.ts';

export { aliasMeta, containsPhrase, MAX_ACTOR_SENTENCES, spellings, type SearchRecord } from './search-meta.ts';
import { aliasMeta, MAX_ACTOR_SENTENCES, spellings, type SearchRecord } from './search-meta.ts';

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
  const d = article.data;
  return d.authors.length > 0 ? [...d.authors] : d.attributedAuthor ? [d.attributedAuthor.name] : [];
}

function articleRecord(corpus: Corpus, article: Article): SearchRecord {
  const d = article.data;
  const text = [d.title, d.standfirst, article.bodyText].filter(Boolean).join('\n\n');
  const actors = uniq(article.paragraphs.flatMap((p) => p.actors));
  const authors = articleAuthors(article);
  return {
    url: withBase(corpus.base, paths.article(article.id)),
    content: text,
    language: 'en',
    meta: withMeta({
      title: d.title,
      outlet: d.outlet.name,
      date: formatEdtf(d.published.date),
      authors: authors.join(', '),
      aliases: aliasMeta(text, actors, corpus.actorById),
    }),
    filters: {
      kind: ['article'],
      theme: [...d.themes],
      actor: actors,
      author: authors,
      outlet: [d.outlet.name],
      year: [yearOf(article.published.earliest)],
    },
    sort: { date: article.published.sortKey },
  };
}

function passageRecord(corpus: Corpus, article: Article, p: Paragraph): SearchRecord {
  return {
    url: withBase(corpus.base, paths.paragraph(article.id, p.id)),
    content: p.text,
    language: 'en',
    // No title: a passage's title would be its article's, and every passage would then match it.
    meta: withMeta({ aliases: aliasMeta(p.text, p.actors, corpus.actorById) }),
    filters: {
      kind: ['passage'],
      theme: p.themes.map((t) => t.theme),
      actor: [...p.actors],
      author: articleAuthors(article),
      outlet: [article.data.outlet.name],
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

/** Every search record of the corpus: articles, passages, timeline entries, perspectives, actors, themes. */
export function buildSearchRecords(corpus: Corpus): SearchRecord[] {
  const records: SearchRecord[] = [];
  for (const article of corpus.articles) {
    records.push(articleRecord(corpus, article));
    for (const p of article.paragraphs) records.push(passageRecord(corpus, article, p));
  }
  for (const event of corpus.events) records.push(timelineRecord(corpus, event));
  for (const actor of corpus.actors) records.push(actorRecord(corpus, actor));
  for (const theme of corpus.themes) records.push(themeRecord(corpus, theme));
  records.push(...perspectiveRecords(corpus));
  return records.map(tidy);
}

export type { ArticleCard } from '../shared/search-facets.ts';
import type { ArticleCard } from '../shared/search-facets.ts';

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
 * What a result shows about its article (title, outlet, date, authors), one small file per
 * article next to the index (`pagefind/articles/<id>.json`): the page fetches the few its results
 * need, instead of carrying every article's in its HTML (35 KB compressed at 1,000 articles).
 */
export function articleCards(corpus: Corpus): Map<string, ArticleCard> {
  return new Map(
    corpus.articles.map((a) => {
      const d = a.data;
      const authors = d.authors.length > 0 ? d.authors.join(', ') : d.attributedAuthor ? `${d.attributedAuthor.name} (attributed)` : 'unsigned';
      return [a.id, { title: d.title, outlet: d.outlet.name, date: formatEdtf(d.published.date), authors }];
    }),
  );
}

/** Labels for ids, for the search page (rendered into it as JSON). */
export function searchLookup(corpus: Corpus, records: readonly SearchRecord[] = buildSearchRecords(corpus)): SearchLookup {
  return {
    themes: Object.fromEntries(corpus.themes.map((t) => [t.id, t.label])),
    actors: Object.fromEntries(corpus.actors.map((a) => [a.id, { name: a.name, spellings: spellings(a), url: withBase(corpus.base, paths.actor(a.id)) }])),
    facets: facetSummary(records),
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
