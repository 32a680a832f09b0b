/**
 * What the perspective pages and sections show, derived from the model by pure functions:
 * the index grouped by theme and by kind with counts, one question's page (positions with
 * their quotes and ¶ links, related entries), and the short lists on theme, actor and
 * timeline-entry pages. Paths are root-relative; pages add the base path.
 */
import type { Corpus, ResolvedPerspective } from '../corpus/model.ts';
import { perspectiveKinds, type PerspectiveKind } from '../schemas/perspective.ts';
import { paths } from '../shared/paths.ts';
import { textFragment } from '../shared/quotes.ts';
import { formatEdtf } from '../shared/edtf.ts';

/** How each kind of difference is named and explained on the pages (editors' words). */
export const PERSPECTIVE_KINDS: Record<PerspectiveKind, { label: string; many: string; description: string }> = {
  factual: { label: 'Factual', many: 'Facts and figures', description: 'The articles give different facts or figures for the same thing: a date, a toll.' },
  framing: { label: 'Framing', many: 'Framings', description: 'The articles describe the same thing in different terms.' },
  interpretive: { label: 'Interpretive', many: 'Interpretations', description: 'The articles read causes, meaning or outcomes differently.' },
  internal: { label: 'Internal', many: 'Tensions within one article', description: 'One article holds two positions that pull against each other.' },
};

/** A question in a list: enough to show and link it. */
export interface PerspectiveItem {
  id: string;
  question: string;
  kind: PerspectiveKind;
  kindLabel: string;
  path: string;
  /** Short titles of the articles whose positions it sets side by side, in position order. */
  articles: string[];
  positions: number;
}

/** "Dubnov", "The Guardian" …: the short name the lists use for an article. */
function articleShortName(corpus: Pick<Corpus, 'articleById'>, id: string): string {
  const a = corpus.articleById.get(id);
  if (!a) return id;
  const d = a.data;
  const byline = d.authors[0] ?? d.attributedAuthor?.name;
  return byline ? `${byline.split(/\s+/).at(-1)} (${d.outlet.name})` : d.outlet.name;
}

export function perspectiveItem(corpus: Pick<Corpus, 'articleById'>, p: ResolvedPerspective): PerspectiveItem {
  return {
    id: p.id,
    question: p.question,
    kind: p.kind,
    kindLabel: PERSPECTIVE_KINDS[p.kind].label,
    path: paths.perspective(p.id),
    articles: [...new Set(p.positions.map((pos) => pos.article))].map((id) => articleShortName(corpus, id)),
    positions: p.positions.length,
  };
}

type Model = Pick<Corpus, 'perspectives' | 'articleById' | 'themes' | 'eventById'>;

export interface PerspectiveIndex {
  total: number;
  byKind: { kind: PerspectiveKind; label: string; description: string; items: PerspectiveItem[] }[];
  /** Themes with at least one question, in registry order; a question with several themes is under each. */
  byTheme: { theme: { id: string; label: string; path: string }; items: PerspectiveItem[] }[];
  /** Questions without a theme. */
  unthemed: PerspectiveItem[];
  /** Timeline entries with at least one question, chronological: the no-JavaScript form of the timeline's filter. */
  events: { id: string; title: string; display: string; path: string; questions: { id: string; question: string; path: string }[] }[];
}

/** /perspectives/: every question, grouped by theme and by kind, with counts. Questions sorted by their text. */
export function perspectiveIndex(corpus: Model & Pick<Corpus, 'events'>): PerspectiveIndex {
  const items = corpus.perspectives.map((p) => perspectiveItem(corpus, p)).sort((a, b) => a.question.localeCompare(b.question, 'en'));
  const byId = new Map(corpus.perspectives.map((p) => [p.id, p]));
  return {
    total: items.length,
    byKind: perspectiveKinds
      .map((kind) => ({ kind, ...PERSPECTIVE_KINDS[kind], items: items.filter((i) => i.kind === kind) }))
      .filter((g) => g.items.length > 0)
      .map(({ many, ...g }) => ({ ...g, label: many })),
    byTheme: corpus.themes
      .map((t) => ({ theme: { id: t.id, label: t.label, path: paths.theme(t.id) }, items: items.filter((i) => byId.get(i.id)!.themes.includes(t.id)) }))
      .filter((g) => g.items.length > 0),
    unthemed: items.filter((i) => byId.get(i.id)!.themes.length === 0),
    events: corpus.events
      .filter((e) => e.perspectives.length > 0)
      .map((e) => ({
        id: e.id,
        title: e.title,
        display: e.display,
        path: paths.event(e.id),
        questions: e.perspectives.map((id) => ({ id, question: byId.get(id)?.question ?? id, path: paths.perspective(id) })),
      })),
  };
}

