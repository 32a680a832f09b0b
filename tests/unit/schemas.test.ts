/** Each schema accepts a valid record and rejects each kind of invalid one, with a message that says what was expected. */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { articleSchema } from '../../src/schemas/article.ts';
import { themeSchema } from '../../src/schemas/theme.ts';
import { actorSchema } from '../../src/schemas/actor.ts';
import { eventSchema } from '../../src/schemas/event.ts';

const article = {
  title: 'A title',
  authors: [],
  outlet: { name: 'An Outlet', url: 'https://example.org/' },
  published: { date: '2021-01-09', basis: 'from-original-address', evidence: 'the address has /2021/01/09/' },
  language: 'en',
  summary: 'One neutral sentence.',
  themes: ['karabakh'],
  capture: '000_x.txt',
  rights: { holder: 'An Outlet', notice: 'Reproduced for research.' },
};
const theme = { id: 'csto', label: 'CSTO', description: 'The alliance.', terms: ['CSTO'] };
const actor = { id: 'nikol-pashinyan', name: 'Nikol Pashinyan', kind: 'person', aliases: ['Nikola Pashinyan'], description: 'Prime Minister of Armenia.' };
const event = {
  id: '2020-11-trilateral-statement',
  date: '2020-11-09/2020-11-10',
  title: 'Trilateral statement',
  summary: 'Russia, Armenia and Azerbaijan sign a statement.',
  kind: 'agreement',
  sources: [{ article: 'dubnov-post-soviet-space-2-0', quote: 'the November 10 declaration' }],
};

/** The first issue of a failed parse, as "path: message". */
function firstIssue(schema: z.ZodType, value: unknown): string {
  const result = schema.safeParse(value);
  if (result.success) return 'accepted';
  const issue = result.error.issues[0]!;
  return `${issue.path.join('.')}: ${issue.message}`;
}

const omit = <T extends object>(o: T, key: keyof T) => Object.fromEntries(Object.entries(o).filter(([k]) => k !== key));

describe('article frontmatter', () => {
  it('accepts a valid record and fills defaults', () => {
    const parsed = articleSchema.parse(article);
    expect(parsed.via).toEqual([]);
    expect(parsed.editorNotes).toEqual([]);
  });
  it.each([
    ['missing title', omit(article, 'title'), /^title: /],
    ['empty title', { ...article, title: '  ' }, /^title: expected non-empty text/],
    ['impossible date', { ...article, published: { ...article.published, date: '2021-02-30' } }, /^published\.date: "2021-02-30" is not a real day: February 2021 has 28 days$/],
    ['unknown basis', { ...article, published: { ...article.published, basis: 'guessed' } }, /^published\.basis: /],
    ['authors as a string', { ...article, authors: 'Someone' }, /^authors: /],
    ['no themes', { ...article, themes: [] }, /^themes: expected at least one theme id/],
    ['theme id not a slug', { ...article, themes: ['Karabakh'] }, /^themes\.0: expected a lowercase slug/],
    ['missing rights', omit(article, 'rights'), /^rights: /],
    ['javascript: original', { ...article, originalUrl: 'javascript:alert(1)' }, /^originalUrl: expected an absolute http\(s\) URL/],
    ['capture with a path', { ...article, capture: '../secret.txt' }, /^capture: expected a file name in content\/sources\//],
    ['misspelt field', { ...article, titel: 'x' }, /unrecognized key|Unrecognized key/i],
    ['bad time', { ...article, published: { ...article.published, time: '2pm' } }, /^published\.time: expected a time as HH:MM/],
  ])('rejects %s', (_name, value, message) => {
    expect(firstIssue(articleSchema, value)).toMatch(message);
  });
});

describe('theme', () => {
  it('accepts a valid theme', () => expect(themeSchema.parse(theme).actors).toEqual([]));
  it.each([
    ['no terms', { ...theme, terms: [] }, /^terms: expected at least one term/],
    ['bad id', { ...theme, id: 'CSTO' }, /^id: expected a lowercase slug/],
    ['missing description', omit(theme, 'description'), /^description: /],
  ])('rejects %s', (_n, value, message) => expect(firstIssue(themeSchema, value)).toMatch(message));
});

describe('actor', () => {
  it('accepts a valid actor', () => expect(actorSchema.parse(actor).affiliations).toEqual([]));
  it.each([
    ['unknown kind', { ...actor, kind: 'country' }, /^kind: /],
    ['Wikidata id without Q', { ...actor, wikidata: '7747' }, /^wikidata: expected a Wikidata id/],
    ['empty alias', { ...actor, aliases: [''] }, /^aliases\.0: expected non-empty text/],
  ])('rejects %s', (_n, value, message) => expect(firstIssue(actorSchema, value)).toMatch(message));
});

describe('timeline event', () => {
  it('accepts a valid entry', () => expect(eventSchema.parse(event).claims).toEqual([]));
  it.each([
    ['no sources', { ...event, sources: [] }, /^sources: expected at least one source/],
    ['reversed interval', { ...event, date: '1994/1992' }, /^date: the interval "1994\/1992" ends before it starts$/],
    ['month 13', { ...event, date: '2022-13' }, /^date: "2022-13" has no month 13/],
    ['unknown kind', { ...event, kind: 'rumour' }, /^kind: /],
    ['a claim with one value', { ...event, claims: [{ about: 'toll', values: [{ value: '1', article: 'a', quote: 'q' }] }] }, /^claims\.0\.values: expected at least two values/],
    ['source without quote', { ...event, sources: [{ article: 'a' }] }, /^sources\.0\.quote: /],
  ])('rejects %s', (_n, value, message) => expect(firstIssue(eventSchema, value)).toMatch(message));
});
