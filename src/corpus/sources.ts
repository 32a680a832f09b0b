/**
 * Stage 1 of the corpus model: read every file of the corpus folder and validate each
 * against its zod schema. Nothing here looks across files; cross-references are checked
 * in `cross-check.ts`.
 *
 * Everything is read even after a problem, so one run reports every problem. What could
 * not be read is recorded (`brokenIds`, `unreadable`) so the cross-check does not repeat
 * one defect as a string of "unknown id" errors elsewhere.
 */
import path from 'node:path';
import { z } from 'zod';
import { articleSchema, type ArticleFrontmatter } from '../schemas/article.ts';
import { themeSchema, type Theme } from '../schemas/theme.ts';
import { actorSchema, type Actor } from '../schemas/actor.ts';
import { eventSchema, type TimelineEvent } from '../schemas/event.ts';
import { perspectiveSchema, type Perspective } from '../schemas/perspective.ts';
import { slugId } from '../schemas/common.ts';
import { placeholderLabel, placeholderPaths } from '../schemas/placeholder.ts';
import { ProblemList } from './problems.ts';
import { checkCorpusFolder, checkFolder, describeEntry, displayPath, entryKind, listFiles, readText, skippedEntries } from './read-files.ts';
import { readYaml } from './read-yaml.ts';
import { validateWith } from './zod-problems.ts';

/** The parts of an entry that hold quotes, validated on their own for an entry that fails elsewhere. */
const eventQuotesSchema = z.object({ sources: eventSchema.shape.sources, claims: eventSchema.shape.claims });

/** Where a validated record came from, for error messages. */
export interface Origin {
  file: string;
  lineOf: (path: readonly PropertyKey[]) => number | undefined;
}

export interface ArticleSource {
  id: string;
  origin: Origin;
  data: ArticleFrontmatter;
  /** The Markdown body (after the frontmatter). */
  body: string;
  /** Line of the file where the body starts. */
  bodyLine: number;
}

export interface Sourced<T> {
  origin: Origin;
  /** Index of the entry in its file. */
  index: number;
  data: T;
}

export type EntityKind = 'article' | 'theme' | 'actor' | 'event' | 'perspective';

/** A Markdown file of the corpus that is not an article but is rendered too (method.md on the About page). */
export interface DocSource {
  /** The file as messages show it. */
  file: string;
  body: string;
}

/**
 * The quoted passages of a timeline entry that failed validation elsewhere (a bad date, an
 * unknown kind): still looked up, so a quote typo is reported in the same run as the date.
 */
export interface PartialEvent {
  origin: Origin;
  index: number;
  data: Pick<TimelineEvent, 'sources' | 'claims'>;
}

export interface CorpusSources {
  dir: string;
  articles: ArticleSource[];
  themes: Sourced<Theme>[];
  actors: Sourced<Actor>[];
  events: Sourced<TimelineEvent>[];
  /** Entries that failed validation but whose sources and claims are valid: their quotes are still checked. */
  partialEvents: PartialEvent[];
  /** Articles whose frontmatter failed: their bodies are still checked, and quotes looked up in them. */
  partialArticles: { id: string; file: string; body: string; bodyLine: number }[];
  /** method.md, when the corpus has one. */
  method?: DocSource | undefined;
  /** Questions the articles disagree on (content/perspectives/*.yaml; the folder is optional). */
  perspectives: Sourced<Perspective>[];
  /** Names of the raw capture files in sources/. */
  captures: Set<string>;
  /** Ids of entries that exist but failed validation (already reported): references to them are not errors. */
  brokenIds: Record<EntityKind, Set<string>>;
  /** Kinds that could not be read at all (a missing or broken registry, no articles): references to them are not checked. */
  unreadable: Set<'article' | 'theme' | 'actor'>;
}

/** Where each kind of entry is documented, for messages about unknown fields. */
const SCHEMA_FILES = {
  article: 'src/schemas/article.ts',
  theme: 'src/schemas/theme.ts',
  actor: 'src/schemas/actor.ts',
  event: 'src/schemas/event.ts',
  perspective: 'src/schemas/perspective.ts',
} as const;

/** The frontmatter block; its YAML may be empty (`---` directly followed by `---`), which is reported as empty, not as unclosed. */
const FRONTMATTER = /^---[ \t]*\r?\n(?:([\s\S]*?)\r?\n)?---[ \t]*(?:\r?\n|$)/;

/** Why a file name is not an article id, and how to fix it. */
function fileNameProblem(id: string, taken: ReadonlySet<string>): { message: string; expected: string } {
  const lower = id.toLowerCase().replace(/[\s_]+/g, '-');
  const fixable = slugId.safeParse(lower).success;
  const hint = !fixable ? '' : taken.has(lower) ? ` ("${lower}" is already taken by ${lower}.md)` : ` (rename it to ${lower}.md)`;
  return {
    message: `"${id}" is not a valid article id${hint}`,
    expected: 'a lowercase slug file name (a–z, 0–9, single hyphens) such as dubnov-post-soviet-space-2-0.md',
  };
}

