/**
 * Lookups that several views share, built in one pass over the model: the mentions in each
 * paragraph, each paragraph by key, and the timeline slices (entries by theme, actor, article
 * and kind).
 */
import type { Corpus, Mention, Paragraph, ResolvedEvent } from '../corpus/model.ts';
import { paragraphKey } from './stats.ts';
import { timelineSlices, type Facet, type Slice } from './timeline.ts';

export interface CorpusIndex {
  /** The mentions standing in a paragraph, in text order. */
  mentionsIn(p: Pick<Paragraph, 'article' | 'id'>): readonly Mention[];
  /** "article#pN" → the paragraph. */
  paragraph(key: string): Paragraph | undefined;
  /** Every non-empty timeline slice, per facet. */
  slices: Record<Facet, Slice[]>;
  /** The entries of one slice (empty when there are none). */
  slice(facet: Facet, id: string): readonly ResolvedEvent[];
}

export function buildCorpusIndex(corpus: Pick<Corpus, 'articles' | 'events' | 'themes' | 'actors'>): CorpusIndex {
  const mentions = new Map<string, Mention[]>();
  const paragraphs = new Map<string, Paragraph>();
  for (const a of corpus.articles) {
    for (const p of a.paragraphs) paragraphs.set(paragraphKey(p), p);
    for (const m of a.mentions) {
      const key = paragraphKey(m);
      const list = mentions.get(key);
      if (list) list.push(m);
      else mentions.set(key, [m]);
    }
  }
  const slices = timelineSlices(corpus);
  const sliceMaps = Object.fromEntries(Object.entries(slices).map(([facet, list]) => [facet, new Map(list.map((s) => [s.id, s.events]))])) as Record<Facet, Map<string, ResolvedEvent[]>>;
  return {
    mentionsIn: (p) => mentions.get(paragraphKey(p)) ?? [],
    paragraph: (key) => paragraphs.get(key),
    slices,
    slice: (facet, id) => sliceMaps[facet].get(id) ?? [],
  };
}
