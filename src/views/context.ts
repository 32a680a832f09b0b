/**
 * Text in context for the theme and actor pages: which words of a sentence are the mention,
 * which words of a passage made it carry a theme. The pages show them in <mark>.
 *
 * The offsets come from the model, where the plugins recorded them while rendering
 * (rehype-mentions, rehype-theme-tags): nothing is matched a second time.
 */
import type { Mention, Paragraph } from '../corpus/model.ts';
import type { Theme } from '../schemas/theme.ts';

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

/** Why a paragraph carries a theme, as ranges of its text (recorded when it was tagged). */
export function themeRanges(paragraph: Pick<Paragraph, 'themes'>, theme: Pick<Theme, 'id'>): readonly { start: number; end: number }[] {
  return paragraph.themes.find((t) => t.theme === theme.id)?.ranges ?? [];
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
export function mentionSentences(mentions: readonly Mention[]): MentionInSentence[] {
  const out = new Map<string, MentionInSentence>();
  for (const m of mentions) {
    const key = `${m.article}#${m.paragraph}#${m.sentenceStart}`;
    let entry = out.get(key);
    if (!entry) out.set(key, (entry = { article: m.article, paragraph: m.paragraph, sentence: m.sentence, mentions: [], segments: [] }));
    entry.mentions.push(m);
  }
  for (const e of out.values())
    e.segments = segments(e.sentence, e.mentions.map((m) => ({ start: m.start - m.sentenceStart, end: m.end - m.sentenceStart })));
  return [...out.values()];
}