export interface PerspectiveQuote {
  /** The passage exactly as it stands in the article. */
  exact: string;
  paragraph: string;
  /** ¶ number shown. */
  n: number;
  /** The paragraph, with a text fragment that highlights the passage. */
  path: string;
}

export interface PerspectivePage extends PerspectiveItem {
  note: string | undefined;
  sides: {
    /** Anchor of the position on the page. */
    anchor: string;
    label: string;
    article: { id: string; title: string; byline: string; outlet: string; date: string; path: string };
    quotes: PerspectiveQuote[];
  }[];
  events: { id: string; title: string; display: string; path: string }[];
  themes: { id: string; label: string; path: string }[];
  actors: { id: string; name: string; path: string }[];
  /** Set when the question is a timeline entry's disputed value (`claims`). */
  claimOf: { id: string; title: string; path: string } | undefined;
  file: string;
}

/** One question's page. */
export function perspectivePage(corpus: Model & Pick<Corpus, 'actorById' | 'themeById'>, p: ResolvedPerspective): PerspectivePage {
  const claimEvent = p.origin.kind === 'claim' ? corpus.eventById.get(p.origin.event) : undefined;
  return {
    ...perspectiveItem(corpus, p),
    note: p.note,
    sides: p.positions.map((pos, k) => {
      const a = corpus.articleById.get(pos.article);
      const d = a?.data;
      return {
        anchor: `position-${k + 1}`,
        label: pos.label,
        article: {
          id: pos.article,
          title: d?.title ?? pos.article,
          byline: d ? (d.authors.length > 0 ? d.authors.join(', ') : d.attributedAuthor ? `${d.attributedAuthor.name} (attributed)` : 'unsigned') : '',
          outlet: d?.outlet.name ?? '',
          date: d ? formatEdtf(d.published.date) : '',
          path: paths.article(pos.article),
        },
        quotes: pos.quotes.map((q) => ({ exact: q.exact, paragraph: q.paragraph, n: Number(q.paragraph.slice(1)), path: `${paths.paragraph(q.article, q.paragraph)}${textFragment(q.exact)}` })),
      };
    }),
    events: p.events.flatMap((id) => {
      const e = corpus.eventById.get(id);
      return e ? [{ id, title: e.title, display: e.display, path: paths.event(id) }] : [];
    }),
    themes: p.themes.flatMap((id) => {
      const t = corpus.themeById.get(id);
      return t ? [{ id, label: t.label, path: paths.theme(id) }] : [];
    }),
    actors: p.actors.flatMap((id) => {
      const a = corpus.actorById.get(id);
      return a ? [{ id, name: a.name, path: paths.actor(id) }] : [];
    }),
    claimOf: claimEvent ? { id: claimEvent.id, title: claimEvent.title, path: paths.event(claimEvent.id) } : undefined,
    file: p.file,
  };
}

const sortItems = (items: PerspectiveItem[]) => items.sort((a, b) => a.question.localeCompare(b.question, 'en'));

/** The questions about a theme, for the theme's page. */
export function perspectivesForTheme(corpus: Model, themeId: string): PerspectiveItem[] {
  return sortItems(corpus.perspectives.filter((p) => p.themes.includes(themeId)).map((p) => perspectiveItem(corpus, p)));
}

/** The questions about an actor, for the actor's page. */
export function perspectivesForActor(corpus: Model, actorId: string): PerspectiveItem[] {
  return sortItems(corpus.perspectives.filter((p) => p.actors.includes(actorId)).map((p) => perspectiveItem(corpus, p)));
}

/** The questions about a timeline entry, for the entry's page. */
export function perspectivesForEvent(corpus: Pick<Corpus, 'perspectiveById' | 'articleById'>, event: { perspectives: readonly string[] }): PerspectiveItem[] {
  return sortItems(event.perspectives.flatMap((id) => corpus.perspectiveById.get(id) ?? []).map((p) => perspectiveItem(corpus, p)));
}

/** How many timeline entries some perspective concerns (the timeline's "where the articles disagree" filter). */
export const countWithPerspectives = (events: readonly { perspectives: readonly string[] }[]) => events.filter((e) => e.perspectives.length > 0).length;