function readArticle(file: string, ids: ReadonlySet<string>, src: CorpusSources, problems: ProblemList): ArticleSource | undefined {
  const shown = displayPath(file);
  const id = path.basename(file, '.md');
  const slug = slugId.safeParse(id);
  // A slug the schema still refuses (a reserved or over-long id) gets the schema's own reason.
  const refusal = slug.error?.issues.find((i) => i.code === 'custom');
  if (refusal) {
    problems.error(shown, '(file name)', refusal.message, (refusal.params as { expected?: string } | undefined)?.expected);
    return undefined;
  }
  if (!slug.success) {
    const { message, expected } = fileNameProblem(id, ids);
    problems.error(shown, '(file name)', message, expected);
    // References to the id it should have are not errors of their own.
    const lower = id.toLowerCase();
    if (slugId.safeParse(lower).success && !ids.has(lower)) src.brokenIds.article.add(lower);
    return undefined;
  }
  src.brokenIds.article.add(id); // until it proves valid
  const text = readText(file, problems);
  if (text === undefined) return undefined;
  const match = FRONTMATTER.exec(text);
  if (!match) {
    if (/^---[ \t]*\r?\n/.test(text))
      problems.error(shown, '(frontmatter)', 'is not closed', 'a --- line after the last frontmatter field, then the article text', 1);
    else
      problems.error(shown, '(frontmatter)', 'is missing', 'the file to start with a --- line, the YAML fields (title, authors, …), and a closing --- line', 1);
    return undefined;
  }
  const bodyLine = match[0].split('\n').length + (match[0].endsWith('\n') ? 0 : 1);
  const body = text.slice(match[0].length);
  // An empty body is reported once; rendering it would only add "tags no paragraph" and "quote not found".
  const empty = body.trim() === '';
  if (empty) problems.error(shown, '(body)', 'is empty', 'the article text after the closing --- line', bodyLine);
  // Broken frontmatter does not hide the body's own problems: it is still rendered and its quotes looked up.
  const partial = () => {
    if (!empty) src.partialArticles.push({ id, file: shown, body, bodyLine });
    return undefined;
  };
  const yaml = readYaml(match[1] ?? '', shown, problems, 1);
  if (!yaml) return partial();
  if (yaml.data == null || typeof yaml.data !== 'object' || Array.isArray(yaml.data)) {
    problems.error(shown, '(frontmatter)', yaml.data == null ? 'is empty' : `is ${Array.isArray(yaml.data) ? 'a list' : 'a single value'}`, 'field: value lines (title, authors, outlet, …)', 2);
    return partial();
  }
  // Placeholders left by `npm run import` ("TODO: …"): each is reported as unfinished, and the
  // schema errors on their lines (a "TODO: …" is no theme id) would only repeat them.
  const unfinished = placeholderPaths(yaml.data);
  const placeholderLines = new Set(unfinished.map((p) => yaml.lineOf(p)));
  for (const p of unfinished)
    problems.error(shown, placeholderLabel(p), 'is unfinished (a placeholder left by npm run import)', 'the editors’ value in place of the "TODO: …" text', yaml.lineOf(p));
  const schemaProblems = new ProblemList();
  const data = validateWith(articleSchema, yaml.data, { ...yaml, schemaFile: SCHEMA_FILES.article }, schemaProblems);
  for (const p of schemaProblems.items) if (!placeholderLines.has(p.line)) problems.items.push(p);
  if (!data || unfinished.length > 0) return partial();
  if (empty) return undefined;
  src.brokenIds.article.delete(id);
  return { id, origin: { file: shown, lineOf: yaml.lineOf }, data, body, bodyLine };
}

/** Reads one YAML list file; `undefined` when the file as a whole could not be read. */
function readList<T extends z.ZodType>(
  file: string,
  kind: Exclude<EntityKind, 'article'>,
  schema: T,
  src: CorpusSources,
  problems: ProblemList,
): Sourced<z.output<T>>[] | undefined {
  const shown = displayPath(file);
  const text = readText(file, problems);
  if (text === undefined) return undefined;
  const yaml = readYaml(text, shown, problems);
  if (!yaml) return undefined;
  if (yaml.data == null) {
    // An empty registry would make every reference to it "unknown": say once that the file is empty.
    if (kind === 'event') return [];
    problems.error(shown, '(file)', text.trim() === '' ? 'is empty' : 'holds no entries (only comments)', `a YAML list of ${kind}s, each starting with "- id: …"`, 1);
    return undefined;
  }
  if (!Array.isArray(yaml.data)) {
    problems.error(shown, '(file)', `is ${typeof yaml.data === 'object' ? 'a mapping' : 'a single value'}, not a list`, `a YAML list of ${kind}s, each starting with "- id: …"`, 1);
    return undefined;
  }
  const out: Sourced<z.output<T>>[] = [];
  const entries: unknown[] = yaml.data;
  entries.forEach((entry, index) => {
    const data = validateWith(schema, entry, { ...yaml, schemaFile: SCHEMA_FILES[kind] }, problems, [index]);
    if (data) out.push({ origin: { file: shown, lineOf: yaml.lineOf }, index, data });
    else {
      const id = entry && typeof entry === 'object' ? (entry as { id?: unknown }).id : undefined;
      if (typeof id === 'string') src.brokenIds[kind].add(id);
      if (kind === 'event') {
        // Its other problems are reported; its quotes are still worth checking in this run.
        const part = eventQuotesSchema.safeParse(entry);
        if (part.success) src.partialEvents.push({ origin: { file: shown, lineOf: yaml.lineOf }, index, data: part.data });
      }
    }
  });
  // Not one entry is usable (a list of names, of empty items): the file is as good as unreadable.
  return out.length === 0 && entries.length > 0 ? undefined : out;
}

