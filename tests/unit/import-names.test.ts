/**
 * The names report (`npm run validate -- --names`, src/corpus/names.ts): capitalised names and
 * acronyms in the bodies that no actor alias matches and the ignore list does not hold.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { runNamesReport } from '../../src/cli/validate.ts';
import { loadCorpus } from '../../src/corpus/load.ts';
import { formatNamesReport, missingNames, readIgnoredNames, staleIgnores, type NamesInput } from '../../src/corpus/names.ts';
import { ProblemList } from '../../src/corpus/problems.ts';
import type { Actor } from '../../src/schemas/actor.ts';

const CONTENT = fileURLToPath(new URL('../../content/', import.meta.url));

/** The parts of a model the names report reads. */
function miniCorpus(actors: (Pick<Actor, 'id' | 'name'> & Partial<Actor>)[], bodies: Record<string, string[]>): NamesInput {
  return {
    themes: [],
    actors: actors.map((a) => ({ aliases: [], affiliations: [], kind: 'state', description: 'x', ...a })),
    articles: Object.entries(bodies).map(([id, paragraphs]) => ({ id, paragraphs: paragraphs.map((text) => ({ text })) })),
  };
}

describe('missing names on a small corpus', () => {
  const corpus = miniCorpus(
    [{ id: 'russia', name: 'Russia', aliases: ['Russian Federation'] }, { id: 'csto', name: 'Collective Security Treaty Organization', aliases: ['CSTO'] }],
    {
      one: [
        'The Russian Federation asked the CSTO and NATO for help on 3 September. The talks in Ulaanbaatar failed.',
        'Meanwhile the Armenian Prime Minister met Jane Roe and the Open Society Foundations in Ulaanbaatar.',
      ],
      two: ['Then NATO answered. Thus the matter rested, said Jane Roe.'],
    },
  );

  it('lists names and acronyms no alias matches, with counts and articles, skipping sentence-initial common words and dates', () => {
    const found = missingNames(corpus, [{ name: 'Armenian', reason: 'demonym' }, { name: 'Prime Minister', reason: 'office' }]);
    expect(found.map(({ name, count, articles, acronym }) => ({ name, count, articles, acronym }))).toEqual([
      { name: 'Jane Roe', count: 2, articles: ['one', 'two'], acronym: false },
      { name: 'NATO', count: 2, articles: ['one', 'two'], acronym: true },
      { name: 'Ulaanbaatar', count: 2, articles: ['one'], acronym: false },
      { name: 'Open Society Foundations', count: 1, articles: ['one'], acronym: false },
    ]);
    expect(found.find((f) => f.name === 'Open Society Foundations')!.example).toMatch(/^Meanwhile the Armenian Prime Minister met/);
  });

  it('without the ignore list, a demonym and an office stand as candidates', () => {
    expect(missingNames(corpus, []).map((f) => f.name)).toContain('Armenian Prime Minister');
  });

  it('says which ignore entries are stale, and drafts registry entries', () => {
    const stale = staleIgnores(corpus, [{ name: 'CSTO', reason: 'x' }, { name: 'Zanzibar', reason: 'x' }, { name: 'Armenian', reason: 'demonym' }]);
    expect(stale).toEqual([
      { name: 'CSTO', why: 'an actor alias matches it now' },
      { name: 'Zanzibar', why: 'occurs in no article body' },
    ]);
    const report = formatNamesReport(missingNames(corpus, []), stale, 'names-ignore.yaml');
    expect(report).toContain('- id: open-society-foundations\n  name: "Open Society Foundations"\n  kind: "TODO:');
    expect(report).toMatch(/NATO {2}×2 {2}in one, two/);
  });
});

describe('the corpus', () => {
  const corpus = loadCorpus({ dir: CONTENT });
  const problems = new ProblemList();
  const ignored = readIgnoredNames(CONTENT, problems);

  it('has a valid ignore list, every entry with a reason and still needed', () => {
    expect(problems.items).toEqual([]);
    expect(ignored.length).toBeGreaterThan(0);
    expect(staleIgnores(corpus, ignored)).toEqual([]);
  });

  it('names no one the registry is missing: every name is an actor alias or on the ignore list', () => {
    expect(missingNames(corpus, ignored).map((c) => `${c.name} (${c.articles.join(', ')})`)).toEqual([]);
  });

  it('validate --names prints the report', () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    expect(runNamesReport(corpus, CONTENT)).toBe(0);
    expect(String(log.mock.calls[0]![0])).toMatch(/^names: 0 capitalised name\(s\) or acronym\(s\) in the article bodies match no actor alias/);
    log.mockRestore();
  });
});
