/**
 * The counts behind the theme and actor pages (src/views/stats.ts) and the marked text in
 * context (src/views/context.ts): first on small literal tables where every number can be
 * worked out by hand, then against the real corpus, where the derived counts must agree with
 * the model the build made.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import {
  actorsByKind,
  actorsInPassages,
  affiliatedWith,
  coMentions,
  eventsForActor,
  eventsForTheme,
  groupByArticle,
  groupPageNumbers,
  MENTION_BUDGET,
  PASSAGE_BUDGET,
  pageGroups,
  spellingCounts,
  themeArticleCounts,
  themePassagePages,
  themeTotals,
} from '../../src/views/stats.ts';
import { mentionSentences, segments, themeRanges } from '../../src/views/context.ts';
import { registryMatchers } from '../../src/corpus/registry-matchers.ts';
import { loadCorpus } from '../../src/corpus/load.ts';
import type { Corpus, Mention } from '../../src/corpus/model.ts';
import type { Actor } from '../../src/schemas/actor.ts';

// ---------------------------------------------------------------- small literal tables

const para = (article: string, id: string, themes: string[] = [], actors: string[] = []) => ({
  article,
  id,
  themes: themes.map((theme) => ({ theme, reasons: [], ranges: [] })),
  actors,
});
/** A mention at `start` in a paragraph whose sentence begins at `sentenceStart`. */
const mention = (actor: string, article: string, paragraph: string, text = actor, sentence = '', start = sentence.indexOf(text), sentenceStart = 0): Mention => ({
  actor,
  article,
  paragraph,
  text,
  start: sentenceStart + start,
  end: sentenceStart + start + text.length,
  sentence,
  sentenceStart,
});
const actor = (id: string, kind: Actor['kind'], name = id, extra: Partial<Actor> = {}): Actor => ({ id, name, kind, aliases: [], description: 'x', affiliations: [], ...extra });

const THEMES = [{ id: 'karabakh' }, { id: 'csto' }, { id: 'unused' }];
const ARTICLES = [
  { id: 'a1', paragraphs: [para('a1', 'p1', ['karabakh']), para('a1', 'p2', ['karabakh', 'csto']), para('a1', 'p3')] },
  { id: 'a2', paragraphs: [para('a2', 'p1', ['csto']), para('a2', 'p2', ['not-in-registry'])] },
];

describe('theme × article counts', () => {
  it('counts tagged paragraphs per theme and article, with every cell present', () => {
    const m = themeArticleCounts(THEMES, ARTICLES);
    expect([...m.keys()]).toEqual(['karabakh', 'csto', 'unused']);
    expect(Object.fromEntries(m.get('karabakh')!)).toEqual({ a1: 2, a2: 0 });
    expect(Object.fromEntries(m.get('csto')!)).toEqual({ a1: 1, a2: 1 });
    expect(Object.fromEntries(m.get('unused')!)).toEqual({ a1: 0, a2: 0 });
  });

  it('totals passages and articles per theme, in registry order', () => {
    expect(themeTotals(THEMES, ARTICLES)).toEqual([
      { theme: 'karabakh', passages: 2, articles: 1 },
      { theme: 'csto', passages: 2, articles: 2 },
      { theme: 'unused', passages: 0, articles: 0 },
    ]);
  });
});

describe('grouping by article', () => {
  it('keeps the given article order and the paragraphs’ own order', () => {
    const ps = [para('old', 'p2'), para('new', 'p1'), para('old', 'p5'), para('unlisted', 'p1')];
    const groups = groupByArticle(ps, ['new', 'old', 'empty']);
    expect(groups.map((g) => [g.article, g.items.map((p) => p.id)])).toEqual([
      ['new', ['p1']],
      ['old', ['p2', 'p5']],
      // An article missing from the order still shows, after the listed ones.
      ['unlisted', ['p1']],
    ]);
  });
});