/** Files a contributor put where they are not read (`.yml`, `.markdown`, a sub-folder): an error, or their entries would vanish. */
function reportSkipped(dir: string, ext: string, what: string, problems: ProblemList): void {
  for (const e of skippedEntries(dir, ext)) {
    const file = path.join(dir, e.name);
    if (e.kind !== 'file' && e.kind !== 'folder') {
      problems.error(displayPath(file), '(file)', describeEntry(file, e.kind), 'only regular files and folders in the corpus (links are not followed)');
      continue;
    }
    const folder = e.kind === 'folder';
    const fix = folder ? `every ${what} directly in ${displayPath(dir)}/` : `a ${ext} file name (rename it to ${e.name.replace(/\.[^.]*$/, '')}${ext})`;
    problems.error(displayPath(file), folder ? '(folder)' : '(file name)', `is not read: only ${ext} files directly in ${displayPath(dir)}/ are`, fix);
  }
}

/** Reads and validates every file of the corpus folder `dir`. */
export function readSources(dir: string, problems: ProblemList): CorpusSources {
  const src: CorpusSources = {
    dir,
    articles: [],
    themes: [],
    actors: [],
    events: [],
    partialEvents: [],
    partialArticles: [],
    perspectives: [],
    captures: new Set(),
    brokenIds: { article: new Set(), theme: new Set(), actor: new Set(), event: new Set(), perspective: new Set() },
    unreadable: new Set(),
  };
  if (!checkCorpusFolder(dir, problems)) {
    src.unreadable.add('article').add('theme').add('actor');
    return src;
  }

  const articlesDir = path.join(dir, 'articles');
  const articlesOk = checkFolder(articlesDir, problems);
  const articleFiles = listFiles(articlesDir, '.md');
  if (articleFiles.length === 0) {
    if (articlesOk || entryKind(articlesDir) === 'missing')
      problems.error(displayPath(articlesDir), '(folder)', articlesOk ? 'holds no articles' : 'does not exist', 'at least one <id>.md file');
    src.unreadable.add('article');
  }
  reportSkipped(articlesDir, '.md', 'article', problems);
  const ids = new Set(articleFiles.map((f) => path.basename(f, '.md')));
  src.articles = articleFiles.map((f) => readArticle(f, ids, src, problems)).filter((a) => a !== undefined);

  const themes = readList(path.join(dir, 'themes.yaml'), 'theme', themeSchema, src, problems);
  if (themes) src.themes = themes;
  else src.unreadable.add('theme');
  const actors = readList(path.join(dir, 'actors.yaml'), 'actor', actorSchema, src, problems);
  if (actors) src.actors = actors;
  else src.unreadable.add('actor');

  const eventsDir = path.join(dir, 'events');
  checkFolder(eventsDir, problems);
  reportSkipped(eventsDir, '.yaml', 'events file', problems);
  src.events = listFiles(eventsDir, '.yaml').flatMap((f) => readList(f, 'event', eventSchema, src, problems) ?? []);
  const perspectivesDir = path.join(dir, 'perspectives');
  reportSkipped(perspectivesDir, '.yaml', 'perspectives file', problems);
  src.perspectives = listFiles(perspectivesDir, '.yaml').flatMap((f) => readList(f, 'perspective', perspectiveSchema, src, problems) ?? []);

  const sourcesDir = path.join(dir, 'sources');
  checkFolder(sourcesDir, problems);
  const captures = listFiles(sourcesDir, '.txt');
  for (const f of captures) {
    const kind = entryKind(f);
    if (kind !== 'file') problems.error(displayPath(f), '(file)', describeEntry(f, kind), 'only regular files and folders in the corpus (links are not followed)');
  }
  src.captures = new Set(captures.filter((f) => entryKind(f) === 'file').map((f) => path.basename(f)));

  // The method notes, rendered on the About page: optional, but checked like an article body when present.
  const methodFile = path.join(dir, 'method.md');
  if (entryKind(methodFile) !== 'missing') {
    const body = readText(methodFile, problems);
    if (body !== undefined) src.method = { file: displayPath(methodFile), body };
  }
  return src;
}
