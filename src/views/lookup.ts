/**
 * Names for ids, built once per model: what components need to label a link without reading
 * the model themselves (they receive a `Lookup` as a prop).
 */
import type { Article, Corpus } from '../corpus/model.ts';

export interface Lookup {
  /** Theme id → label (the id itself when unknown). */
  themeLabel(id: string): string;
  /** Actor id → name (the id itself when unknown). */
  actorName(id: string): string;
  /** Article id → the article; undefined when unknown. */
  article(id: string): Article | undefined;
  /** Article id → title (the id itself when unknown). */
  articleTitle(id: string): string;
}

export function buildLookup(corpus: Pick<Corpus, 'themeById' | 'actorById' | 'articleById'>): Lookup {
  return {
    themeLabel: (id) => corpus.themeById.get(id)?.label ?? id,
    actorName: (id) => corpus.actorById.get(id)?.name ?? id,
    article: (id) => corpus.articleById.get(id),
    articleTitle: (id) => corpus.articleById.get(id)?.data.title ?? id,
  };
}
