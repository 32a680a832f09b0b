/**
 * Counts derived from the corpus model for the theme and actor pages: passages per theme and
 * article, the actors of a set of passages, co-mentions, spellings, timeline slices.
 *
 * Pure functions over parts of the model (no I/O, no memo), so the unit tests can feed them
 * small literal tables as well as the real corpus. Orders are deterministic: ties are broken
 * by id, so a rebuild never reshuffles a page.
 */
import { actorKinds, type Actor, type ActorKind } from '../schemas/actor.ts';
import type { Theme } from '../schemas/theme.ts';
import type { Article, Mention, Paragraph, ResolvedEvent } from '../corpus/model.ts';

/** The parts of an article these functions read. */
type ArticleLike = Pick<Article, 'id'> & { paragraphs: readonly Pick<Paragraph, 'id' | 'themes'>[] };

/** A paragraph's identity across the corpus: "article#pN". */
export const paragraphKey = (p: { article: string; paragraph?: string; id?: string }): string =>
  `${p.article}#${p.paragraph ?? p.id}`;

/**
 * Theme × article: for each theme id, the number of passages (tagged paragraphs) in each
 * article. Every theme and every article is present, with 0 where nothing is tagged.
 */
export function themeArticleCounts(themes: readonly Pick<Theme, 'id'>[], articles: readonly ArticleLike[]): Map<string, Map<string, number>> {
  const out = new Map(themes.map((t) => [t.id, new Map(articles.map((a) => [a.id, 0]))]));
  for (const a of articles)
    for (const p of a.paragraphs)
      for (const t of p.themes) {
        const row = out.get(t.theme);
        if (row) row.set(a.id, (row.get(a.id) ?? 0) + 1);
      }
  return out;
}

export interface ThemeTotals {
  theme: string;
  /** Tagged paragraphs across the corpus. */
  passages: number;
  /** Articles with at least one tagged paragraph. */
  articles: number;
}

/** Passage and article totals per theme, in registry order. */
export function themeTotals(themes: readonly Pick<Theme, 'id'>[], articles: readonly ArticleLike[]): ThemeTotals[] {
  const counts = themeArticleCounts(themes, articles);
  return themes.map((t) => {
    const row = [...counts.get(t.id)!.values()];
    return { theme: t.id, passages: row.reduce((s, n) => s + n, 0), articles: row.filter((n) => n > 0).length };
  });
}

/**
 * Groups paragraphs by article, keeping `articleOrder` (e.g. newest first) and the paragraphs'
 * own order inside each group. Articles without a paragraph are left out.
 */
export function groupByArticle<P extends Pick<Paragraph, 'article'>>(paragraphs: readonly P[], articleOrder: readonly string[]): { article: string; items: P[] }[] {
  const groups = Map.groupBy(paragraphs, (p) => p.article);
  const known = new Set(articleOrder);
  const order = [...articleOrder, ...[...groups.keys()].filter((id) => !known.has(id)).sort()];
  return order.flatMap((article) => {
    const items = groups.get(article);
    return items ? [{ article, items }] : [];
  });
}

export interface ActorCount {
  actor: string;
  /** Paragraphs (of those given) that mention the actor. */
  passages: number;
  /** Mentions in those paragraphs (an actor may be named several times in one). */
  mentions: number;
}

/**
 * The actors mentioned in a set of paragraphs, most passages first (then most mentions, then id).
 * `mentions` may be every mention of the corpus: only those in the given paragraphs count.
 */
export function actorsInPassages(
  paragraphs: readonly Pick<Paragraph, 'article' | 'id' | 'actors'>[],
  mentions: readonly Pick<Mention, 'actor' | 'article' | 'paragraph'>[],
): ActorCount[] {
  const keys = new Set(paragraphs.map((p) => paragraphKey(p)));
  const counts = new Map<string, ActorCount>();
  const entry = (actor: string) => {
    let c = counts.get(actor);
    if (!c) counts.set(actor, (c = { actor, passages: 0, mentions: 0 }));
    return c;
  };
  for (const p of paragraphs) for (const a of new Set(p.actors)) entry(a).passages++;
  for (const m of mentions) if (keys.has(paragraphKey(m))) entry(m.actor).mentions++;
  return [...counts.values()].sort(byCounts);
}

export interface CoMention {
  actor: string;
  /** Paragraphs that mention both actors. */
  paragraphs: number;
}

/**
 * The actors mentioned in the same paragraph as `actorId`, by the number of paragraphs they
 * share (then id). The actor itself is left out.
 */
export function coMentions(actorId: string, paragraphs: Iterable<Pick<Paragraph, 'actors'>>): CoMention[] {
  const counts = new Map<string, number>();
  for (const p of paragraphs) {
    const actors = new Set(p.actors);
    if (!actors.has(actorId)) continue;
    for (const a of actors) if (a !== actorId) counts.set(a, (counts.get(a) ?? 0) + 1);
  }
  return [...counts]
    .map(([actor, n]) => ({ actor, paragraphs: n }))
    .sort((a, b) => b.paragraphs - a.paragraphs || a.actor.localeCompare(b.actor));
}

export interface SpellingCount {
  spelling: string;
  count: number;
  /** True for the actor's canonical name. */
  isName: boolean;
}

/**
 * How often each spelling of an actor occurs: the name and every alias (0 when unused), then
 * any other spelling its mentions carry. Line breaks inside a spelling count as one space.
 */
