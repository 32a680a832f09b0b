/**
 * Builds the corpus model from a corpus folder (default ./content, or CORPUS_DIR):
 * read + validate each file (sources.ts) → cross-references (cross-check.ts) →
 * render each article once through the plugin pipeline (../plugins) → resolve quotes,
 * mentions, theme tags and backlinks into one typed model (model.ts).
 *
 * `checkCorpus` returns every problem found; `loadCorpus` throws a CorpusError listing
 * them when any is an error. The build hands the model to the pages through a file
 * (model-file.ts); pages read it through src/site/views.ts.
 */
import { VFile } from 'vfile';
import { readSources, type ArticleSource, type CorpusSources, type PartialEvent } from './sources.ts';
import { crossCheck, fieldLabel } from './cross-check.ts';
import { CorpusError, ProblemList, type Problem } from './problems.ts';
import { registryMatchers } from './registry-matchers.ts';
import { askPerspectiveQuotes, claimMark, resolvePerspectives } from './perspectives.ts';
import { edtfSpan, edtfYear, formatEdtf } from '../shared/edtf.ts';
import { textFragment } from '../shared/quotes.ts';
import { basePath, paths, withBase } from '../shared/paths.ts';
import { createArticleProcessor } from '../plugins/index.ts';
import { describeCiteFailure, type CiteFailure, type CiteRequest } from '../plugins/types.ts';
import { renderChecked, renderDoc } from './render-doc.ts';
import { plainBody } from './plain-body.ts';
import type { Article, Corpus, Mention, Paragraph, ResolvedEvent, ResolvedSource } from './model.ts';
import type { TimelineEvent } from '../schemas/event.ts';

export interface LoadOptions {
  /** Corpus folder; default CORPUS_DIR or ./content. */
  dir?: string;
  /** Deploy base path for links in rendered HTML; default BASE_PATH or "/". */
  base?: string;
  /**
   * Called with the articles once every file is read and cross-checked, before the bodies are
   * rendered (most of the work), if no error was found so far: a build can start what needs
   * only the front matter (the share images) while the rest is checked. A later error still
   * leaves checkCorpus without a model.
   */
  onFrontmatter?: (articles: readonly ArticleSource[]) => void;
}

/** What a quote that could not be resolved was expected to be. */
const QUOTE_EXPECTED = 'a short verbatim passage that occurs exactly once in the article (whitespace and curly quotes are normalised)';

/** Minimum share of an article's paragraphs that makes an undeclared theme worth a warning. */
const UNDECLARED_THEME_SHARE = 0.25;

const sentenceSegmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/** The sentences of a paragraph's text as [start, end) offsets, segmented once per paragraph. */
function sentenceBounds(text: string): { start: number; end: number }[] {
  return [...sentenceSegmenter.segment(text)].map((s) => ({ start: s.index, end: s.index + s.segment.length }));
}

/** The sentence of `text` that holds `offset`, trimmed, and where it starts in `text`. */
function sentenceAt(text: string, bounds: readonly { start: number; end: number }[], offset: number): { sentence: string; start: number } {
  const s = bounds.find((b) => offset >= b.start && offset < b.end);
  if (!s) return { sentence: text.trim(), start: text.length - text.trimStart().length };
  const raw = text.slice(s.start, s.end);
  return { sentence: raw.trim(), start: s.start + raw.length - raw.trimStart().length };
}

/** Headings and paragraphs in document order, joined by blank lines. */
interface Rendered {
  article: Article;
  /** Resolved passages by request key. */
  found: Map<string, { paragraph: string; exact: string }>;
  /** Requests that could not be resolved. */
  failed: { key: string; failure: CiteFailure }[];
}