describe('paging article groups', () => {
  /** A group of `n` items for article `id`. */
  const g = (id: string, n: number) => ({ article: id, items: Array.from({ length: n }, (_, i) => i) });
  const layout = (pages: { article: string }[][]) => pages.map((p) => p.map((x) => x.article));

  it('puts everything on one page while it fits, and an empty list on one empty page', () => {
    expect(layout(pageGroups([g('a', 3), g('b', 4), g('c', 3)], { items: 10, groups: 3 }))).toEqual([['a', 'b', 'c']]);
    expect(pageGroups([], { items: 10, groups: 3 })).toEqual([[]]);
  });

  it('breaks before the group that would pass the item budget (exactly the budget still fits)', () => {
    // 3 + 4 + 3 = 10 fits; the 11th item starts page 2.
    expect(layout(pageGroups([g('a', 3), g('b', 4), g('c', 3), g('d', 1)], { items: 10, groups: 9 }))).toEqual([['a', 'b', 'c'], ['d']]);
    expect(layout(pageGroups([g('a', 3), g('b', 4), g('c', 4)], { items: 10, groups: 9 }))).toEqual([['a', 'b'], ['c']]);
  });

  it('breaks before the group that would pass the group budget', () => {
    const groups = ['a', 'b', 'c', 'd', 'e'].map((id) => g(id, 1));
    expect(layout(pageGroups(groups, { items: 100, groups: 2 }))).toEqual([['a', 'b'], ['c', 'd'], ['e']]);
  });

  it('never splits an article: one larger than the budget gets a page of its own', () => {
    const pages = pageGroups([g('a', 2), g('big', 25), g('b', 2), g('c', 2)], { items: 10, groups: 9 });
    expect(layout(pages)).toEqual([['a'], ['big'], ['b', 'c']]);
    expect(pages[1]![0]!.items).toHaveLength(25);
    // A big article first does not leave an empty page in front of it.
    expect(layout(pageGroups([g('big', 25), g('a', 2)], { items: 10, groups: 9 }))).toEqual([['big'], ['a']]);
  });

  it('keeps every group once, in order', () => {
    const groups = Array.from({ length: 40 }, (_, i) => g(`a${i}`, (i * 7) % 13));
    const pages = pageGroups(groups, PASSAGE_BUDGET);
    expect(pages.flat()).toEqual(groups);
    for (const page of pages) {
      expect(page.length).toBeLessThanOrEqual(PASSAGE_BUDGET.groups);
      if (page.length > 1) expect(page.reduce((n, x) => n + x.items.length, 0)).toBeLessThanOrEqual(PASSAGE_BUDGET.items);
    }
  });

  it('numbers the page of each article as the pages lay them out', () => {
    const groups = [g('a', 6), g('b', 6), g('c', 6), g('d', 1)];
    const budget = { items: 12, groups: 9 };
    const numbers = groupPageNumbers(groups, budget);
    expect(Object.fromEntries(numbers)).toEqual({ a: 1, b: 1, c: 2, d: 2 });
    pageGroups(groups, budget).forEach((page, i) => page.forEach((x) => expect(numbers.get(x.article)).toBe(i + 1)));
  });

  it('finds each theme’s articles on their pages', () => {
    const passages = new Map([
      ['karabakh', [para('new', 'p1'), para('new', 'p2'), para('old', 'p1')]],
      ['csto', [para('old', 'p3')]],
    ]);
    const pages = themePassagePages(THEMES, passages, ['new', 'old'], { items: 2, groups: 9 });
    expect(Object.fromEntries(pages.get('karabakh')!)).toEqual({ new: 1, old: 2 });
    expect(Object.fromEntries(pages.get('csto')!)).toEqual({ old: 1 });
    expect(pages.get('unused')!.size).toBe(0);
  });
});

