/**
 * Synthetic benchmark corpora: `node src/cli/synthetic-corpus.ts <N> <dir> [--seed S]` writes
 * N valid articles into <dir> (a CORPUS_DIR): articles/, sources/ (one capture per article),
 * events/ (timeline entries quoting the articles), and copies of themes.yaml, actors.yaml and
 * method.md from the real corpus.
 *
 * Each article is a recombination of verbatim paragraphs (and a few section headings) of the
 * real articles, shuffled with a seeded PRNG, so the same seed always writes the same files.
 * Themes are declared from the paragraphs' own tags (so the build confirms them), and every
 * timeline quote is checked to occur exactly once in its article, as the build requires.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { toString as mdastToString } from 'mdast-util-to-string';
import { stringify } from 'yaml';
import { checkCorpus } from '../corpus/load.ts';
import { formatProblem } from '../corpus/problems.ts';
import { findQuote } from '../shared/quotes.ts';
import { isValidEdtf } from '../shared/edtf.ts';
import { eventKinds } from '../schemas/event.ts';
import type { ArticleFrontmatter } from '../schemas/article.ts';
import type { TimelineEvent } from '../schemas/event.ts';

export interface SyntheticOptions {
  /** How many articles to write. */
  count: number;
  /** The corpus folder to write (created; a previous synthetic corpus there is replaced). */
  dir: string;
  /** PRNG seed: the same seed writes the same corpus. Default 1. */
  seed?: number;
  /** The real corpus the paragraphs, themes and actors come from. Default ./content. */
  sourceDir?: string;
}

export interface SyntheticSummary {
  dir: string;
  articles: number;
  events: number;
  paragraphs: number;
}

/** Marks a folder this generator wrote, so it may be cleared and rewritten safely. */
const MARKER = '.synthetic-corpus';
const EVENTS_PER_FILE = 100;

/** mulberry32: a tiny, well-known 32-bit PRNG; enough for reproducible shuffles. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Dice {
  private readonly next: () => number;
  constructor(seed: number) {
    this.next = prng(seed);
  }
  /** Integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  shuffle<T>(items: readonly T[]): T[] {
    const out = [...items];
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [out[i], out[j]] = [out[j]!, out[i]!];
    }
    return out;
  }
  hex(length: number): string {
    let s = '';
    while (s.length < length) s += Math.floor(this.next() * 16).toString(16);
    return s;
  }
}

/** A verbatim paragraph of a real article, with what the tagging found in it. */
interface PoolParagraph {
  markdown: string;
  /** Its plain text as rendered (what quotes are matched against). */
  text: string;
  themes: string[];
  actors: string[];
}

interface Pool {
  paragraphs: PoolParagraph[];
  headings: string[];
  actorKind: Map<string, string>;
}

/** Reads the real corpus once and cuts its article bodies into reusable blocks. */
function buildPool(sourceDir: string): Pool {
  const { corpus, problems } = checkCorpus({ dir: sourceDir, base: '/' });
  if (!corpus) throw new Error(`the source corpus ${sourceDir} has errors:\n${problems.map(formatProblem).join('\n')}`);
  const parser = unified().use(remarkParse);
  const paragraphs: PoolParagraph[] = [];
  const headings: string[] = [];
  for (const article of corpus.articles) {
    const body = readBody(corpus.dir, article.id);
    const byText = new Map(article.paragraphs.map((p) => [p.text, p]));
    for (const node of parser.parse(body).children) {
      const start = node.position?.start.offset;
      const end = node.position?.end.offset;
      if (start === undefined || end === undefined) continue;
      const markdown = body.slice(start, end);
      if (node.type === 'heading' && node.depth === 2) headings.push(markdown);
      if (node.type !== 'paragraph') continue;
      // Only top-level paragraphs whose rendered text is known: their tags are then known too.
      const para = byText.get(mdastToString(node));
      if (para) paragraphs.push({ markdown, text: para.text, themes: para.themes.map((t) => t.theme), actors: para.actors });
    }
  }
  if (paragraphs.length < 20) throw new Error(`the source corpus has only ${paragraphs.length} reusable paragraphs`);
  return { paragraphs, headings, actorKind: new Map(corpus.actors.map((a) => [a.id, a.kind])) };
}

