/**
 * The pure helpers behind issue 14's hardening: the nearest passage for a quote that is not
 * found, the Markdown shape limits checked before parsing (and how fast a refusal is), text
 * that cannot be shown as it is, plain-text citations of fields holding markup, and
 * own-property lookups for keys that come from outside the code.
 */
import { describe, expect, it } from 'vitest';
import { closestPassage } from '../../src/shared/quotes.ts';
import { MAX_FILE_MARKS, MAX_INLINE_MARKS, MAX_NESTING, markdownLimitProblem } from '../../src/plugins/remark-markdown-limits.ts';
import { visibleTextProblem } from '../../src/shared/visible-text.ts';
import { formatCitation, toBibtex } from '../../src/export/citation.ts';
import { own } from '../../src/shared/own.ts';
import { matchPhrase } from '../../src/schemas/common.ts';
import type { CslItem } from '../../src/export/csl.ts';

const paragraphs = [
  { id: 'p1', text: 'The parties agreed a ceasefire on 4 March, after two days of talks.' },
  { id: 'p2', text: 'Russia kept its militarily important bases in the region, the minister said.' },
];

describe('closestPassage', () => {
  it('names the passage a one-letter typo came from, and the quote word that differs', () => {
    expect(closestPassage('Russia kept its militarly important bases', paragraphs)).toEqual({
      paragraph: 'p2',
      exact: 'Russia kept its militarily important bases',
      differsAt: 'militarly',
    });
  });

  it('leaves out punctuation the quote does not have at its ends', () => {
    expect(closestPassage('agreed a ceasefire on 5 March', paragraphs)?.exact).toBe('agreed a ceasefire on 4 March');
  });

  it('gives no hint when nothing comes close', () => {
    expect(closestPassage('an entirely different sentence about trade', paragraphs)).toBeUndefined();
  });
});

describe('markdownLimitProblem', () => {
  it('accepts ordinary prose with quotes, lists, rules and code', () => {
    expect(markdownLimitProblem('> a quote\n> > inside\n\n- a\n  - b\n\n* * *\n\nA *b* [c](/d/) `e`.\n')).toBeUndefined();
  });

  it('refuses 3,000 nested > on one line, naming the line', () => {
    const problem = markdownLimitProblem(`Intro.\n\n${'>'.repeat(3000)} x\n`);
    expect(problem).toMatchObject({ line: 3, message: 'nests quotes or lists 3000 levels deep' });
  });

  it('counts list nesting by indentation', () => {
    const deep = Array.from({ length: MAX_NESTING + 2 }, (_, i) => `${'    '.repeat(i)}- x`).join('\n');
    expect(markdownLimitProblem(deep)?.message).toMatch(/levels deep/);
  });

  it('refuses 150,000 nested brackets in one paragraph, at the line the paragraph starts', () => {
    const problem = markdownLimitProblem(`Intro.\n\n${'['.repeat(150_000)}x${']'.repeat(150_000)}\n`);
    expect(problem).toMatchObject({ line: 3 });
    expect(problem?.message).toContain(`more than ${MAX_INLINE_MARKS.toLocaleString('en')} Markdown marks`);
  });

  it('counts marks per paragraph and per file', () => {
    expect(markdownLimitProblem('A *b* c.\n\n'.repeat(2000))).toBeUndefined();
    const problem = markdownLimitProblem(`A ${'*'.repeat(MAX_INLINE_MARKS - 10)}\n\n`.repeat(100));
    expect(problem?.message).toBe(`has more than ${MAX_FILE_MARKS.toLocaleString('en')} Markdown marks (* _ [ ] \` <) in all`);
  });

  it('does not count inside fenced code', () => {
    expect(markdownLimitProblem(`\`\`\`\n${'>'.repeat(100)}\n\`\`\`\n`)).toBeUndefined();
  });
});

describe('visibleTextProblem', () => {
  it('accepts ordinary text in any script, with the joiners some scripts need', () => {
    expect(visibleTextProblem('Нагорный Карабах', { oneLine: true, maxLength: 300 })).toBeUndefined();
    expect(visibleTextProblem('می\u200Cخواهم', { oneLine: true })).toBeUndefined();
  });

  it('refuses bidirectional overrides, control characters and invisible-only values', () => {
    expect(visibleTextProblem('abc\u202Etxt.exe')?.message).toBe('contains the invisible bidirectional control U+202E (RIGHT-TO-LEFT OVERRIDE)');
    expect(visibleTextProblem('a\u0007b')?.message).toBe('contains the control character U+0007');
    expect(visibleTextProblem('\u200B')?.message).toBe('has no visible character');
  });

  it('refuses invisible characters, line breaks and excess length only in one-line values', () => {
    expect(visibleTextProblem('a\u200Bb')).toBeUndefined();
    expect(visibleTextProblem('a\u200Bb', { oneLine: true })?.message).toBe('contains the invisible character U+200B (ZERO WIDTH SPACE)');
    expect(visibleTextProblem('x'.repeat(301), { oneLine: true, maxLength: 300 })?.message).toBe('is 301 characters long');
  });
});

describe('citations of fields holding markup', () => {
  const item = {
    id: 'x',
    'citation-key': 'x',
    type: 'article-newspaper',
    title: 'Why <b>bold</b> and <sc>small caps</sc> stay text',
    'container-title': 'The <i>Outlet</i>',
    issued: { 'date-parts': [[2021, 3, 4]] },
    URL: 'https://example.org/',
  } as CslItem;

  it('formats them as text in HTML: escaped, with no style attribute (the CSP forbids inline styles)', () => {
    const html = formatCitation(item, 'html');
    expect(html).toContain('Why &#60;b&#62;bold&#60;/b&#62; and &#60;sc&#62;small caps&#60;/sc&#62; stay text');
    expect(html).not.toMatch(/<b>|style=/);
  });

  it('keeps the characters in the plain-text and BibTeX forms', () => {
    expect(formatCitation(item, 'text')).toContain('Why <b>bold</b> and <sc>small caps</sc> stay text');
    const bib = toBibtex([item]);
    expect(bib).not.toMatch(/\\textbf|\\textsc/);
    expect(bib).toContain('\\textless{}b\\textgreater{}bold');
  });
});

describe('own', () => {
  it('finds own properties only, never inherited ones', () => {
    const labels: Record<string, string> = { csto: 'CSTO' };
    expect(own(labels, 'csto')).toBe('CSTO');
    expect(own(labels, 'constructor')).toBeUndefined();
    expect(own(labels, '__proto__')).toBeUndefined();
    expect(own(undefined, 'x')).toBeUndefined();
  });
});

describe('matchPhrase', () => {
  const alias = matchPhrase('alias');
  const term = matchPhrase('term');
  it('takes short acronyms and specific spellings', () => {
    for (const ok of ['US', 'EU', 'Xi', 'Russia']) expect(alias.safeParse(ok).success, ok).toBe(true);
    for (const ok of ['CSTO', 'peacekeep*', 'truce']) expect(term.safeParse(ok).success, ok).toBe(true);
  });
  it('refuses one letter, the commonest words in any case, and bare or short wildcards', () => {
    for (const bad of ['a', 'The', 'May']) expect(alias.safeParse(bad).success, bad).toBe(false);
    for (const bad of ['us', 'The', '*', 'ab*']) expect(term.safeParse(bad).success, bad).toBe(false);
  });
});
