/**
 * Stage 1 of the corpus model: read every file of the corpus folder and validate each
 * against its zod schema. Nothing here looks across files; cross-references are checked
 * in `cross-check.ts`.
 */
import path from 'node:path';
import { z } from 'zod';
import { articleSchema, type ArticleFrontmatter } from '../schemas/article.ts';
import { themeSchema, type Theme } from '../schemas/theme.ts';
import { actorSchema, type Actor } from '../schemas/actor.ts';
import { eventSchema, type TimelineEvent } from '../schemas/event.ts';
import { slugId } from '../schemas/common.ts';
import { ProblemList } from './problems.ts';
import { displayPath, listFiles, readText } from './read-files.ts';
import { readYaml } from './read-yaml.ts';
import { validateWith } from './zod-problems.ts';

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

export interface CorpusSources {
  dir: string;
  articles: ArticleSource[];
  themes: Sourced<Theme>[];
  actors: Sourced<Actor>[];
  events: Sourced<TimelineEvent>[];
  /** Names of the raw capture files in sources/. */
  captures: Set<string>;
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

function readArticle(file: string, problems: ProblemList): ArticleSource | undefined {
  const shown = displayPath(file);
  const text = readText(file, problems);
  if (text === undefined) return undefined;
  const id = path.basename(file, '.md');
  const idCheck = slugId.safeParse(id);
  if (!idCheck.success) {
    problems.error(shown, '(file name)', `"${id}" is not a valid article id`, 'a lowercase slug file name such as dubnov-post-soviet-space-2-0.md');
    return undefined;
  }
  const match = FRONTMATTER.exec(text);
  if (!match) {
    problems.error(shown, '(frontmatter)', 'has no frontmatter', 'the file to start with a --- line, YAML fields, and a closing --- line', 1);
    return undefined;
  }
  const yaml = readYaml(match[1]!, shown, problems, 1);
  if (!yaml) return undefined;
  const data = validateWith(articleSchema, yaml.data ?? {}, yaml, problems);
  const body = text.slice(match[0].length);
  const bodyLine = match[0].split('\n').length;
  if (body.trim() === '') problems.error(shown, '(body)', 'is empty', 'the article text after the frontmatter', bodyLine);
  if (!data) return undefined;
  return { id, origin: { file: shown, lineOf: yaml.lineOf }, data, body, bodyLine };
}

function readList<T extends z.ZodType>(file: string, schema: T, problems: ProblemList): Sourced<z.output<T>>[] {
  const shown = displayPath(file);
  const text = readText(file, problems);
  if (text === undefined) return [];
  const yaml = readYaml(text, shown, problems);
  if (!yaml) return [];
  if (yaml.data == null) return [];
  if (!Array.isArray(yaml.data)) {
    problems.error(shown, '(file)', 'is not a list', 'a YAML list of entries, each starting with "- id: …"', 1);
    return [];
  }
  const out: Sourced<z.output<T>>[] = [];
  yaml.data.forEach((entry, index) => {
    const data = validateWith(schema, entry, yaml, problems, [index]);
    if (data) out.push({ origin: { file: shown, lineOf: yaml.lineOf }, index, data });
  });
  return out;
}

/** Reads and validates every file of the corpus folder `dir`. */
export function readSources(dir: string, problems: ProblemList): CorpusSources {
  const articleFiles = listFiles(path.join(dir, 'articles'), '.md');
  if (articleFiles.length === 0)
    problems.error(displayPath(path.join(dir, 'articles')), '(folder)', 'holds no articles', 'at least one <id>.md file');
  const articles = articleFiles.map((f) => readArticle(f, problems)).filter((a) => a !== undefined);
  const themes = readList(path.join(dir, 'themes.yaml'), themeSchema, problems);
  const actors = readList(path.join(dir, 'actors.yaml'), actorSchema, problems);
  const events = listFiles(path.join(dir, 'events'), '.yaml').flatMap((f) => readList(f, eventSchema, problems));
  const captures = new Set(listFiles(path.join(dir, 'sources'), '.txt').map((f) => path.basename(f)));
  return { dir, articles, themes, actors, events, captures };
}
