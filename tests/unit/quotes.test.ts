/**
 * Quote resolution: a timeline source's quote is found in exactly one paragraph, with the
 * passage recovered exactly as the article prints it; missing and ambiguous quotes are
 * reported (and stop the build with file and line); text fragments are encoded so the
 * browser can highlight the passage.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findQuote, normalizeText, textFragment } from '../../src/shared/quotes.ts';
import { checkCorpus, loadCorpus } from '../../src/corpus/load.ts';

const paragraphs = [
  { id: 'p1', text: 'Peskov said that “work will continue” after the ceasefire.' },
  { id: 'p2', text: 'The  statement\nof 9 November 2020 was\u00a0signed by the leaders.' },
  { id: 'p3', text: 'Russia‘s role: the ceasefire held for a day, then the ceasefire broke.' },
];

describe('findQuote', () => {
  it('finds a quote typed with straight quotes and recovers the curly original', () => {
    expect(findQuote('said that "work will continue" after', paragraphs)).toEqual([
      { paragraph: 'p1', exact: 'said that “work will continue” after' },
    ]);
  });

  it('matches across whitespace runs, line breaks and no-break spaces, keeping them in the exact text', () => {
    expect(findQuote('The statement of 9 November 2020 was signed', paragraphs)).toEqual([
      { paragraph: 'p2', exact: 'The  statement\nof 9 November 2020 was\u00a0signed' },
    ]);
  });

  it('normalises single curly quotes too', () => {
    expect(findQuote("Russia's role", paragraphs)).toEqual([{ paragraph: 'p3', exact: 'Russia‘s role' }]);
  });

  it('returns no hit for a missing quote, and for a near miss (everything else is exact)', () => {
    expect(findQuote('work will resume', paragraphs)).toEqual([]);
    expect(findQuote('peskov said', paragraphs)).toEqual([]);
    expect(findQuote('   ', paragraphs)).toEqual([]);
  });

  it('returns every hit of an ambiguous quote, so the caller can count them', () => {
    const hits = findQuote('the ceasefire', paragraphs);
    expect(hits.map((h) => h.paragraph)).toEqual(['p1', 'p3', 'p3']);
    expect(findQuote('the ceasefire broke', paragraphs)).toEqual([{ paragraph: 'p3', exact: 'the ceasefire broke' }]);
    // Case is not normalised: "The ceasefire" occurs nowhere.
    expect(findQuote('The ceasefire', paragraphs)).toEqual([]);
  });

  it('normalizeText collapses whitespace and trims', () => {
    expect(normalizeText('  a \n\t b  ')).toBe('a b');
    expect(normalizeText('«x» „y“')).toBe('"x" "y"');
  });
});

describe('textFragment', () => {
  it('encodes hyphens, commas and ampersands, which are syntax in a text directive', () => {
    expect(textFragment('Kyrgyzstan-Tajikistan border, again & again')).toBe(
      ':~:text=Kyrgyzstan%2DTajikistan%20border%2C%20again%20%26%20again',
    );
  });

  it('keeps short passages whole (up to eight words)', () => {
    expect(textFragment('one two three four five six seven eight')).toBe(
      ':~:text=one%20two%20three%20four%20five%20six%20seven%20eight',
    );
  });

  it('uses the start,end form for long passages: four words each side', () => {
    expect(textFragment('On September 12, Azerbaijani armed forces launched a massive attack in six directions')).toBe(
      ':~:text=On%20September%2012%2C%20Azerbaijani,attack%20in%20six%20directions',
    );
  });

  it('collapses whitespace runs, which the rendered page does not have', () => {
    expect(textFragment('The  statement\nof 9 November')).toBe(':~:text=The%20statement%20of%209%20November');
  });

  it('keeps curly quotes as they are (the page has them)', () => {
    expect(textFragment('“to 11,000”')).toBe(`:~:text=${encodeURIComponent('“to 11')}%2C000${encodeURIComponent('”')}`);
  });
});

describe('quotes in a corpus build', () => {
  const work = mkdtempSync(path.join(tmpdir(), 'quotes-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  /** A copy of the real corpus whose events are replaced by `yaml`. */
  function corpusWith(name: string, yaml: string): string {
    const dir = path.join(work, name);
    cpSync('content', dir, { recursive: true });
    rmSync(path.join(dir, 'events'), { recursive: true });
    // The perspectives link to the real entries, which are gone here.
    rmSync(path.join(dir, 'perspectives'), { recursive: true, force: true });
    mkdirSync(path.join(dir, 'events'));
    writeFileSync(path.join(dir, 'events', 'test.yaml'), yaml);
    return dir;
  }

  const entry = (quote: string) => `# test
- id: test-entry
  date: '2020-10-10'
  title: Test
  summary: Test entry.
  kind: event
  sources:
    - article: kirillova-karabakh-ceasefire-holding-tactic
      quote: '${quote}'
`;

  it('resolves a found quote to its paragraph, with a text fragment in the path', () => {
    const { corpus, problems } = checkCorpus({ dir: corpusWith('found', entry('Since the declaration of a humanitarian ceasefire in Nagorno-Karabakh on 10 October')), base: '/' });
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    const source = corpus!.eventById.get('test-entry')!.sources[0]!;
    const article = corpus!.articleById.get('kirillova-karabakh-ceasefire-holding-tactic')!;
    expect(article.paragraphs.find((p) => p.id === source.paragraph)!.text).toContain(source.exact);
    expect(source.path).toBe(`/articles/kirillova-karabakh-ceasefire-holding-tactic/#${source.paragraph}${textFragment(source.exact)}`);
  });

  it('stops on a missing quote with its file and line', () => {
    const { corpus, problems } = checkCorpus({ dir: corpusWith('missing', entry('a sentence that is in no article at all')), base: '/' });
    expect(corpus).toBeUndefined();
    const errors = problems.filter((p) => p.severity === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ file: expect.stringMatching(/events[\\/]test\.yaml$/), line: 9 });
    expect(errors[0]!.message).toMatch(/quote not found in article "kirillova-karabakh-ceasefire-holding-tactic"/);
  });

  it('stops on an ambiguous quote and says how many times it occurs', () => {
    const body = loadCorpus().articleById.get('kirillova-karabakh-ceasefire-holding-tactic')!.paragraphs;
    const times = body.reduce((n, p) => n + p.text.split('the ceasefire').length - 1, 0);
    expect(times).toBeGreaterThan(1);
    const { corpus, problems } = checkCorpus({ dir: corpusWith('ambiguous', entry('the ceasefire')), base: '/' });
    expect(corpus).toBeUndefined();
    const errors = problems.filter((p) => p.severity === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ file: expect.stringMatching(/events[\\/]test\.yaml$/), line: 9 });
    expect(errors[0]!.message).toBe(`quote ambiguous: found ${times} times in article "kirillova-karabakh-ceasefire-holding-tactic"`);
  });
});