function renderArticle(
  src: ArticleSource,
  processor: ReturnType<typeof createArticleProcessor>,
  requests: CiteRequest[],
  problems: ProblemList,
): Rendered {
  const file = new VFile({ path: src.origin.file, value: src.body });
  file.data.citeRequests = requests;
  const html = renderChecked(processor, file, src.origin.file, src.bodyLine, problems) ?? '';

  const infos = file.data.paragraphs ?? [];
  const headings = file.data.headings ?? [];
  const rawMentions = file.data.mentions ?? [];
  const mentionsIn = Map.groupBy(rawMentions, (m) => m.paragraph);
  const paragraphs: Paragraph[] = infos.map((p) => ({
    ...p,
    article: src.id,
    actors: [...new Set((mentionsIn.get(p.id) ?? []).map((m) => m.actor))],
    // Which entries cite the paragraph was worked out by rehype-paragraph-marks.
    events: p.events ?? [],
    perspectives: [],
  }));
  const textOf = new Map(infos.map((p) => [p.id, p.text]));
  const boundsOf = new Map<string, { start: number; end: number }[]>();
  const mentions: Mention[] = rawMentions.map((m) => {
    const text = textOf.get(m.paragraph)!;
    let bounds = boundsOf.get(m.paragraph);
    if (!bounds) boundsOf.set(m.paragraph, (bounds = sentenceBounds(text)));
    const { sentence, start } = sentenceAt(text, bounds, m.start);
    return { actor: m.actor, article: src.id, paragraph: m.paragraph, text: m.text, start: m.start, end: m.end, sentence, sentenceStart: start };
  });

  const found = new Map<string, { paragraph: string; exact: string }>();
  const failed: Rendered['failed'] = [];
  for (const c of file.data.citations ?? []) {
    if (c.paragraph && c.exact) found.set(c.key, { paragraph: c.paragraph, exact: c.exact });
    // A body that could not be rendered has had its error: its quotes failing is only a consequence.
    else if (c.failure && !file.data.refused && html !== '') failed.push({ key: c.key, failure: c.failure });
  }
  return {
    article: {
      id: src.id,
      file: src.origin.file,
      data: src.data,
      html,
      bodyText: plainBody(infos, headings),
      paragraphs,
      headings,
      mentions,
      wordCount: infos.reduce((n, p) => n + p.text.split(/\s+/).filter(Boolean).length, 0),
      notes: src.data.editorNotes.flatMap((n, k) => {
        const hit = found.get(`${src.id}.n${k}`);
        return hit ? [{ ...n, paragraph: hit.paragraph }] : [];
      }),
      published: edtfSpan(src.data.published.date),
    },
    found,
    failed,
  };
}

/** Where a cite request came from, so a missing quote is reported on its own file and line. */
interface RequestOrigin {
  file: string;
  line: number | undefined;
  field: string;
  article: string;
}