/** The Markdown body of a real article (after its frontmatter). */
function readBody(dir: string, id: string): string {
  const raw = readFileSync(path.join(dir, 'articles', `${id}.md`), 'utf8');
  return raw.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n?/, '');
}

const OUTLETS = [
  'Caspian Ledger', 'Black Sea Monitor', 'Steppe Observer', 'South Caucasus Review', 'Baltic Dispatch',
  'Central Asia Tribune', 'Dnipro Evening Post', 'Pamir Notes', 'Eastern Partnership Weekly', 'Volga Digest',
  'Carpathian Herald', 'Amu Darya Bulletin',
].map((name) => ({ name: `${name} (synthetic)`, url: `https://example.org/${slug(name)}/` }));

const AUTHORS = ['A. Synthetic', 'B. Placeholder', 'C. Generated', 'D. Benchmark', 'E. Sample', 'F. Fixture', 'G. Dummy', 'H. Testcase'];

/** A slug id (a–z, 0–9, single hyphens) of at most six words. */
function slug(s: string): string {
  return s.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').split('-').slice(0, 6).join('-');
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

const words = (s: string) => s.split(/\s+/).filter(Boolean);

const sentenceSegmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
const sentences = (text: string) => [...sentenceSegmenter.segment(text)].map((s) => s.segment.trim()).filter(Boolean);

/** A random EDTF date: mostly days, some months, seasons, approximate and uncertain dates, intervals. */
function edtfDate(dice: Dice, interval: boolean): string {
  const year = dice.int(2014, 2025);
  const month = dice.int(1, 12);
  const day = dice.int(1, 28);
  const form = dice.int(1, 20);
  let date: string;
  if (form <= 12) date = `${year}-${pad(month, 2)}-${pad(day, 2)}`;
  else if (form <= 15) date = `${year}-${pad(month, 2)}`;
  else if (form === 16) date = `${year}-${dice.int(21, 24)}`;
  else if (form === 17) date = `${year}~`;
  else if (form === 18) date = `${year}-${pad(month, 2)}?`;
  else if (interval) date = `${year}-${pad(month, 2)}/${year + dice.int(1, 2)}-${pad(dice.int(1, 12), 2)}`;
  else date = `${year}-${pad(month, 2)}-${pad(day, 2)}`;
  if (!isValidEdtf(date)) throw new Error(`generator made an invalid EDTF date "${date}"`);
  return date;
}

/** A short verbatim passage of one of `chosen` that occurs exactly once in the whole article. */
function pickQuote(dice: Dice, chosen: PoolParagraph[], articleParagraphs: { id: string; text: string }[]): { quote: string; para: PoolParagraph } | undefined {
  for (const para of dice.shuffle(chosen)) {
    for (const sentence of dice.shuffle(sentences(para.text))) {
      const w = words(sentence);
      if (w.length < 6) continue;
      const length = Math.min(w.length, dice.int(7, 14));
      const start = dice.int(0, w.length - length);
      const quote = w.slice(start, start + length).join(' ');
      if (findQuote(quote, articleParagraphs).length === 1) return { quote, para };
    }
  }
  return undefined;
}

interface Generated {
  id: string;
  chosen: PoolParagraph[];
  rendered: { id: string; text: string }[];
}

function writeArticle(dice: Dice, pool: Pool, index: number, seed: number, dir: string): Generated {
  const themed = pool.paragraphs.filter((p) => p.themes.length > 0);
  const count = dice.int(6, 18);
  // Start from a tagged paragraph so at least one theme can be declared.
  const first = dice.pick(themed);
  const chosen = [first, ...dice.shuffle(pool.paragraphs.filter((p) => p !== first)).slice(0, count - 1)];
  const blocks: string[] = [];
  chosen.forEach((p, k) => {
    if (k > 2 && pool.headings.length > 0 && dice.chance(0.08)) blocks.push(dice.pick(pool.headings));
    blocks.push(p.markdown);
  });

  // Declare every theme frequent enough to warrant it (the build warns otherwise), plus one rarer one.
  const counts = new Map<string, number>();
  for (const p of chosen) for (const t of p.themes) counts.set(t, (counts.get(t) ?? 0) + 1);
  const frequent = [...counts].filter(([, n]) => n >= Math.max(2, chosen.length * 0.25)).map(([t]) => t);
  const rare = [...counts.keys()].filter((t) => !frequent.includes(t));
  const themes = [...frequent, ...(rare.length > 0 && (frequent.length === 0 || dice.chance(0.5)) ? [dice.pick(rare)] : [])];

  const firstSentence = sentences(dice.pick(chosen).text)[0] ?? 'Untitled';
  const title = words(firstSentence).slice(0, dice.int(6, 11)).join(' ').replace(/[\s,;:.!?“”"'‘’]+$/u, '');
  const id = `synthetic-${pad(index + 1, 4)}-${slug(title) || 'article'}`;
  const outlet = dice.pick(OUTLETS);
  const capture = `${pad(index, 4)}_${dice.hex(16)}.txt`;
  const published = edtfDate(dice, false);
  const authors = dice.chance(0.2) ? [] : dice.shuffle(AUTHORS).slice(0, dice.int(1, 2));

  const data: Partial<ArticleFrontmatter> = {
    title: `${title} (synthetic ${index + 1})`,
    authors,
    outlet,
    published: {
      date: published,
      basis: 'stated',
      evidence: `Synthetic benchmark article: the date was drawn by the generator (seed ${seed}).`,
    },
    language: 'en',
    summary: `A synthetic benchmark article made of ${chosen.length} verbatim paragraphs recombined from the real corpus.`,
    themes,
    capture,
    rights: {
      holder: 'The rights holders of the real corpus articles',
      notice: 'Generated for benchmarking only: recombined paragraphs of the corpus articles, whose rights holders keep all rights.',
    },
  };
  const body = `${blocks.join('\n\n')}\n`;
  writeFileSync(path.join(dir, 'articles', `${id}.md`), `---\n${stringify(data, { lineWidth: 0 })}---\n\n${body}`);
  writeFileSync(path.join(dir, 'sources', capture), `${data.title}\n\n${chosen.map((p) => p.text).join('\n\n')}\n`);
  return { id, chosen, rendered: chosen.map((p, k) => ({ id: `p${k + 1}`, text: p.text })) };
}

function makeEvent(dice: Dice, pool: Pool, index: number, article: Generated, other: Generated | undefined): TimelineEvent | undefined {
  const main = pickQuote(dice, article.chosen, article.rendered);
  if (!main) return undefined;
  const sources: TimelineEvent['sources'] = [{ article: article.id, quote: main.quote }];
  const claims: TimelineEvent['claims'] = [];
  if (other) {
    const second = pickQuote(dice, other.chosen, other.rendered);
    if (second) {
      sources.push({ article: other.id, quote: second.quote, note: 'A second, synthetic source.' });
      if (index % 10 === 0)
        claims.push({
          about: 'wording',
          values: [
            { value: 'as the first source puts it', article: article.id, quote: main.quote },
            { value: 'as the second source puts it', article: other.id, quote: second.quote },
          ],
        });
    }
  }
  const actors = main.para.actors.slice(0, 5);
  const placeKinds = new Set(['place', 'region', 'state', 'unrecognised-entity']);
  const title = words(main.quote).slice(0, 8).join(' ').replace(/[\s,;:.!?“”"'‘’]+$/u, '');
  return {
    id: `synthetic-event-${pad(index + 1, 4)}-${slug(title) || 'entry'}`,
    date: edtfDate(dice, true),
    title: `${title.charAt(0).toUpperCase()}${title.slice(1)} (synthetic entry ${index + 1})`,
    summary: 'A synthetic timeline entry: its date and kind were drawn by the benchmark generator.',
    kind: dice.pick(eventKinds),
    actors,
    themes: main.para.themes,
    places: actors.filter((a) => placeKinds.has(pool.actorKind.get(a) ?? '')).slice(0, 2),
    sources,
    claims,
  };
}

/** Writes a synthetic corpus of `count` articles into `dir`; returns what it wrote. */
export function writeSyntheticCorpus(options: SyntheticOptions): SyntheticSummary {
  const { count, dir } = options;
  const seed = options.seed ?? 1;
  const sourceDir = options.sourceDir ?? 'content';
  if (!Number.isInteger(count) || count < 1) throw new Error(`expected a positive number of articles, got ${count}`);
  if (existsSync(dir) && readdirSync(dir).length > 0) {
    if (!existsSync(path.join(dir, MARKER))) throw new Error(`${dir} is not empty and was not written by this generator; choose an empty folder`);
    rmSync(dir, { recursive: true, force: true });
  }
  for (const sub of ['articles', 'sources', 'events']) mkdirSync(path.join(dir, sub), { recursive: true });
  writeFileSync(path.join(dir, MARKER), `synthetic corpus: ${count} articles, seed ${seed}\n`);
  for (const file of ['themes.yaml', 'actors.yaml', 'method.md'])
    if (existsSync(path.join(sourceDir, file))) copyFileSync(path.join(sourceDir, file), path.join(dir, file));

  const pool = buildPool(sourceDir);
  const dice = new Dice(seed);
  const articles: Generated[] = [];
  for (let i = 0; i < count; i++) articles.push(writeArticle(dice, pool, i, seed, dir));

  const events: TimelineEvent[] = [];
  articles.forEach((article, i) => {
    // Every fourth entry is told by two articles, as real entries often are.
    const other = i % 4 === 3 && articles.length > 1 ? articles[(i + 1 + dice.int(0, articles.length - 2)) % articles.length] : undefined;
    const event = makeEvent(dice, pool, i, article, other === article ? undefined : other);
    if (event) events.push(event);
  });
  for (let k = 0; k * EVENTS_PER_FILE < events.length; k++) {
    const slice = events.slice(k * EVENTS_PER_FILE, (k + 1) * EVENTS_PER_FILE);
    writeFileSync(path.join(dir, 'events', `synthetic-${pad(k + 1, 3)}.yaml`), `# Synthetic timeline entries (seed ${seed}).\n${stringify(slice, { lineWidth: 0 })}`);
  }
  return { dir, articles: articles.length, events: events.length, paragraphs: articles.reduce((n, a) => n + a.chosen.length, 0) };
}

function main(argv: string[]): number {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { seed: { type: 'string', default: '1' } } });
  const seed = Number(values.seed);
  const [n, dir] = positionals;
  if (!n || !dir || !Number.isInteger(Number(n)) || !Number.isInteger(seed)) {
    console.error('usage: node src/cli/synthetic-corpus.ts <number of articles> <folder> [--seed <integer>]');
    return 2;
  }
  try {
    const s = writeSyntheticCorpus({ count: Number(n), dir, seed });
    console.log(`synthetic-corpus: ${s.articles} articles (${s.paragraphs} paragraphs), ${s.events} timeline entries written to ${s.dir} (seed ${seed})`);
    return 0;
  } catch (err) {
    console.error(`synthetic-corpus: ${err instanceof Error ? err.message : String(err)}`);
    return 1;
  }
}

if (import.meta.main) process.exitCode = main(process.argv.slice(2));
