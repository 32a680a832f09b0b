/**
 * The pieces the validator's messages are made of: date explanations, "did you mean"
 * suggestions, YAML errors in words, and file reading (size, encoding).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { edtfProblem } from '../../src/shared/edtf-problem.ts';
import { closest } from '../../src/shared/suggest.ts';
import { ProblemList, formatProblem } from '../../src/corpus/problems.ts';
import { readYaml } from '../../src/corpus/read-yaml.ts';
import { MAX_FILE_BYTES, readText } from '../../src/corpus/read-files.ts';

describe('edtfProblem', () => {
  it.each([
    ['2020-11-10'], ['2022-09'], ['2021-21'], ['1992/1994'], ['1988~'], ['2020-02-29'], ['1992/..'],
  ])('accepts %s', (value) => expect(edtfProblem(value)).toBeUndefined());

  it.each([
    ['2021-02-30', '"2021-02-30" is not a real day: February 2021 has 28 days'],
    ['2021-02-29', '"2021-02-29" is not a real day: February 2021 has 28 days'],
    ['2021-04-31', '"2021-04-31" is not a real day: April 2021 has 30 days'],
    ['2021-13', '"2021-13" has no month 13 (months are 01–12, seasons 21–24)'],
    ['1994/1992', 'the interval "1994/1992" ends before it starts'],
    ['1992-1994', '"1992-1994" is not a span of years in EDTF (a hyphen joins year and month): write 1992/1994'],
    ['2021-02-30/2021-03-05', 'in the interval "2021-02-30/2021-03-05", "2021-02-30" is not a real day: February 2021 has 28 days'],
    ['../..', 'the interval "../.." has no known side'],
    ['10.11.2020', '"10.11.2020" is not an EDTF date'],
    ['November 2020', '"November 2020" is not an EDTF date'],
  ])('explains %s', (value, message) => expect(edtfProblem(value)?.message).toBe(message));

  it('suggests the interval the right way round', () => {
    expect(edtfProblem('1994/1992')?.expected).toBe('the earlier date first, as in 1992/1994');
  });
});

describe('closest', () => {
  it.each([
    ['titel', ['title', 'titleNote', 'summary'], 'title'],
    ['organization', ['organisation', 'person'], 'organisation'],
    ['Northland-Ceasefire', ['northland-ceasefire', 'southland-alliance'], 'northland-ceasefire'],
    ['ceasfire', ['ceasefire', 'alliances'], 'ceasefire'],
    ['westland', ['northland', 'southland'], undefined],
    ['battle', ['event', 'statement', 'agreement'], undefined],
  ])('%s → %s', (word, candidates, expected) => expect(closest(word, candidates)).toBe(expected));
});

describe('readYaml', () => {
  const yamlLine = (text: string, offset = 0) => {
    const problems = new ProblemList();
    expect(readYaml(text, 'x.yaml', problems, offset)).toBeUndefined();
    return problems.items.map(formatProblem);
  };

  it('puts an unclosed quote on the line that opens it, shifted by the frontmatter offset', () => {
    expect(yamlLine('title: x\nsummary: "never closed\nlanguage: en\nthemes: []\n', 1)).toEqual([
      'x.yaml:3 (yaml) — a quoted value is not closed — expected the closing quote mark on the same line as the opening one',
    ]);
  });

  it('reports one problem per file, the first, not its knock-on errors', () => {
    expect(yamlLine('- id: a\n  label: b\n   description: c\n')).toHaveLength(1);
  });

  it('reads valid YAML and finds the line of a nested value', () => {
    const problems = new ProblemList();
    const yaml = readYaml('- id: a\n  terms:\n    - x\n    - y\n', 'x.yaml', problems);
    expect(problems.items).toEqual([]);
    expect(yaml?.lineOf([0, 'terms', 1])).toBe(4);
  });
});

describe('readText', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'read-text-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const read = (name: string, bytes: Buffer | string) => {
    const file = path.join(dir, name);
    writeFileSync(file, bytes);
    const problems = new ProblemList();
    return { text: readText(file, problems), problems: problems.items.map((p) => `${p.line ?? '-'} ${p.message}`) };
  };

  it('drops a byte order mark', () => {
    expect(read('bom.md', '\uFEFFtext')).toEqual({ text: 'text', problems: [] });
  });

  it('names the line and the first byte that is not UTF-8 (the lead byte of a broken sequence)', () => {
    expect(read('latin1.md', Buffer.from('one\ntwo\ncaf\xe9 au lait\n', 'latin1')).problems).toEqual(['3 is not valid UTF-8 text (byte 0xE9)']);
  });

  it('refuses a file over the size limit without reading it', () => {
    expect(read('big.md', 'x'.repeat(MAX_FILE_BYTES + 1)).problems).toEqual([`- is ${(MAX_FILE_BYTES + 1).toLocaleString('en')} bytes`]);
    expect(read('limit.md', 'x'.repeat(MAX_FILE_BYTES)).problems).toEqual([]);
  });
});