function buildModel(src: CorpusSources, problems: ProblemList, base: string): Corpus {
  const href = (path: string) => withBase(base, path);
  const themeById = new Map(src.themes.map((t) => [t.data.id, t.data]));
  const actorById = new Map(src.actors.map((a) => [a.data.id, a.data]));

  const { aliases: aliasMatcher, terms, actorThemes } = registryMatchers(src.themes.map((t) => t.data), src.actors.map((a) => a.data));

  const processor = createArticleProcessor({
    matcher: aliasMatcher,
    href: (id) => href(paths.actor(id)),
    terms,
    actorThemes,
    themeLabel: (id) => themeById.get(id)?.label ?? id,
    themeHref: (id) => href(paths.theme(id)),
  });

  // Every passage other records quote, grouped by the article it must be found in.
  const requests = new Map<string, CiteRequest[]>();
  const origins = new Map<string, RequestOrigin>();
  const ask = (article: string, key: string, quote: string, origin: Omit<RequestOrigin, 'article'>, marks: Pick<CiteRequest, 'event' | 'perspective'> = {}) => {
    const list = requests.get(article) ?? [];
    list.push({ key, quote, ...marks });
    requests.set(article, list);
    origins.set(key, { ...origin, article });
  };
  const perspectiveHref = (id: string) => href(paths.perspective(id));
  askPerspectiveQuotes(src, ask, perspectiveHref);
  // Every quote of an entry, keyed `<prefix>.s<k>` / `<prefix>.c<k>.v<j>`. Entries that failed
  // validation elsewhere (partialEvents) are asked too, so their quote typos show in the same run.
  // A valid entry (`full`) also marks the paragraphs it cites: its link, and its claims' questions.
  const askEvent = (ev: PartialEvent, prefix: string, full?: TimelineEvent) => {
    const link = full && { id: full.id, title: full.title, href: href(paths.event(full.id)) };
    ev.data.sources.forEach((s, k) => {
      const path = [ev.index, 'sources', k, 'quote'];
      ask(s.article, `${prefix}.s${k}`, s.quote, { file: ev.origin.file, line: ev.origin.lineOf(path), field: fieldLabel(path) }, link ? { event: link } : {});
    });
    ev.data.claims.forEach((c, k) =>
      c.values.forEach((v, j) => {
        const path = [ev.index, 'claims', k, 'values', j, 'quote'];
        ask(v.article, `${prefix}.c${k}.v${j}`, v.quote, { file: ev.origin.file, line: ev.origin.lineOf(path), field: fieldLabel(path) }, full ? claimMark(full, c, perspectiveHref) : {});
      }),
    );
  };
  src.events.forEach((ev, e) => askEvent(ev, `e${e}`, ev.data));
  src.partialEvents.forEach((ev, e) => askEvent(ev, `x${e}`));
  for (const art of src.articles)
    art.data.editorNotes.forEach((n, k) => {
      const path = ['editorNotes', k, 'quote'];
      ask(art.id, `${art.id}.n${k}`, n.quote, { file: art.origin.file, line: art.origin.lineOf(path), field: fieldLabel(path) });
    });

  const found = new Map<string, { paragraph: string; exact: string }>();
  const articles: Article[] = [];
  for (const srcArticle of src.articles) {
    const rendered = renderArticle(srcArticle, processor, requests.get(srcArticle.id) ?? [], problems);
    articles.push(rendered.article);
    for (const [key, hit] of rendered.found) found.set(key, hit);
    for (const f of rendered.failed) {
      const o = origins.get(f.key)!;
      problems.error(o.file, o.field, describeCiteFailure(f.failure, o.article), QUOTE_EXPECTED, o.line);
    }
  }
  for (const part of src.partialArticles) {
    const file = new VFile({ path: part.file, value: part.body });
    file.data.citeRequests = requests.get(part.id) ?? [];
    const html = renderChecked(processor, file, part.file, part.bodyLine, problems);
    for (const c of html && !file.data.refused ? (file.data.citations ?? []) : []) {
      const o = origins.get(c.key)!;
      if (c.failure) problems.error(o.file, o.field, describeCiteFailure(c.failure, o.article), QUOTE_EXPECTED, o.line);
    }
  }
  const articleById = new Map(articles.map((a) => [a.id, a]));

  const resolve = (key: string, article: string, quote: string, note?: string): ResolvedSource | undefined => {
    const hit = found.get(key);
    if (!hit) return undefined;
    return { article, quote, note, paragraph: hit.paragraph, exact: hit.exact, path: `${paths.paragraph(article, hit.paragraph)}${textFragment(hit.exact)}` };
  };

  const events: ResolvedEvent[] = [];
  src.events.forEach((ev, e) => {
    const { sources, claims, ...rest } = ev.data;
    const resolved: ResolvedEvent = {
      ...rest,
      file: ev.origin.file,
      span: edtfSpan(ev.data.date),
      display: formatEdtf(ev.data.date),
      year: edtfYear(ev.data.date),
      sources: sources.flatMap((s, k) => resolve(`e${e}.s${k}`, s.article, s.quote, s.note) ?? []),
      perspectives: [],
      claims: claims.map((c, k) => ({
        about: c.about,
        values: c.values.flatMap((v, j) => {
          const r = resolve(`e${e}.c${k}.v${j}`, v.article, v.quote);
          return r ? [{ ...r, value: v.value }] : [];
        }),
      })),
    };
    events.push(resolved);
  });
  const perspectives = resolvePerspectives(src, resolve, { articleById, events }, problems);
  events.sort((a, b) => a.span.sortKey.localeCompare(b.span.sortKey) || a.id.localeCompare(b.id));
  articles.sort((a, b) => b.published.sortKey.localeCompare(a.published.sortKey) || a.id.localeCompare(b.id));

  const mentionsByActor = new Map<string, Mention[]>(src.actors.map((a) => [a.data.id, []]));
  const passagesByTheme = new Map<string, Paragraph[]>(src.themes.map((t) => [t.data.id, []]));
  for (const art of articles) {
    for (const m of art.mentions) mentionsByActor.get(m.actor)!.push(m);
    for (const p of art.paragraphs) for (const t of p.themes) passagesByTheme.get(t.theme)!.push(p);
  }

  checkThemes(src, articleById, problems);
  checkAliasesUsed(src, mentionsByActor, problems);

  return {
    dir: src.dir,
    base,
    articles,
    articleById,
    themes: src.themes.map((t) => t.data),
    themeById,
    actors: src.actors.map((a) => a.data),
    actorById,
    events,
    eventById: new Map(events.map((e) => [e.id, e])),
    perspectives,
    perspectiveById: new Map(perspectives.map((p) => [p.id, p])),
    mentionsByActor,
    passagesByTheme,
    method: src.method && renderDoc(src.method, problems),
    warnings: problems.items.filter((p) => p.severity === 'warning'),
  };
}