describe('actors in a set of passages', () => {
  const passages = [para('a1', 'p1', [], ['russia', 'armenia']), para('a1', 'p2', [], ['russia']), para('a2', 'p1', [], ['armenia'])];
  const mentions = [
    mention('russia', 'a1', 'p1'),
    mention('russia', 'a1', 'p1'),
    mention('armenia', 'a1', 'p1'),
    mention('russia', 'a1', 'p2'),
    mention('armenia', 'a2', 'p1'),
    // Outside the passages: not counted.
    mention('russia', 'a2', 'p9'),
    mention('turkey', 'a2', 'p9'),
  ];
  it('counts passages and mentions, most passages first', () => {
    expect(actorsInPassages(passages, mentions)).toEqual([
      { actor: 'russia', passages: 2, mentions: 3 },
      { actor: 'armenia', passages: 2, mentions: 2 },
    ]);
  });
  it('breaks ties by id so the order never changes between builds', () => {
    const tied = [para('a', 'p1', [], ['b', 'a', 'c'])];
    expect(actorsInPassages(tied, []).map((c) => c.actor)).toEqual(['a', 'b', 'c']);
  });
});

describe('co-mentions', () => {
  it('counts the paragraphs an actor shares with each other actor, leaving itself out', () => {
    const ps = [{ actors: ['russia', 'armenia', 'azerbaijan'] }, { actors: ['russia', 'armenia'] }, { actors: ['armenia', 'turkey'] }, { actors: ['russia', 'russia'] }];
    expect(coMentions('russia', ps)).toEqual([
      { actor: 'armenia', paragraphs: 2 },
      { actor: 'azerbaijan', paragraphs: 1 },
    ]);
    expect(coMentions('armenia', ps)).toEqual([
      { actor: 'russia', paragraphs: 2 },
      { actor: 'azerbaijan', paragraphs: 1 },
      { actor: 'turkey', paragraphs: 1 },
    ]);
    expect(coMentions('nobody', ps)).toEqual([]);
  });
});

describe('spellings', () => {
  it('counts each spelling, keeps unused aliases at 0 and reads a line break as a space', () => {
    const a = { name: 'Nagorno-Karabakh', aliases: ['Karabakh', 'Qarabagh', 'Artsakh'] };
    const ms = [{ text: 'Karabakh' }, { text: 'Qarabagh' }, { text: 'Karabakh' }, { text: 'Nagorno-\nKarabakh' }];
    expect(spellingCounts(a, ms)).toEqual([
      { spelling: 'Nagorno-Karabakh', count: 0, isName: true },
      { spelling: 'Karabakh', count: 2, isName: false },
      { spelling: 'Qarabagh', count: 1, isName: false },
      { spelling: 'Artsakh', count: 0, isName: false },
      // Not a listed spelling (the hyphen is not whitespace): shown, so nothing is hidden.
      { spelling: 'Nagorno- Karabakh', count: 1, isName: false },
    ]);
  });
});

describe('actors by kind', () => {
  const actors = [actor('moscow', 'place', 'Moscow'), actor('russia', 'state', 'Russia'), actor('armenia', 'state', 'Armenia'), actor('putin', 'person', 'Vladimir Putin')];
  const byActor = new Map([
    ['russia', [mention('russia', 'a1', 'p1'), mention('russia', 'a2', 'p1'), mention('russia', 'a2', 'p4')]],
    ['moscow', [mention('moscow', 'a1', 'p1')]],
  ]);
  it('groups in the schema’s order of kinds, sorts by name, keeps actors never mentioned', () => {
    const groups = actorsByKind(actors, byActor);
    expect(groups.map((g) => g.kind)).toEqual(['person', 'state', 'place']);
    expect(groups[1]!.actors.map((e) => [e.actor.id, e.mentions, e.articles])).toEqual([
      ['armenia', 0, 0],
      ['russia', 3, 2],
    ]);
    expect(groups[0]!.actors.map((e) => [e.actor.id, e.mentions])).toEqual([['putin', 0]]);
  });
});

