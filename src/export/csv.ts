/**
 * events.csv, actors.csv and perspectives.csv: one row per timeline entry / actor / position
 * of a question, for spreadsheets. Written
 * with csv-stringify (RFC 4180 quoting). Lists inside a cell are joined with "; " and hold
 * ids, which never contain that separator. Each column is declared once with its
 * description, so the /data/ page documents exactly the columns the file has.
 */
import { stringify } from 'csv-stringify/sync';
import type { Actor } from '../schemas/actor.ts';
import type { Corpus, ResolvedEvent, ResolvedPerspective, ResolvedPosition } from '../corpus/model.ts';
import { paths } from '../shared/paths.ts';
import type { ExportContext } from './context.ts';

/** One column: its header, what it holds, and how to get its value. */
export interface Column<Row> {
  name: string;
  description: string;
  value: (row: Row, ctx: ExportContext) => string | number | undefined;
}

/** Separator of a list inside one cell. */
export const LIST_SEPARATOR = '; ';
const list = (items: readonly string[]) => items.join(LIST_SEPARATOR);

export const eventColumns: Column<ResolvedEvent>[] = [
  { name: 'id', description: 'Stable id; the entry’s permalink is /timeline/<id>/.', value: (e) => e.id },
  { name: 'date', description: 'The date in EDTF (2020-11-10, 2022-09, 2021-21 = spring 2021, 1992/1994, 1988~).', value: (e) => e.date },
  { name: 'earliest', description: 'First day the date covers (YYYY-MM-DD).', value: (e) => e.span.earliest },
  { name: 'latest', description: 'Last day the date covers (YYYY-MM-DD).', value: (e) => e.span.latest },
  { name: 'display', description: 'The date in words, as the site shows it.', value: (e) => e.display },
  { name: 'kind', description: 'event, statement, agreement, forecast or background.', value: (e) => e.kind },
  { name: 'title', description: 'Short title.', value: (e) => e.title },
  { name: 'summary', description: 'One or two neutral sentences.', value: (e) => e.summary },
  { name: 'actors', description: 'Actor ids involved, separated by “; ”.', value: (e) => list(e.actors) },
  { name: 'themes', description: 'Theme ids, separated by “; ”.', value: (e) => list(e.themes) },
  { name: 'places', description: 'Actor ids of the places, separated by “; ”.', value: (e) => list(e.places) },
  { name: 'sources', description: 'The passages it rests on as <article id>#<paragraph id>, separated by “; ”.', value: (e) => list(e.sources.map((s) => `${s.article}#${s.paragraph}`)) },
  { name: 'claims', description: 'How many disputed values the entry records side by side (details in corpus.json).', value: (e) => e.claims.length },
  { name: 'url', description: 'The entry’s page.', value: (e, ctx) => ctx.url(paths.event(e.id)) },
];

/** Actor columns; `mentions` and `articles` are counted from the corpus. */
export function actorColumns(corpus: Corpus): Column<Actor>[] {
  const mentions = (a: Actor) => corpus.mentionsByActor.get(a.id) ?? [];
  return [
    { name: 'id', description: 'Stable id; the actor’s page is /actors/<id>/.', value: (a) => a.id },
    { name: 'name', description: 'Canonical name.', value: (a) => a.name },
    { name: 'kind', description: 'person, state, organisation, unrecognised-entity, region, place, armed-force or media.', value: (a) => a.kind },
    { name: 'aliases', description: 'Other spellings found in the texts, separated by “; ”.', value: (a) => list(a.aliases) },
    { name: 'description', description: 'Short neutral description.', value: (a) => a.description },
    { name: 'role', description: 'Role or office, for people.', value: (a) => a.role },
    { name: 'wikidata', description: 'Wikidata item id (Q…), where certain.', value: (a) => a.wikidata },
    { name: 'affiliations', description: 'Ids of actors this one belongs to, separated by “; ”.', value: (a) => list(a.affiliations) },
    { name: 'lat', description: 'Latitude of the map point (WGS84 degrees), for places, regions, unrecognised entities and states (a state’s capital).', value: (a) => a.coordinates?.lat },
    { name: 'lon', description: 'Longitude of the map point (WGS84 degrees).', value: (a) => a.coordinates?.lon },
    { name: 'mentions', description: 'How many times the texts mention it.', value: (a) => mentions(a).length },
    { name: 'articles', description: 'In how many articles.', value: (a) => new Set(mentions(a).map((m) => m.article)).size },
    { name: 'url', description: 'The actor’s page.', value: (a, ctx) => ctx.url(paths.actor(a.id)) },
  ];
}