/**
 * Declared article themes against paragraph tags. Rule (shown on the About page): a declared
 * theme must tag at least one paragraph (error); a theme that tags at least a quarter of the
 * paragraphs but is not declared is reported as a warning.
 */
function checkThemes(src: CorpusSources, articleById: Map<string, Article>, problems: ProblemList): void {
  for (const s of src.articles) {
    const art = articleById.get(s.id)!;
    if (art.html === '') continue; // not rendered (refused by a limit): its error is reported already
    const counts = new Map<string, number>();
    for (const p of art.paragraphs) for (const t of p.themes) counts.set(t.theme, (counts.get(t.theme) ?? 0) + 1);
    s.data.themes.forEach((theme, k) => {
      if (!counts.has(theme) && src.themes.some((t) => t.data.id === theme))
        problems.error(s.origin.file, `themes[${k}]`, `theme "${theme}" is declared but tags no paragraph`, "a theme whose terms or actors occur in the article (or remove it)", s.origin.lineOf(['themes', k]));
    });
    for (const [theme, n] of counts) {
      if (!s.data.themes.includes(theme) && n >= Math.max(2, art.paragraphs.length * UNDECLARED_THEME_SHARE))
        problems.warn(s.origin.file, 'themes', `theme "${theme}" tags ${n} of ${art.paragraphs.length} paragraphs but is not declared`, `"${theme}" in themes, or narrower theme terms`, s.origin.lineOf(['themes']));
    }
  }
}

/** An alias that matches nothing is probably a misspelling: a warning, not an error. */
function checkAliasesUsed(src: CorpusSources, mentionsByActor: Map<string, Mention[]>, problems: ProblemList): void {
  // A spelling claimed by two actors is already an error; its mentions go to one of them only.
  const owners = new Map<string, number>();
  for (const a of src.actors) for (const alias of new Set([a.data.name, ...a.data.aliases])) owners.set(alias, (owners.get(alias) ?? 0) + 1);
  for (const a of src.actors) {
    const used = new Set((mentionsByActor.get(a.data.id) ?? []).map((m) => m.text.replace(/\s+/g, ' ')));
    a.data.aliases.forEach((alias, k) => {
      if (!used.has(alias) && owners.get(alias) === 1)
        problems.warn(a.origin.file, fieldLabel([a.index, 'aliases', k]), `alias "${alias}" of "${a.data.id}" matches nothing in the articles`, 'a spelling that occurs in some article body', a.origin.lineOf([a.index, 'aliases', k]));
    });
  }
}

/** Every problem in the corpus at `dir`, and the model when there is no error. */
export function checkCorpus(options: LoadOptions = {}): { corpus?: Corpus; problems: Problem[] } {
  const dir = options.dir ?? process.env.CORPUS_DIR ?? 'content';
  const problems = new ProblemList();
  const src = readSources(dir, problems);
  crossCheck(src, problems);
  // Rendering needs valid registries; with broken ones it would only add noise.
  if (problems.hasErrors && (src.themes.length === 0 || src.actors.length === 0)) return { problems: problems.items };
  if (!problems.hasErrors) options.onFrontmatter?.(src.articles);
  const corpus = buildModel(src, problems, basePath(options.base));
  return problems.hasErrors ? { problems: problems.items } : { corpus, problems: problems.items };
}

/** The corpus model; throws a CorpusError listing every problem when any is an error. */
export function loadCorpus(options: LoadOptions = {}): Corpus {
  const { corpus, problems } = checkCorpus(options);
  if (!corpus) throw new CorpusError(problems);
  return corpus;
}
