/**
 * `npm run import` and its method (src/import/): the pieces on small made-up captures, and the
 * command on a temporary corpus — it copies the capture unchanged, never overwrites, never
 * guesses an author, and leaves placeholders that the validator reports as unfinished.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { runImport } from '../../src/cli/import.ts';
import { checkCorpus, loadCorpus } from '../../src/corpus/load.ts';
import { furnitureCues } from '../../src/import/cues.ts';
import { classify } from '../../src/import/boilerplate.ts';
import { draftArticle, sharedFurniture } from '../../src/import/draft.ts';
import { unitsOf } from '../../src/import/lines.ts';
import { datesIn, explicitByline, isDateLine, looksLikeName, nameNearReportingVerb, sectionSuffix } from '../../src/import/metadata.ts';
import { placeholderPaths } from '../../src/schemas/placeholder.ts';
import { fidelitySchema } from '../../src/schemas/fidelity.ts';
import { fidelityProblems } from '../../src/import/fidelity-check.ts';
import YAML from 'yaml';

const CONTENT = fileURLToPath(new URL('../../content/', import.meta.url));
const temps: string[] = [];
afterAll(() => temps.forEach((d) => rmSync(d, { recursive: true, force: true })));
const tempDir = () => {
  const d = mkdtempSync(path.join(tmpdir(), 'import-test-'));
  temps.push(d);
  return d;
};

const para = (n: number, end = '.') => `Paragraph ${n} of the article makes its argument in running prose with enough words to count${end}`;

/** A made-up page: masthead, title, byline, date, text with a heading, a link line and a split paragraph, then furniture. */
const PAGE = [
  'Home News Opinion',
  'We use cookies to improve your experience. Read our privacy policy.',
  '',
  'A Made-Up Headline About Nothing | World',
  '',
  'By Jane Q. Example',
  '',
  '2021-03-04 09:15',
  '',
  para(1),
  '',
  para(2),
  '',
  'A Section Heading',
  '',
  para(3, ' and then the page ended'),
  '',
  'https://example.org/',
  '',
  'in the middle of a sentence, which carries on here with the rest of its words and ends.',
  '',
  `${para(4)} Readers who support the idea say so in comments elsewhere.`,
  '',
  'Share this article',
  'Subscribe to our newsletter',
  'Related Posts',
  'Another story entirely',
].join('\n');