describe('timeline slices and affiliations', () => {
  const events = [
    { id: 'e1', themes: ['karabakh'], actors: ['russia'], places: [] },
    { id: 'e2', themes: ['csto'], actors: [], places: ['moscow'] },
    { id: 'e3', themes: ['karabakh', 'csto'], actors: ['armenia'], places: ['russia'] },
  ];
  it('takes the events of a theme, in the order given', () => {
    expect(eventsForTheme(events, 'karabakh').map((e) => e.id)).toEqual(['e1', 'e3']);
    expect(eventsForTheme(events, 'georgia')).toEqual([]);
  });
  it('takes the events an actor takes part in or that happen in it', () => {
    expect(eventsForActor(events, 'russia').map((e) => e.id)).toEqual(['e1', 'e3']);
    expect(eventsForActor(events, 'moscow').map((e) => e.id)).toEqual(['e2']);
  });
  it('finds the actors that belong to one, by name', () => {
    const actors = [actor('putin', 'person', 'Vladimir Putin', { affiliations: ['russia', 'kremlin'] }), actor('moscow', 'place', 'Moscow', { affiliations: ['russia'] }), actor('baku', 'place', 'Baku', { affiliations: ['azerbaijan'] })];
    expect(affiliatedWith(actors, 'russia').map((a) => a.id)).toEqual(['moscow', 'putin']);
  });
});

describe('marked text', () => {
  it('cuts text into runs, merging overlapping and touching ranges', () => {
    expect(segments('abcdefghij', [{ start: 5, end: 7 }, { start: 1, end: 3 }, { start: 2, end: 4 }, { start: 7, end: 8 }])).toEqual([
      { text: 'a', mark: false },
      { text: 'bcd', mark: true },
      { text: 'e', mark: false },
      { text: 'fgh', mark: true },
      { text: 'ij', mark: false },
    ]);
    expect(segments('abc', [])).toEqual([{ text: 'abc', mark: false }]);
    expect(segments('abc', [{ start: 0, end: 3 }])).toEqual([{ text: 'abc', mark: true }]);
  });

  it('marks every mention of the actor in its sentence, from the offsets the build recorded', () => {
    const s = 'Russia sent troops to Nagorno-Karabakh; Karabakh waits.';
    const ms = [mention('nk', 'a', 'p1', 'Nagorno-Karabakh', s, 22, 10), mention('nk', 'a', 'p1', 'Karabakh', s, 40, 10), mention('nk', 'a', 'p2', 'Karabakh', 'Karabakh again.')];
    const out = mentionSentences(ms);
    expect(out).toHaveLength(2);
    expect(out[0]!.mentions).toHaveLength(2);
    expect(out[0]!.segments.filter((x) => x.mark).map((x) => x.text)).toEqual(['Nagorno-Karabakh', 'Karabakh']);
    expect(out[1]!.segments).toEqual([{ text: 'Karabakh', mark: true }, { text: ' again.', mark: false }]);
  });

  it('marks a passage’s theme terms and the theme’s actors, as the tagger recorded them', () => {
    const text = 'Russia keeps peacekeepers in Nagorno-Karabakh.';
    const p = {
      themes: [
        { theme: 'karabakh', reasons: [], ranges: [{ start: 29, end: 45 }] },
        { theme: 'peacekeepers', reasons: [], ranges: [{ start: 13, end: 25 }] },
      ],
    };
    const marked = (theme: string) => themeRanges(p, { id: theme }).map((r) => text.slice(r.start, r.end));
    expect(marked('karabakh')).toEqual(['Nagorno-Karabakh']);
    expect(marked('peacekeepers')).toEqual(['peacekeepers']);
    expect(marked('csto')).toEqual([]);
  });
});

// ---------------------------------------------------------------- the real corpus