export function spellingCounts(actor: Pick<Actor, 'name' | 'aliases'>, mentions: readonly Pick<Mention, 'text'>[]): SpellingCount[] {
  const norm = (s: string) => s.replace(/\s+/g, ' ');
  const counts = new Map<string, number>([[actor.name, 0], ...actor.aliases.map((a): [string, number] => [a, 0])]);
  for (const m of mentions) {
    const s = norm(m.text);
    counts.set(s, (counts.get(s) ?? 0) + 1);
  }
  return [...counts].map(([spelling, count]) => ({ spelling, count, isName: spelling === actor.name }));
}

export interface ActorEntry {
  actor: Actor;
  mentions: number;
  /** Articles that mention the actor. */
  articles: number;
}

/**
 * Actors grouped by kind in the schema's order of kinds (kinds without actors left out),
 * each group sorted by name. Actors never mentioned are kept, with 0.
 */
export function actorsByKind(actors: readonly Actor[], mentionsByActor: ReadonlyMap<string, readonly Pick<Mention, 'article'>[]>): { kind: ActorKind; actors: ActorEntry[] }[] {
  const entries = actors.map((actor) => {
    const ms = mentionsByActor.get(actor.id) ?? [];
    return { actor, mentions: ms.length, articles: new Set(ms.map((m) => m.article)).size };
  });
  const byKind = Map.groupBy(entries, (e) => e.actor.kind);
  return actorKinds.flatMap((kind) => {
    const list = byKind.get(kind);
    return list ? [{ kind, actors: list.sort((a, b) => a.actor.name.localeCompare(b.actor.name, 'en') || a.actor.id.localeCompare(b.actor.id)) }] : [];
  });
}

/** Timeline entries tagged with a theme (chronological, as given). */
export function eventsForTheme<E extends Pick<ResolvedEvent, 'themes'>>(events: readonly E[], themeId: string): E[] {
  return events.filter((e) => e.themes.includes(themeId));
}

/** Timeline entries an actor takes part in or that happen in it (actors or places), as given. */
export function eventsForActor<E extends Pick<ResolvedEvent, 'actors' | 'places'>>(events: readonly E[], actorId: string): E[] {
  return events.filter((e) => e.actors.includes(actorId) || e.places.includes(actorId));
}

/** Actors that list `actorId` among their affiliations (a minister of a ministry, a city of a state), by name. */
export function affiliatedWith(actors: readonly Actor[], actorId: string): Actor[] {
  return actors.filter((a) => a.affiliations.includes(actorId)).sort((a, b) => a.name.localeCompare(b.name, 'en'));
}

function byCounts(a: ActorCount, b: ActorCount): number {
  return b.passages - a.passages || b.mentions - a.mentions || a.actor.localeCompare(b.actor);
}

/** The id of an article's group of passages or mentions on a theme or actor page ("article-<id>"). */
export const articleAnchor = (articleId: string): string => `article-${articleId}`;

/** How much one page of grouped passages or mentions may hold. */
export interface PageBudget {
  /** Items (passages, sentences) per page. */
  items: number;
  /** Article groups per page. */
  groups: number;
}

/** Theme pages: passages are whole paragraphs, so fewer fit on a page. */
export const PASSAGE_BUDGET: PageBudget = { items: 60, groups: 20 };
/** Actor pages: mentions are single sentences. */
export const MENTION_BUDGET: PageBudget = { items: 120, groups: 30 };

/**
 * Splits article groups (already in page order) into pages: a page takes groups in order
 * until the next would take it past `budget.items` items or `budget.groups` groups. A group
 * is never split across pages, so each `#article-<id>` anchor lives on exactly one page; a
 * single group larger than the budget gets a page of its own. Always at least one page
 * (empty when there are no groups).
 */
export function pageGroups<G extends { items: readonly unknown[] }>(groups: readonly G[], budget: PageBudget): G[][] {
  const pages: G[][] = [[]];
  let items = 0;
  for (const g of groups) {
    const page = pages.at(-1)!;
    if (page.length > 0 && (items + g.items.length > budget.items || page.length + 1 > budget.groups)) {
      pages.push([g]);
      items = g.items.length;
    } else {
      page.push(g);
      items += g.items.length;
    }
  }
  return pages;
}

/**
 * The page (1-based) each article's group is on, as `pageGroups` lays them out: what the
 * articles table, the theme × article matrix and the pages themselves agree on.
 */
export function groupPageNumbers(groups: readonly { article: string; items: readonly unknown[] }[], budget: PageBudget): Map<string, number> {
  return new Map(pageGroups(groups, budget).flatMap((page, i) => page.map((g): [string, number] => [g.article, i + 1])));
}

/**
 * For each theme, the page of /themes/<id>/ (1 = the theme page, n = /themes/<id>/passages/n/)
 * that holds each article's passages, for links from elsewhere (the theme × article matrix).
 */
export function themePassagePages(
  themes: readonly Pick<Theme, 'id'>[],
  passagesByTheme: ReadonlyMap<string, readonly Pick<Paragraph, 'article'>[]>,
  articleOrder: readonly string[],
  budget: PageBudget = PASSAGE_BUDGET,
): Map<string, Map<string, number>> {
  return new Map(themes.map((t) => [t.id, groupPageNumbers(groupByArticle(passagesByTheme.get(t.id) ?? [], articleOrder), budget)]));
}

export { ACTOR_KIND_LABELS as KIND_LABELS } from '../shared/labels.ts';
