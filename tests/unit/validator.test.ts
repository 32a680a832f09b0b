/**
 * The corpus validator against every bad-input case of tests/support/bad-corpora.ts: each
 * case is the good test corpus with one defect, and the validator must print exactly the
 * lines the table gives (file:line field — what is wrong — expected …), exit 1 (0 when only
 * warnings), and never show a stack trace.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { runValidate } from '../../src/cli/validate.ts';
import { checkCorpus } from '../../src/corpus/load.ts';
import { displayPath } from '../../src/corpus/read-files.ts';
import { BAD_CORPORA, CASES, GOOD_CORPUS, expectedLines, listTree, materialise, type BadCase } from '../support/bad-corpora.ts';
import { ROOT, STACK_TRACE, runNode } from '../support/site-build.ts';

const committed = CASES.filter((c) => !c.generatedInTest);
const scratch = mkdtempSync(path.join(os.tmpdir(), 'bad-corpora-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** The folder a case is checked in: its committed fixture, or a fresh temporary copy. */
function folderOf(c: BadCase): string {
  if (!c.generatedInTest) return path.join(BAD_CORPORA, c.name);
  const dir = path.join(scratch, c.name);
  materialise(c, dir);
  return dir;
}

/** Runs the validator in-process, capturing what it prints. */
function validate(dir: string): { code: number; problems: string[]; summary: string[] } {
  const problems: string[] = [];
  const summary: string[] = [];
  const err = vi.spyOn(console, 'error').mockImplementation((line: string) => void problems.push(line));
  const warn = vi.spyOn(console, 'warn').mockImplementation((line: string) => void problems.push(line));
  const log = vi.spyOn(console, 'log').mockImplementation((line: string) => void summary.push(line));
  try {
    return { code: runValidate(dir), problems, summary };
  } finally {
    err.mockRestore();
    warn.mockRestore();
    log.mockRestore();
  }
}

describe('the good test corpus', () => {
  it('is clean: no error, no warning', () => {
    const { corpus, problems } = checkCorpus({ dir: GOOD_CORPUS });
    expect(problems).toEqual([]);
    expect(corpus?.articles.length).toBe(2);
    expect(corpus?.events.every((e) => e.sources.length > 0)).toBe(true);
  });
});

describe('the bad-input cases', () => {
  it('number at least 25, each with a defect and the lines it must print', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(25);
    expect(new Set(CASES.map((c) => c.name)).size).toBe(CASES.length);
    for (const c of CASES) expect(c.expected.length, c.name).toBeGreaterThan(0);
  });

  it('are committed exactly as the table generates them (run `node tests/support/bad-corpora.ts` after a change)', () => {
    expect(readdirSync(BAD_CORPORA).sort()).toEqual(committed.map((c) => c.name).sort());
    for (const c of committed) {
      const fresh = path.join(scratch, 'fresh', c.name);
      materialise(c, fresh);
      const here = path.join(BAD_CORPORA, c.name);
      expect(listTree(here), c.name).toEqual(listTree(fresh));
      for (const file of listTree(fresh))
        expect(readFileSync(path.join(here, file)).equals(readFileSync(path.join(fresh, file))), `${c.name}/${file} differs from the generated one`).toBe(true);
    }
  });
});

/** Whether this machine's temporary folder tells "A.md" from "a.md". */
function caseSensitiveFs(): boolean {
  writeFileSync(path.join(scratch, 'probe'), '');
  return !existsSync(path.join(scratch, 'PROBE'));
}

describe.each(CASES)('$name', (c) => {
  it.skipIf((c.needsCaseSensitiveFs && !caseSensitiveFs()) || (c.needsFifo && process.platform === 'win32'))(`prints exactly its problem line(s): ${c.defect}`, () => {
    const dir = folderOf(c);
    const { code, problems, summary } = validate(dir);
    expect(problems).toEqual(expectedLines(c, displayPath(dir)));
    const errors = c.expected.filter((l) => !l.startsWith('warning: ')).length;
    const warnings = c.expected.length - errors;
    expect(code).toBe(errors > 0 ? 1 : 0);
    expect(summary).toHaveLength(1);
    expect(summary[0]).toMatch(new RegExp(`^validate: ${errors} error\\(s\\), ${warnings} warning\\(s\\) — `));
  });
});

