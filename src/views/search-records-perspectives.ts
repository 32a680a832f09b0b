/**
 * Search records of kind `perspective`: one per question the articles disagree on, with the
 * same facets as the other kinds (theme, actor, outlet, year of the articles quoted). Its text
 * is the question, the editors' labels and note, and the quoted passages, so a search for the
 * articles' words also finds where they disagree. Pure: the model in, records out.
 */
import type { Corpus, ResolvedPerspective } from '../corpus/model.ts';
import { paths, withBase } from '../shared/paths.ts';
import { aliasMeta, type SearchRecord } from './search-meta.ts';

const uniq = <T>(xs: Iterable<T>): T[] => [...new Set(xs)];

function perspectiveRecord(corpus: Corpus, p: ResolvedPerspective): SearchRecord {
  const text = [
    ...p.positions.map((pos) => [pos.label, ...pos.quotes.map((q) => q.exact)].join('\n')),
    p.note,
  ]
    .filter(Boolean)
    .join('\n\n');
  const articles = uniq(p.positions.map((pos) => pos.article)).flatMap((id) => corpus.articleById.get(id) ?? []);
  const aliases = aliasMeta(`${p.question}\n${text}`, p.actors, corpus.actorById);
  return {
    url: withBase(corpus.base, paths.perspective(p.id)),
    content: text,
    language: 'en',
    meta: aliases ? { title: p.question, aliases } : { title: p.question },
    filters: {
      kind: ['perspective'],
      theme: [...p.themes],
      actor: [...p.actors],
      outlet: uniq(articles.map((a) => a.data.outlet.name)),
      year: uniq(articles.map((a) => a.published.earliest.slice(0, 4).replace(/^0+(?=\d)/, ''))),
    },
    sort: {},
  };
}

/** One record per perspective, in the model's order (by id). */
export function perspectiveRecords(corpus: Corpus): SearchRecord[] {
  return corpus.perspectives.map((p) => perspectiveRecord(corpus, p));
}
