/**
 * Stage 2: every cross-reference between files, checked once: duplicate ids, unknown theme /
 * actor / article ids, aliases claimed twice, missing capture files.
 */
import path from 'node:path';
import type { CorpusSources, Origin } from './sources.ts';
import type { ProblemList } from './problems.ts';
import { displayPath } from './read-files.ts';
import { didYouMean } from '../shared/suggest.ts';

type Path = (string | number)[];

/** "[3].sources[0].article" for the path [3, 'sources', 0, 'article']. */
export const fieldLabel = (path: Path) =>
  path.map((k, i) => (typeof k === 'number' ? `[${k}]` : i === 0 ? k : `.${k}`)).join('');

export function crossCheck(src: CorpusSources, problems: ProblemList): void {
  const known = {
    theme: new Set(src.themes.map((t) => t.data.id)),
    actor: new Set(src.actors.map((a) => a.data.id)),
    article: new Set(src.articles.map((a) => a.id)),
    event: new Set(src.events.map((e) => e.data.id)),
  };
  const registry = {
    theme: displayPath(path.join(src.dir, 'themes.yaml')),
    actor: displayPath(path.join(src.dir, 'actors.yaml')),
    article: `${displayPath(path.join(src.dir, 'articles'))}/`,
    event: `${displayPath(path.join(src.dir, 'events'))}/`,
  };

  const ref = (kind: keyof typeof known, id: string, origin: Origin, path: Path) => {
    if (known[kind].has(id) || src.brokenIds[kind].has(id)) return;
    // A registry that could not be read has had its own error: do not repeat it for every reference.
    if (kind !== 'event' && src.unreadable.has(kind)) return;
    problems.error(origin.file, fieldLabel(path), `unknown ${kind} id "${id}"${didYouMean(id, known[kind])}`, `an id defined in ${registry[kind]}`, origin.lineOf(path));
  };
  const refs = (kind: keyof typeof known, ids: readonly string[], origin: Origin, path: Path) =>
    ids.forEach((id, k) => ref(kind, id, origin, [...path, k]));

  for (const [kind, items] of [['theme', src.themes], ['actor', src.actors], ['event', src.events], ['perspective', src.perspectives]] as const) {
    const seen = new Map<string, { file: string; line: number | undefined }>();
    for (const item of items) {
      const first = seen.get(item.data.id);
      const line = item.origin.lineOf([item.index, 'id']);
      if (first)
        problems.error(item.origin.file, fieldLabel([item.index, 'id']), `duplicate ${kind} id "${item.data.id}" (first defined in ${first.file}${first.line ? `:${first.line}` : ''})`, `each ${kind} id to be used once`, line);
      else seen.set(item.data.id, { file: item.origin.file, line });
    }
  }

  for (const t of src.themes) refs('actor', t.data.actors, t.origin, [t.index, 'actors']);
  for (const a of src.actors) refs('actor', a.data.affiliations, a.origin, [a.index, 'affiliations']);

  // A spelling may point to one actor only: otherwise a mention could not be attributed.
  const aliasOwner = new Map<string, string>();
  for (const a of src.actors) {
    [a.data.name, ...a.data.aliases].forEach((alias, k) => {
      const owner = aliasOwner.get(alias);
      const path: Path = k === 0 ? [a.index, 'name'] : [a.index, 'aliases', k - 1];
      if (owner && owner !== a.data.id)
        problems.error(a.origin.file, fieldLabel(path), `alias "${alias}" is claimed by both "${owner}" and "${a.data.id}"`, 'each spelling to belong to one actor', a.origin.lineOf(path));
      else aliasOwner.set(alias, a.data.id);
    });
  }

  const sourcesDir = `${displayPath(path.join(src.dir, 'sources'))}/`;
  for (const art of src.articles) {
    refs('theme', art.data.themes, art.origin, ['themes']);
    if (!src.captures.has(art.data.capture))
      problems.error(art.origin.file, 'capture', `capture file "${art.data.capture}" not found in ${sourcesDir}${didYouMean(art.data.capture, src.captures)}`, 'the raw capture this text comes from, kept in sources/', art.origin.lineOf(['capture']));
  }

  for (const ev of src.events) {
    const i = ev.index;
    refs('actor', ev.data.actors, ev.origin, [i, 'actors']);
    refs('actor', ev.data.places, ev.origin, [i, 'places']);
    refs('theme', ev.data.themes, ev.origin, [i, 'themes']);
    ev.data.sources.forEach((s, k) => ref('article', s.article, ev.origin, [i, 'sources', k, 'article']));
    ev.data.claims.forEach((c, k) =>
      c.values.forEach((v, j) => ref('article', v.article, ev.origin, [i, 'claims', k, 'values', j, 'article'])),
    );
  }
  crossCheckPerspectives(src, problems, ref);
}

/**
 * A perspective's references, and the rule that makes it a disagreement: an "internal" one
 * quotes one article only; any other kind quotes at least two.
 */
export function crossCheckPerspectives(src: CorpusSources, problems: ProblemList, ref: (kind: 'theme' | 'actor' | 'article' | 'event', id: string, origin: Origin, path: Path) => void): void {
  for (const p of src.perspectives) {
    const i = p.index;
    p.data.themes.forEach((id, k) => ref('theme', id, p.origin, [i, 'themes', k]));
    p.data.actors.forEach((id, k) => ref('actor', id, p.origin, [i, 'actors', k]));
    p.data.events.forEach((id, k) => ref('event', id, p.origin, [i, 'events', k]));
    p.data.positions.forEach((pos, k) => ref('article', pos.article, p.origin, [i, 'positions', k, 'article']));
    const articles = new Set(p.data.positions.map((pos) => pos.article));
    const at: Path = [i, 'kind'];
    if (p.data.kind === 'internal' && articles.size > 1)
      problems.error(p.origin.file, fieldLabel(at), `is "internal" but the positions quote ${articles.size} articles (${[...articles].join(', ')})`, 'every position of an internal tension from one article, or another kind (factual, framing, interpretive)', p.origin.lineOf(at));
    if (p.data.kind !== 'internal' && articles.size < 2)
      problems.error(p.origin.file, fieldLabel(at), `is "${p.data.kind}" but every position quotes the same article "${[...articles][0]}"`, 'positions from at least two articles, or kind "internal" for a tension inside one article', p.origin.lineOf(at));
  }
}