/** One row of perspectives.csv: one position of one question. */
export interface PositionRow {
  perspective: ResolvedPerspective;
  position: ResolvedPosition;
  /** 1-based place of the position in its question. */
  n: number;
}

export const perspectiveColumns: Column<PositionRow>[] = [
  { name: 'perspective', description: 'Id of the question; its page is /perspectives/<id>/.', value: (r) => r.perspective.id },
  { name: 'question', description: 'The question, in the editors’ words.', value: (r) => r.perspective.question },
  { name: 'kind', description: 'factual, framing, interpretive or internal (a tension within one article).', value: (r) => r.perspective.kind },
  { name: 'position', description: 'Place of the position in the question (1, 2, …).', value: (r) => r.n },
  { name: 'article', description: 'Article id of the position.', value: (r) => r.position.article },
  { name: 'label', description: 'The editors’ short label of the position (not the author’s words).', value: (r) => r.position.label },
  { name: 'quotes', description: 'The article’s own words, each passage exactly as it stands in the text, one per line.', value: (r) => r.position.quotes.map((q) => q.exact.replace(/\s+/g, ' ')).join('\n') },
  { name: 'paragraphs', description: 'The paragraphs quoted, as <article id>#<paragraph id>, separated by “; ”.', value: (r) => list(r.position.quotes.map((q) => `${q.article}#${q.paragraph}`)) },
  { name: 'note', description: 'The editors’ note on what kind of difference it is.', value: (r) => r.perspective.note },
  { name: 'events', description: 'Ids of the timeline entries concerned, separated by “; ”.', value: (r) => list(r.perspective.events) },
  { name: 'themes', description: 'Theme ids, separated by “; ”.', value: (r) => list(r.perspective.themes) },
  { name: 'actors', description: 'Actor ids, separated by “; ”.', value: (r) => list(r.perspective.actors) },
  { name: 'url', description: 'The question’s page.', value: (r, ctx) => ctx.url(paths.perspective(r.perspective.id)) },
];

function toCsv<Row>(rows: readonly Row[], columns: readonly Column<Row>[], ctx: ExportContext): string {
  return stringify(
    rows.map((row) => columns.map((c) => c.value(row, ctx) ?? '')),
    { header: true, columns: columns.map((c) => c.name), record_delimiter: 'unix' },
  );
}

/** Every timeline entry, chronological (then by id), one row each. */
export function eventsCsv(corpus: Corpus, ctx: ExportContext): string {
  return toCsv(corpus.events, eventColumns, ctx);
}

/** Every position of every question (by question id, then position), one row each. */
export function perspectivesCsv(corpus: Corpus, ctx: ExportContext): string {
  const rows = corpus.perspectives.flatMap((perspective) => perspective.positions.map((position, k) => ({ perspective, position, n: k + 1 })));
  return toCsv(rows, perspectiveColumns, ctx);
}

/** Every actor, by id, one row each. */
export function actorsCsv(corpus: Corpus, ctx: ExportContext): string {
  const actors = [...corpus.actors].sort((a, b) => a.id.localeCompare(b.id));
  return toCsv(actors, actorColumns(corpus), ctx);
}
