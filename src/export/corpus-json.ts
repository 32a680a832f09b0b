/**
 * corpus.json: the whole corpus as one JSON document — articles' metadata, themes, actors,
 * timeline entries, theme passages and actor mentions — with absolute URLs. Deterministic:
 * no build time in it, and every list in a documented order, so two builds of the same
 * content give the same bytes and a diff shows what changed.
 */
import type { Corpus } from '../corpus/model.ts';
import { paths } from '../shared/paths.ts';
import type { ExportContext } from './context.ts';

const byId = <T extends { id: string }>(a: T, b: T) => a.id.localeCompare(b.id);
const paragraphNumber = (id: string) => Number(id.slice(1));

/** Top-level keys of corpus.json with what each holds (shown on the /data/ page). */
export const corpusJsonFields: { key: string; description: string }[] = [
  { key: 'name', description: 'The site’s name.' },
  { key: 'url', description: 'The site’s home page.' },
  { key: 'counts', description: 'How many articles, paragraphs, themes, actors, timeline entries, perspectives, theme passages and mentions the file holds.' },
  { key: 'articles', description: 'Every article’s frontmatter (title, authors, outlet, publication date with its basis and evidence, republication chain, rights, editors’ notes …) plus its page `url`, the `earliest`/`latest` day its date covers, `paragraphs` and `words`. By id.' },
  { key: 'themes', description: 'The theme registry (id, label, description, terms, actors) with each theme’s page `url`. By id.' },
  { key: 'actors', description: 'The actor registry (id, name, kind, aliases, description, wikidata, role, affiliations, coordinates) with each actor’s page `url`. By id.' },
  { key: 'events', description: 'Timeline entries: id, `url`, EDTF `date` with `earliest`/`latest` and `display`, title, summary, kind, actors, themes, places, `sources` (article, paragraph, quote, link to the passage) and `claims` (one value per source). Chronological, then by id.' },
  { key: 'perspectives', description: 'Every question the articles disagree on (the perspectives files and the timeline’s disputed values): id, `url`, question, kind (factual, framing, interpretive, internal), the editors’ `note`, `origin` (a perspectives file, or the claim of a timeline entry), events, themes, actors, and `positions` (article, the editors’ label, `quotes` with paragraph, the passage and a link to it). By id.' },
  { key: 'passages', description: 'Every paragraph tagged with a theme: article, paragraph id, link, and the themes with the reasons (“term: Karabakh”, “actor: csto”). By article id, then paragraph.' },
  { key: 'mentions', description: 'Every mention of an actor: actor id, article, paragraph, the spelling used. By article id, then position in the text.' },
];

/** The corpus.json document (an object: serialise with `JSON.stringify`). */
export function buildCorpusJson(corpus: Corpus, ctx: ExportContext) {
  const articles = [...corpus.articles].sort(byId);
  const link = (path: string) => ctx.url(path);

  const passages = articles.flatMap((a) =>
    a.paragraphs
      .filter((p) => p.themes.length > 0)
      .sort((x, y) => x.n - y.n)
      .map((p) => ({
        article: a.id,
        paragraph: p.id,
        url: link(paths.paragraph(a.id, p.id)),
        themes: p.themes.map((t) => ({ theme: t.theme, reasons: t.reasons })),
      })),
  );
  const mentions = articles.flatMap((a) =>
    // The model keeps mentions in document order; sorting by paragraph number is stable and keeps it.
    [...a.mentions]
      .sort((x, y) => paragraphNumber(x.paragraph) - paragraphNumber(y.paragraph))
      .map((m) => ({ actor: m.actor, article: m.article, paragraph: m.paragraph, text: m.text })),
  );

  return {
    name: ctx.siteName,
    url: link(paths.home()),
    counts: {
      articles: articles.length,
      paragraphs: articles.reduce((n, a) => n + a.paragraphs.length, 0),
      themes: corpus.themes.length,
      actors: corpus.actors.length,
      events: corpus.events.length,
      perspectives: corpus.perspectives.length,
      passages: passages.length,
      mentions: mentions.length,
    },
    articles: articles.map((a) => {
      const d = a.data;
      return {
        id: a.id,
        url: link(paths.article(a.id)),
        title: d.title,
        titleNote: d.titleNote,
        standfirst: d.standfirst,
        authors: d.authors,
        attributedAuthor: d.attributedAuthor,
        credits: d.credits,
        outlet: d.outlet,
        published: { ...d.published, earliest: a.published.earliest, latest: a.published.latest },
        originalUrl: d.originalUrl,
        via: d.via,
        language: d.language,
        translationNote: d.translationNote,
        summary: d.summary,
        themes: d.themes,
        capture: d.capture,
        rights: d.rights,
        editorNotes: a.notes.map((n) => ({ quote: n.quote, note: n.note, paragraph: n.paragraph })),
        paragraphs: a.paragraphs.length,
        words: a.wordCount,
      };
    }),
    themes: [...corpus.themes].sort(byId).map((t) => ({ ...t, url: link(paths.theme(t.id)) })),
    actors: [...corpus.actors].sort(byId).map((a) => ({ ...a, url: link(paths.actor(a.id)) })),
    events: corpus.events.map((e) => ({
      id: e.id,
      url: link(paths.event(e.id)),
      date: e.date,
      earliest: e.span.earliest,
      latest: e.span.latest,
      display: e.display,
      dateNote: e.dateNote,
      title: e.title,
      summary: e.summary,
      kind: e.kind,
      actors: e.actors,
      themes: e.themes,
      places: e.places,
      sources: e.sources.map((s) => ({ article: s.article, paragraph: s.paragraph, quote: s.quote, note: s.note, url: link(s.path) })),
      claims: e.claims.map((c) => ({
        about: c.about,
        values: c.values.map((v) => ({ value: v.value, article: v.article, paragraph: v.paragraph, quote: v.quote, url: link(v.path) })),
      })),
    })),
    perspectives: corpus.perspectives.map((p) => ({
      id: p.id,
      url: link(paths.perspective(p.id)),
      question: p.question,
      kind: p.kind,
      note: p.note,
      origin: p.origin,
      events: p.events,
      themes: p.themes,
      actors: p.actors,
      positions: p.positions.map((pos) => ({
        article: pos.article,
        label: pos.label,
        quotes: pos.quotes.map((q) => ({ paragraph: q.paragraph, quote: q.exact, url: link(q.path) })),
      })),
    })),
    passages,
    mentions,
  };
}

export type CorpusJson = ReturnType<typeof buildCorpusJson>;