it('reports every problem of a corpus in one run (three defects, three lines)', () => {
  const c = CASES.find((x) => x.name === 'three-defects')!;
  const { problems } = validate(folderOf(c));
  expect(problems).toHaveLength(3);
  expect(new Set(problems.map((l) => l.split(' ')[0]!.replace(/:\d+$/, ''))).size).toBe(3);
});

it('pins the five messages issue #2 asks for', () => {
  const lines = (name: string) => CASES.find((c) => c.name === name)!.expected.join('\n');
  expect(lines('title-missing')).toMatch(/ title — is missing — expected text$/);
  expect(lines('date-impossible')).toMatch(/ published\.date — "2021-02-30" is not a real day: February 2021 has 28 days — /);
  expect(lines('theme-unknown-in-article')).toMatch(/ themes\[0\] — unknown theme id "ceasfire" \(did you mean "ceasefire"\?\) — expected an id defined in /);
  expect(lines('rights-missing')).toMatch(/ rights — is missing — expected a mapping with holder and notice$/);
  expect(lines('capture-missing')).toMatch(/ capture — capture file "001_southland-alliance\.txt" not found in /);
});

it('reports a corpus folder that does not exist in one line', () => {
  const { code, problems } = validate(path.join(scratch, 'no-such-corpus'));
  expect(code).toBe(1);
  expect(problems).toEqual([`${displayPath(path.join(scratch, 'no-such-corpus'))} (folder) — does not exist — expected a corpus folder holding articles/, sources/, themes.yaml, actors.yaml and events/ (see CORPUS_DIR)`]);
});

it('reports a corpus folder that is a file in one line, naming that cause', () => {
  const file = path.join(scratch, 'corpus-file.txt');
  writeFileSync(file, 'not a folder\n');
  const { code, problems } = validate(file);
  expect(code).toBe(1);
  expect(problems).toEqual([`${displayPath(file)} (folder) — is a file, not a folder — expected a corpus folder holding articles/, sources/, themes.yaml, actors.yaml and events/ (see CORPUS_DIR)`]);
});

/** Runs `node src/cli/validate.ts` on a corpus folder as a contributor would. */
const runCli = (dir: string) => runNode('src/cli/validate.ts', { CORPUS_DIR: dir });

/**
 * End to end, as a contributor runs it, on a few cases that cover each stage: a YAML error,
 * a file that is not UTF-8, several defects at once, and warnings only (exit 0). The
 * in-process runs above already pin every case's lines; this proves the command prints them
 * the same way, with its summary and exit code, and nothing else.
 */
const CLI_CASES = ['yaml-malformed-themes', 'file-not-utf8', 'three-defects', 'alias-matches-nothing'];

describe('node src/cli/validate.ts', () => {
  it.each(CLI_CASES)('%s: one line per problem, the summary, the exit code, no stack trace', { timeout: 60_000 }, async (name) => {
    const c = CASES.find((x) => x.name === name)!;
    const dir = path.relative(ROOT, path.join(BAD_CORPORA, c.name));
    const { code, stdout, stderr } = await runCli(dir);
    expect(stdout + stderr).not.toMatch(STACK_TRACE);
    expect(stderr.split('\n').filter(Boolean)).toEqual(expectedLines(c, dir));
    expect(stdout).toMatch(/^validate: \d+ error\(s\), \d+ warning\(s\) — [^\n]+\n$/);
    expect(code).toBe(c.expected.some((l) => !l.startsWith('warning: ')) ? 1 : 0);
  });

  it('exits 0 on the good corpus and prints only its summary', { timeout: 60_000 }, async () => {
    const { code, stdout, stderr } = await runCli(path.relative(ROOT, GOOD_CORPUS));
    expect(stderr).toBe('');
    expect(stdout).toBe('validate: 0 error(s), 0 warning(s) — 2 articles, 2 themes, 4 actors, 2 timeline entries\n');
    expect(code).toBe(0);
  });
});