describe('against the real corpus', () => {
  let corpus: Corpus;
  beforeAll(() => {
    corpus = loadCorpus();
  });

  it('the theme × article table adds up to the passages of each theme', () => {
    const m = themeArticleCounts(corpus.themes, corpus.articles);
    for (const t of corpus.themes) {
      const passages = corpus.passagesByTheme.get(t.id)!;
      const row = m.get(t.id)!;
      expect([...row.values()].reduce((a, b) => a + b, 0)).toBe(passages.length);
      for (const a of corpus.articles) expect(row.get(a.id), `${t.id} × ${a.id}`).toBe(passages.filter((p) => p.article === a.id).length);
    }
    // Every theme of the registry tags something in these five articles.
    expect(themeTotals(corpus.themes, corpus.articles).every((t) => t.passages > 0)).toBe(true);
  });

  it('every actor is listed once under its kind, with the model’s mention count', () => {
    const listed = actorsByKind(corpus.actors, corpus.mentionsByActor).flatMap((g) => g.actors.map((e) => [e.actor.id, e.mentions]));
    expect(listed).toHaveLength(corpus.actors.length);
    expect(new Set(listed.map(([id]) => id)).size).toBe(corpus.actors.length);
    for (const [id, n] of listed) expect(n).toBe(corpus.mentionsByActor.get(id as string)!.length);
  });

  it('every theme tag carries the ranges of the words that gave it, and they match its terms or actors', () => {
    const matchers = registryMatchers(corpus.themes, corpus.actors);
    for (const a of corpus.articles)
      for (const p of a.paragraphs)
        for (const tag of p.themes) {
          expect(tag.ranges.length, `${a.id} ${p.id} ${tag.theme}`).toBeGreaterThan(0);
          const theme = corpus.themeById.get(tag.theme)!;
          const found = [...matchers.terms.find(p.text).filter((m) => m.target.includes(theme.id)), ...matchers.aliases.find(p.text).filter((m) => theme.actors.includes(m.target))];
          // Every recorded range is a term or actor match of the registry at that very place.
          for (const r of tag.ranges) expect(found.some((m) => m.start === r.start && m.end === r.end), `${a.id} ${p.id} ${tag.theme} ${p.text.slice(r.start, r.end)}`).toBe(true);
        }
  });

  it('marks exactly the mentions of each sentence shown on the actor pages', () => {
    let sentences = 0;
    for (const [id, ms] of corpus.mentionsByActor)
      for (const s of mentionSentences(ms)) {
        sentences++;
        expect(s.segments.filter((x) => x.mark).map((x) => x.text), `${id} in ${s.article} ${s.paragraph}`).toEqual(s.mentions.map((m) => m.text));
        expect(s.segments.map((x) => x.text).join('')).toBe(s.sentence);
      }
    expect(sentences).toBeGreaterThan(100);
  });

  it('Nagorno-Karabakh is found under all four spellings in several articles', () => {
    const nk = corpus.actorById.get('nagorno-karabakh')!;
    const ms = corpus.mentionsByActor.get('nagorno-karabakh')!;
    const counts = spellingCounts(nk, ms);
    expect(counts.map((c) => c.spelling)).toEqual(['Nagorno-Karabakh', 'Karabakh', 'Qarabagh', 'Artsakh']);
    expect(counts.every((c) => c.count > 0)).toBe(true);
    expect(counts.reduce((n, c) => n + c.count, 0)).toBe(ms.length);
    expect(new Set(ms.map((m) => m.article)).size).toBeGreaterThanOrEqual(3);
  });

  it('co-mentions are symmetric', () => {
    const paragraphs = corpus.articles.flatMap((a) => a.paragraphs);
    for (const a of ['russia', 'nagorno-karabakh', 'csto'])
      for (const c of coMentions(a, paragraphs)) expect(coMentions(c.actor, paragraphs).find((x) => x.actor === a)?.paragraphs).toBe(c.paragraphs);
  });

  it('today’s five articles fit on the first page of every theme and actor', () => {
    const order = corpus.articles.map((a) => a.id);
    for (const [t, pages] of themePassagePages(corpus.themes, corpus.passagesByTheme, order))
      for (const [article, n] of pages) expect(n, `${t} × ${article}`).toBe(1);
    for (const [id, ms] of corpus.mentionsByActor) expect(pageGroups(groupByArticle(mentionSentences(ms), order), MENTION_BUDGET), id).toHaveLength(1);
  });
});
