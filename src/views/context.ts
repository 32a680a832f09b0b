/**
 * Text in context for the theme and actor pages: which words of a sentence are the mention,
 * which words of a passage made it carry a theme. The pages show them in <mark>.
 *
 * The model keeps each mention's sentence but not its offsets, so the words are found again
 * with the matchers the build itself uses (registry-matchers.ts).
 * Using the same combined matchers means the same longest-first choices: "Karabakh" inside
 * "Nagorno-Karabakh" is never marked on its own. tests/unit/stats.test.ts pins that these
 * matchers reproduce every mention and every theme tag of the corpus.
 */
import type { PhraseMatcher } from '../shared/matcher.ts';
import { registryMatchers, type RegistryMatchers } from '../corpus/registry-matchers.ts';
import { paragraphKey } from './stats.ts';
import type { Actor } from '../schemas/actor.ts';
import type { Theme } from '../schemas/theme.ts';
import type { Corpus, Mention, Paragraph } from '../corpus/model.ts';

export type { RegistryMatchers };

const memo = new WeakMap<readonly Theme[], WeakMap<readonly Actor[], RegistryMatchers>>();
/** `registryMatchers`, built once per registry pair (pages of one build share them). */
export function cachedMatchers(themes: readonly Theme[], actors: readonly Actor[]): RegistryMatchers {
  let inner = memo.get(themes);
  if (!inner) memo.set(themes, (inner = new WeakMap()));
  let m = inner.get(actors);
  if (!m) inner.set(actors, (m = registryMatchers(themes, actors)));
  return m;
}

/** A run of text, marked or not. */
export interface Segment {
  text: string;
  mark: boolean;
}

/** Cuts `text` into plain and marked runs; overlapping or touching ranges are merged. */
export function segments(text: string, ranges: readonly { start: number; end: number }[]): Segment[] {
  const sorted = ranges.filter((r) => r.end > r.start).toSorted((a, b) => a.start - b.start || b.end - a.end);
  const merged: { start: number; end: number }[] = [];
  for (const r of sorted) {
    const last = merged.at(-1);
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else merged.push({ ...r });
  }
  const out: Segment[] = [];
  let at = 0;
  for (const r of merged) {
    if (r.start > at) out.push({ text: text.slice(at, r.start), mark: false });
    out.push({ text: text.slice(r.start, r.end), mark: true });
    at = r.end;
  }
  if (at < text.length) out.push({ text: text.slice(at), mark: false });
  return out;
}

/** The words of `text` that name `actorId`. */
export function actorRanges(text: string, actorId: string, aliases: PhraseMatcher<string>) {
  return aliases.find(text).filter((m) => m.target === actorId);
}

/**
 * Why a paragraph carries a theme, as ranges of its text: the theme's terms, and the
 * mentions of the theme's actors.
 */
export function themeRanges(text: string, theme: Pick<Theme, 'id' | 'actors'>, matchers: Pick<RegistryMatchers, 'aliases' | 'terms'>) {
  const terms = matchers.terms.find(text).filter((m) => m.target.includes(theme.id));
  const actors = matchers.aliases.find(text).filter((m) => theme.actors.includes(m.target));
  return [...terms, ...actors];
}

/** One sentence of an article with the mentions of one actor in it. */
export interface MentionInSentence {
  article: string;
  paragraph: string;
  sentence: string;
  /** The mentions standing in this sentence, in text order. */
  mentions: Mention[];
  segments: Segment[];
}

/**
 * An actor's mentions as sentences to show: mentions in the same sentence of the same paragraph
 * become one entry, every mention in it marked. Order: as the mentions are given.
 */
export function mentionSentences(actorId: string, mentions: readonly Mention[], aliases: PhraseMatcher<string>): MentionInSentence[] {
  const out = new Map<string, MentionInSentence>();
  for (const m of mentions) {
    const key = `${m.article}#${m.paragraph}#${m.sentence}`;
    let entry = out.get(key);
    if (!entry) {
      entry = { article: m.article, paragraph: m.paragraph, sentence: m.sentence, mentions: [], segments: segments(m.sentence, actorRanges(m.sentence, actorId, aliases)) };
      out.set(key, entry);
    }
    entry.mentions.push(m);
  }
  return [...out.values()];
}

/** Lookups the theme and actor pages share, built once per corpus model. */
export interface CorpusIndexes {
  /** "article#pN" → the paragraph. */
  paragraphByKey: Map<string, Paragraph>;
  /** "article#pN" → the mentions in it, in text order. */
  mentionsByParagraph: Map<string, Mention[]>;
  /** Every mention of the corpus, in article order. */
  allMentions: Mention[];
}

const indexMemo = new WeakMap<Pick<Corpus, 'articles'>, CorpusIndexes>();
/** `CorpusIndexes` for a model, built on first use (one build renders many pages from one model). */
export function corpusIndexes(corpus: Pick<Corpus, 'articles'>): CorpusIndexes {
  let idx = indexMemo.get(corpus);
  if (!idx) {
    const allMentions = corpus.articles.flatMap((a) => a.mentions);
    idx = {
      paragraphByKey: new Map(corpus.articles.flatMap((a) => a.paragraphs.map((p): [string, Paragraph] => [paragraphKey(p), p]))),
      mentionsByParagraph: Map.groupBy(allMentions, (m) => paragraphKey(m)),
      allMentions,
    };
    indexMemo.set(corpus, idx);
  }
  return idx;
}
