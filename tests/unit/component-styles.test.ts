/**
 * Components that write a global style (src/styles/global.css says which and why) must not
 * reach anyone else's markup: every selector of such a style starts with one root class, which
 * the component's own markup carries and no other component, page or layout uses.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/site-build.ts';

function astroFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? astroFiles(path.join(dir, d.name)) : d.name.endsWith('.astro') ? [path.join(dir, d.name)] : []));
}

const files = astroFiles(path.join(ROOT, 'src')).map((file) => ({ file: path.relative(ROOT, file), text: readFileSync(file, 'utf8') }));
const globalStyle = (text: string) => /<style is:global>([\s\S]*?)<\/style>/.exec(text)?.[1];
/** The selectors of the innermost rules (those inside @media included), comments removed. */
const selectorsOf = (css: string) => [...css.replace(/\/\*[\s\S]*?\*\//g, '').matchAll(/([^{}]+)\{[^{}]*\}/g)].flatMap((m) => m[1]!.split(',').map((s) => s.trim()));
/** The markup part of a component: what follows its frontmatter, before its <style> and <script>. */
const markupOf = (text: string) => text.replace(/^---[\s\S]*?\n---\n/, '').replace(/<(style|script)[\s\S]*?<\/\1>/g, '');
const usesClass = (markup: string, name: string) => new RegExp(`class=(["'\`{])[^>]*?(?<![\\w-])${name}(?![\\w-])`).test(markup);

const components = files.filter((f) => f.file.startsWith('src/components/') && globalStyle(f.text) !== undefined);

describe('global component styles', () => {
  it('are written by the components whose markup repeats most (the rule is in use)', () => {
    expect(components.length).toBeGreaterThan(3);
  });

  it.each(components.map((c) => [c.file, c]))('%s: every selector under one root class that only its markup carries', (_, c) => {
    const selectors = selectorsOf(globalStyle(c.text)!);
    expect(selectors.length).toBeGreaterThan(0);
    const roots = new Set(selectors.map((s) => /^\.([\w-]+)/.exec(s)?.[1] ?? `(no root class: ${s})`));
    expect([...roots]).toHaveLength(1);
    const root = [...roots][0]!;
    expect(usesClass(markupOf(c.text), root), `${root} on its own markup`).toBe(true);
    const others = files.filter((f) => f !== c && usesClass(markupOf(f.text), root)).map((f) => f.file);
    expect(others, `.${root} used elsewhere`).toEqual([]);
  });
});
