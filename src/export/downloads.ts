/**
 * The downloads of /data/, in one list: file name, what it holds, and the pure function that
 * builds it. `npm run build` writes them (src/cli/write-downloads.ts), the route
 * src/pages/data/[file].ts serves them otherwise (`astro dev`), and the /data/ page documents
 * them (with their sizes) from the same list, so the page cannot drift from the files.
 */
import type { Corpus } from '../corpus/model.ts';
import type { ExportContext } from './context.ts';
import { buildCorpusJson } from './corpus-json.ts';
import { actorsCsv, eventsCsv, perspectivesCsv } from './csv.ts';
import { articlesCsl } from './csl.ts';
import { toBibtex } from './citation.ts';
import { buildJsonSchema, jsonSchemaNames, jsonSchemaPath, jsonSchemaSpecs, type JsonSchemaName } from './json-schema.ts';

export interface Download {
  /** Site path, e.g. "/data/corpus.json". */
  path: string;
  /** File format in words. */
  format: string;
  /** One sentence: what the file holds. */
  summary: string;
  /** The Content-Type the dev server sends (a static host goes by the file's extension). */
  contentType: string;
  build: (corpus: Corpus, ctx: ExportContext) => string;
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

export const downloads = {
  corpus: {
    path: '/data/corpus.json',
    format: 'JSON',
    summary: 'Everything but the article texts: articles’ metadata, themes, actors, timeline entries, perspectives, theme passages and actor mentions, with links.',
    contentType: 'application/json; charset=utf-8',
    build: (corpus, ctx) => json(buildCorpusJson(corpus, ctx)),
  },
  events: {
    path: '/data/events.csv',
    format: 'CSV (RFC 4180, UTF-8, header row)',
    summary: 'The timeline, one row per entry, chronological.',
    contentType: 'text/csv; charset=utf-8',
    build: eventsCsv,
  },
  actors: {
    path: '/data/actors.csv',
    format: 'CSV (RFC 4180, UTF-8, header row)',
    summary: 'The actor index, one row per actor, with mention counts and map points.',
    contentType: 'text/csv; charset=utf-8',
    build: actorsCsv,
  },
  perspectives: {
    path: '/data/perspectives.csv',
    format: 'CSV (RFC 4180, UTF-8, header row)',
    summary: 'Where the articles disagree: one row per position of each question, with the quoted passages.',
    contentType: 'text/csv; charset=utf-8',
    build: perspectivesCsv,
  },
  bibtex: {
    path: '/data/articles.bib',
    format: 'BibTeX',
    summary: 'One entry per article, keyed by article id, for LaTeX and reference managers.',
    contentType: 'application/x-bibtex; charset=utf-8',
    build: (corpus, ctx) => toBibtex(articlesCsl(corpus, ctx)),
  },
  csl: {
    path: '/data/articles.csl.json',
    format: 'CSL-JSON',
    summary: 'One item per article, for Zotero, Pandoc and other citeproc tools.',
    contentType: 'application/vnd.citationstyles.csl+json; charset=utf-8',
    build: (corpus, ctx) => json(articlesCsl(corpus, ctx)),
  },
} satisfies Record<string, Download>;

export type DownloadName = keyof typeof downloads;

/** The JSON Schema downloads, one per content file type. */
export const schemaDownloads: (Download & { name: JsonSchemaName; validates: string })[] = jsonSchemaNames.map((name) => ({
  name,
  path: jsonSchemaPath(name),
  format: 'JSON Schema (draft 2020-12)',
  summary: `${jsonSchemaSpecs[name].title}.`,
  validates: jsonSchemaSpecs[name].validates,
  contentType: 'application/schema+json; charset=utf-8',
  build: (_corpus, ctx) => json(buildJsonSchema(name, ctx)),
}));

/**
 * A download's size in bytes as written (UTF-8), for the /data/ page. Only the size is kept:
 * /data/corpus.json alone is 204 MB at 10,000 articles.
 */
export function downloadBytes(download: Download, corpus: Corpus, ctx: ExportContext): number {
  return Buffer.byteLength(download.build(corpus, ctx), 'utf8');
}