describe('the method on a made-up page', () => {
  const draft = draftArticle({ capture: PAGE, captureFile: 'page.txt' });

  it('keeps the running text, a heading, and joins the paragraph split at a page break', () => {
    expect(draft.body).toBe(
      [para(1), para(2), '## A Section Heading', `${para(3, ' and then the page ended')} in the middle of a sentence, which carries on here with the rest of its words and ends.`, `${para(4)} Readers who support the idea say so in comments elsewhere.`].join('\n\n') + '\n',
    );
    expect(draft.joined).toEqual([[16, 20]]);
  });

  it('removes navigation, cookie notice, link line, share, subscription and related furniture, saying why', () => {
    const removed = draft.decisions.filter((d) => d.role === 'removed');
    expect(removed.map((d) => d.unit.line)).toEqual([1, 2, 4, 6, 8, 18, 24, 25, 26, 27]);
    expect(removed.find((d) => d.unit.line === 2)!.reason).toMatch(/cookies/);
    expect(removed.find((d) => d.unit.line === 18)!.reason).toMatch(/links/);
    expect(removed.find((d) => d.unit.line === 25)!.reason).toMatch(/subscription/);
  });

  it('finds the title without its section suffix, the byline and the stated date, with their lines', () => {
    expect(draft.found.titles[0]).toMatchObject({ value: 'A Made-Up Headline About Nothing', line: 4 });
    expect(draft.found.bylines).toEqual([expect.objectContaining({ value: 'Jane Q. Example', line: 6 })]);
    expect(draft.found.dates[0]).toMatchObject({ value: '2021-03-04 09:15', line: 8 });
    expect(draft.markdown).toContain('authors: ["Jane Q. Example"]');
    expect(draft.markdown).toContain('  date: "2021-03-04"\n  time: "09:15"\n  basis: stated');
    expect(draft.fidelity.boilerplate).toContain(' | World');
    expect(draft.fidelity.moved.map((m) => m.fields)).toEqual([{ title: 'A Made-Up Headline About Nothing' }, { authors: 'Jane Q. Example' }, { 'published.date': '2021-03-04', 'published.time': '09:15' }]);
  });

  it('leaves summary, themes, rights, outlet and language as placeholders', () => {
    expect(draft.toDecide).toEqual(['outlet', 'language', 'summary', 'themes', 'rights']);
    const frontmatter = draft.markdown.split('---')[1]!;
    expect(frontmatter.match(/"TODO: /g)).toHaveLength(6); // rights has two fields
  });

  it('never takes a name that is not printed as a byline for the author', () => {
    const signed = draftArticle({ capture: `Headline Here\n\n${para(1)}\n\n${para(2)}\n\nJohn Smith\n\nRead: 12`, captureFile: 'x.txt' });
    expect(signed.found.bylines).toEqual([]);
    expect(signed.found.bylineCandidates).toEqual([expect.objectContaining({ value: 'John Smith', line: 7 })]);
    expect(signed.markdown).toMatch(/^authors: \["TODO: /m);
    const unsigned = draftArticle({ capture: `Headline Here\n\n${para(1)}\n\n${para(2)}`, captureFile: 'x.txt' });
    expect(unsigned.markdown).toMatch(/^authors: \[\]/m);
  });

  it('removes a pull quote that repeats a passage of the text, once', () => {
    const quote = 'the words of this pull quote stand again inside a paragraph';
    const d = draftArticle({ capture: `Title\n\n${para(1)}\n\n${quote[0]!.toUpperCase()}${quote.slice(1)}\n\n${para(2)} And ${quote}.`, captureFile: 'x.txt' });
    expect(d.body.split(quote).length - 1).toBe(1);
    expect(d.fidelity.boilerplate).toEqual([{ text: 'The words of this pull quote stand again inside a paragraph', once: true }]);
  });

  it('takes a hard-wrapped paragraph as one, and keeps a headline apart from its standfirst', () => {
    const wrapped = (n: number) =>
      [`Paragraph ${n} of a text captured from a page that wraps`, 'its lines at a fixed width, so one paragraph spans', 'several lines of about the same length until it ends.'].join('\n');
    const d = draftArticle({ capture: `Site Name\n\nA Wrapped Headline Of Some Length Here\nA standfirst that runs on for a good while longer than the headline above it does.\n\n${wrapped(1)}\n\n${wrapped(2)}\n\nComments are closed.`, captureFile: 'x.txt' });
    expect(d.body).toBe(`${wrapped(1).replaceAll('\n', ' ')}\n\n${wrapped(2).replaceAll('\n', ' ')}\n`);
    expect(d.decisions.filter((x) => x.role === 'text').map((x) => x.unit.line)).toEqual([6, 10]);
    expect(d.found.titles[0]).toMatchObject({ value: 'A Wrapped Headline Of Some Length Here', evidence: 'printed in one block over the standfirst' });
    expect(d.fidelity.moved.map((m) => Object.keys(m.fields))).toEqual([['title'], ['standfirst']]);
    expect(d.markdown).toContain('standfirst: "A standfirst that runs on for a good while longer than the headline above it does."');
  });

  it('removes the furniture of another kind of page: breadcrumbs, share buttons, tags, an author box with a bio', () => {
    const page = [
      'Home » World » Europe',
      'Facebook Twitter WhatsApp Telegram',
      '',
      'Another Made-Up Headline',
      '',
      para(1),
      '',
      'Read also: A different story about something else',
      '',
      para(2),
      '',
      para(3),
      '',
      'Tags: Russia, Ukraine, sanctions',
      '',
      'About the author',
      '',
      'Jane Doe is a freelance journalist based in Tallinn who covers the Baltic states and Russia.',
      '',
      'Follow her on Twitter.',
    ].join('\n');
    const d = draftArticle({ capture: page, captureFile: 'x.txt' });
    expect(d.body).toBe([para(1), para(2), para(3)].join('\n\n') + '\n');
    expect(d.found.titles[0]!.value).toBe('Another Made-Up Headline');
  });

  it('takes lines shared with another page of the same outlet for furniture, not a heading two outlets share', () => {
    const other = ['Site Menu', 'Donate now', 'A totally different headline', para(7), para(8), 'Footer text of the site', 'Contact the newsroom'].join('\n\n');
    const mine = ['Site Menu', 'Mine headline', para(1), 'Footer text of the site', para(2), 'Background', para(3), 'Contact the newsroom'].join('\n\n');
    const same = sharedFurniture(mine, [{ name: 'other.txt', text: other }]);
    expect([...same.keys].sort()).toEqual(['contact the newsroom', 'footer text of the site', 'site menu']);
    const body = draftArticle({ capture: mine, captureFile: 'x.txt', sharedKeys: same.keys }).body;
    expect(body).not.toContain('Footer text of the site');
    const unrelated = sharedFurniture(mine, [{ name: 'unrelated.txt', text: ['Other Site', para(9), 'Background', para(10)].join('\n\n') }]);
    expect(unrelated.keys.size).toBe(0);
    expect(draftArticle({ capture: mine, captureFile: 'x.txt', sharedKeys: unrelated.keys }).body).toContain('## Background');
    const twice = sharedFurniture(mine, [{ name: 'copy.txt', text: mine }]);
    expect(twice.keys.size).toBe(0);
    expect(twice.notes[0]).toMatch(/^copy\.txt shares 3 of this capture's 3 long lines: the same text captured twice\?/);
  });

  it('drops lines in another script than the text', () => {
    const units = unitsOf(`Заголовок сайта\n\n${para(1)}\n\n${para(2)}`);
    expect(units.map((u) => u.otherScript)).toEqual([true, false, false]);
    expect(classify(units)[0]!.reason).toMatch(/another script/);
  });
});

describe('furniture cues', () => {
  it('match what sites print around an article', () => {
    for (const line of [
      'Copyright © 2024',
      'We use cookies to improve your experience.',
      'Privacy and Cookie Policies.',
      'Become a patron or see other ways to support.',
      'This site is funded by its readers. Support our journalism.',
      'Subscribe to our newsletter',
      'Comments are closed.',
      'Write comment',
      'Related Posts',
      'Read More:',
      'More stories filed under Opinion',
      'Share this article',
      'About Author',
      'Read: 244',
      'To suggest a correction or clarification, write to us here',
    ])
      expect(furnitureCues(line), line).not.toEqual([]);
  });

  it('do not match article sentences that use the same words', () => {
    for (const line of [
      'Victoria Nuland handed out cookies on the Maidan.',
      'Moscow remains the separatists’ patron and main donor.',
      'The channel has 200,000 subscribers.',
      'The rebels are supported by Russia.',
      'In their comments on the vote, officials were cautious.',
      'We are not afraid, the protesters said.',
      'Print media in the region is state-owned.',
      'Related parties met in Geneva.',
      'More than 700,000 have left the country.',
    ])
      expect(furnitureCues(line), line).toEqual([]);
  });

  it('match no paragraph of the curated articles', () => {
    const corpus = loadCorpus({ dir: CONTENT });
    const hits = corpus.articles.flatMap((a) => a.paragraphs.filter((p) => furnitureCues(p.text).length > 0).map((p) => `${a.id} ${p.id}: ${furnitureCues(p.text).join(', ')}`));
    expect(hits).toEqual([]);
  });
});

describe('metadata readers', () => {
  it('reads full dates in the usual conventions, and only valid ones', () => {
    expect(datesIn('09.12.2022').map((d) => d.date)).toEqual(['2022-12-09']);
    expect(datesIn('19.07.23 14:00')).toEqual([expect.objectContaining({ date: '2023-07-19', time: '14:00', reading: 'dd.mm.yy' })]);
    expect(datesIn('on 27 September 2022 and September 28, 2022').map((d) => d.date)).toEqual(['2022-09-27', '2022-09-28']);
    expect(datesIn('https://x.org/2021/01/09/slug/').map((d) => d.date)).toEqual(['2021-01-09']);
    expect(datesIn('31.02.2022 and 10 October')).toEqual([]);
    expect(isDateLine('**08.12.2022**')).toBe(true);
    expect(isDateLine('Rebellion 08.12.2022')).toBe(false);
  });

  it('takes a byline only from a "By …" line, and names only as candidates', () => {
    expect(explicitByline('By Vicken Cheterian')).toBe('Vicken Cheterian');
    expect(explicitByline('By invading Ukraine, Putin eroded it')).toBeUndefined();
    expect(looksLikeName('Tom de Waal')).toBe(true);
    expect(looksLikeName('Comments are closed.')).toBe(false);
    expect(nameNearReportingVerb('Jane Doe reports on how the war ended')).toBe('Jane Doe');
    expect(sectionSuffix('A headline | World')).toEqual({ title: 'A headline', suffix: ' | World' });
    expect(sectionSuffix('Left | right | and a long tail of many words here')).toBeUndefined();
  });

  it('finds placeholders anywhere in a frontmatter', () => {
    expect(placeholderPaths({ a: 'TODO: x', b: ['ok', 'TODO: y'], c: { d: 'TODO: z' }, e: 'fine' })).toEqual([['a'], ['b', 1], ['c', 'd']]);
  });
});

describe('npm run import on a corpus', () => {
  const capturePath = path.join(tempDir(), 'new_capture.txt');
  writeFileSync(capturePath, `\uFEFF${PAGE}\n`);

  it('copies the capture unchanged, drafts the article and its fidelity record, and prints the report', () => {
    const dir = tempDir();
    cpSync(CONTENT, dir, { recursive: true });
    const log = vi.fn();
    const result = runImport([capturePath], dir, log);
    expect(result.code).toBe(0);
    expect(readFileSync(path.join(dir, 'sources', 'new_capture.txt')).equals(readFileSync(capturePath))).toBe(true);
    const article = path.join(dir, 'articles', 'a-made-up-headline-about-nothing.md');
    expect(existsSync(article)).toBe(true);
    expect(existsSync(path.join(dir, 'sources', 'new_capture.fidelity.yaml'))).toBe(true);
    const report = log.mock.calls.map((c) => c[0]).join('\n');
    for (const section of ['KEPT:', 'REMOVED:', 'FOUND', 'LEFT TO DECIDE']) expect(report).toContain(section);

    // The validator reports each placeholder as unfinished, and nothing else about the draft.
    const { problems } = checkCorpus({ dir });
    const aboutDraft = problems.filter((p) => p.file.endsWith('a-made-up-headline-about-nothing.md'));
    expect(aboutDraft.map((p) => p.field).sort()).toEqual(['language', 'outlet.name', 'rights.holder', 'rights.notice', 'summary', 'themes[0]']);
    expect(aboutDraft.every((p) => p.severity === 'error' && p.message.includes('unfinished'))).toBe(true);

    // Run again: nothing is overwritten, and it says which file is in the way.
    const before = readFileSync(article, 'utf8');
    writeFileSync(article, `${before}edited by hand\n`);
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(runImport([capturePath], dir, () => {}).code).toBe(1);
    expect(error.mock.calls.flat().join('\n')).toMatch(/a-made-up-headline-about-nothing\.md already exists — never overwritten/);
    expect(readFileSync(article, 'utf8')).toBe(`${before}edited by hand\n`);

    // A different capture under a name already taken is refused, not copied over.
    const other = path.join(tempDir(), 'new_capture.txt');
    writeFileSync(other, 'something else\n');
    expect(runImport([other, '--id', 'another-id'], dir, () => {}).code).toBe(1);
    expect(error.mock.calls.flat().join('\n')).toMatch(/new_capture\.txt already exists with other content/);
    expect(existsSync(path.join(dir, 'articles', 'another-id.md'))).toBe(false);
    error.mockRestore();
  });

  it('gives a draft that, once its placeholders are filled, validates and passes the fidelity check', () => {
    const dir = tempDir();
    cpSync(CONTENT, dir, { recursive: true });
    const capture = path.join(tempDir(), 'karabakh_page.txt');
    writeFileSync(capture, PAGE.replace('Readers who support', 'Readers in Karabakh who support').replace('makes its argument', 'makes the argument of Ruth Quimby'));
    const log = vi.fn();
    expect(runImport([capture, '--id', 'made-up-karabakh-page'], dir, log).code).toBe(0);
    // The report names the actors the text mentions, and the names no actor alias matches.
    const report = String(log.mock.calls[0]![0]);
    expect(report).toContain('actors named (by their aliases): Nagorno-Karabakh ×1');
    expect(report).toMatch(/names no actor alias matches[^\n]*\n {4}Ruth Quimby ×1 — /);
    const file = path.join(dir, 'articles', 'made-up-karabakh-page.md');
    const decided: Record<string, string> = { name: 'Example Outlet', language: 'en', summary: 'An invented page, for the test.', holder: 'Nobody', notice: 'Invented for a test.' };
    const filled = readFileSync(file, 'utf8')
      .replace(/^( *)(\w+): "TODO:[^"]*"$/gm, (_, indent: string, key: string) => `${indent}${key}: ${JSON.stringify(decided[key])}`)
      .replace(/^themes: \["TODO:[^"]*"\]$/m, 'themes: [karabakh]');
    writeFileSync(file, filled);

    const { corpus, problems } = checkCorpus({ dir });
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    const article = corpus!.articleById.get('made-up-karabakh-page')!;
    const record = fidelitySchema.parse(YAML.parse(readFileSync(path.join(dir, 'sources', 'karabakh_page.fidelity.yaml'), 'utf8')));
    expect(fidelityProblems(readFileSync(capture, 'utf8'), record, article)).toEqual({ passages: [], words: [], moved: [], structure: [] });
  });

  it('says what is wrong with its arguments in one line', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(runImport([], tempDir(), () => {}).code).toBe(1);
    expect(runImport([capturePath, '--id', 'Not A Slug'], tempDir(), () => {}).code).toBe(1);
    expect(runImport([path.join(tempDir(), 'missing.txt')], tempDir(), () => {}).code).toBe(1);
    const lines = error.mock.calls.map((c) => String(c[0]));
    expect(lines[0]).toMatch(/^import: usage: npm run import -- <capture-file>/);
    expect(lines[1]).toMatch(/--id "Not A Slug" is not a valid article id/);
    expect(lines[2]).toMatch(/missing\.txt \(file\) — does not exist/);
    error.mockRestore();
  });
});
