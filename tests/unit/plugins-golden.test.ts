/**
 * Golden tests of the Markdown plugins (the Observable Framework habit): for each plugin in
 * src/plugins, Markdown in (tests/unit/golden/<plugin>/<case>.md), HTML out (<case>.html),
 * compared whole. Each plugin runs in a small processor of its own with fixed options — a
 * tiny actor and theme table — and only the plugins it needs before it, so each golden file
 * shows that plugin's effect.
 *
 * A golden file is the HTML, then the `file.data` the plugin writes (mentions, theme reasons,
 * resolved quotes, problems) as JSON in HTML comments, since much of a plugin's effect is data.
 * Optional input data for a case (the passages other records ask to find) is in <case>.json.
 *
 * To write or rewrite golden files after an intended change:
 *   UPDATE_GOLDEN=1 vitest run tests/unit/plugins-golden.test.ts
 * then read every changed file before keeping it.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { unified, type PluggableList } from 'unified';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { VFile } from 'vfile';
import type { DataMap } from 'vfile';
import { PhraseMatcher } from '../../src/shared/matcher.ts';
import remarkRejectUnsafe from '../../src/plugins/remark-reject-unsafe.ts';
import remarkMarkdownLimits from '../../src/plugins/remark-markdown-limits.ts';
import remarkHeadingRules from '../../src/plugins/remark-heading-rules.ts';
import remarkRejectFootnotes from '../../src/plugins/remark-reject-footnotes.ts';
import rehypeParagraphIds from '../../src/plugins/rehype-paragraph-ids.ts';
import rehypeMentions from '../../src/plugins/rehype-mentions.ts';
import rehypeThemeTags from '../../src/plugins/rehype-theme-tags.ts';
import rehypeCitations from '../../src/plugins/rehype-citations.ts';
import rehypeParagraphMarks from '../../src/plugins/rehype-paragraph-marks.ts';

const GOLDEN = fileURLToPath(new URL('./golden/', import.meta.url));
const PLUGINS = fileURLToPath(new URL('../../src/plugins/', import.meta.url));
const UPDATE = process.env.UPDATE_GOLDEN === '1';

// ---------------------------------------------------------------- fixed options: a tiny registry

const ACTORS: Record<string, string[]> = {
  russia: ['Russia', 'Russian Federation'],
  'nagorno-karabakh': ['Nagorno-Karabakh', 'Karabakh', 'Qarabagh', 'Artsakh'],
  csto: ['Collective Security Treaty Organization', 'CSTO'],
  'sergey-lavrov': ['Sergey Lavrov', 'Lavrov', 'Lavrov-Kalantarov'],
  'russian-peacekeepers': ['Russian peacekeepers'],
};
const THEMES: Record<string, { label: string; terms: string[]; actors: string[] }> = {
  karabakh: { label: 'Karabakh', terms: ['Karabakh', 'Qarabagh', '44-day war'], actors: ['nagorno-karabakh'] },
  peacekeepers: { label: 'Peacekeepers', terms: ['peacekeep*'], actors: ['russian-peacekeepers'] },
  csto: { label: 'CSTO', terms: ['CSTO', 'Collective Security Treaty*'], actors: ['csto'] },
};

const matcher = new PhraseMatcher(Object.entries(ACTORS).flatMap(([id, names]) => names.map((n): [string, string] => [n, id])));
const termThemes = new Map<string, string[]>();
for (const [id, t] of Object.entries(THEMES)) for (const term of t.terms) termThemes.set(term, [...(termThemes.get(term) ?? []), id]);
const actorThemes = new Map<string, string[]>();
for (const [id, t] of Object.entries(THEMES)) for (const a of t.actors) actorThemes.set(a, [...(actorThemes.get(a) ?? []), id]);

const mentionOptions = { matcher, href: (id: string) => `/actors/${id}/` };
const themeOptions = { terms: new PhraseMatcher(termThemes, { caseInsensitive: true }), actorThemes };
const markOptions = { themeLabel: (id: string) => THEMES[id]?.label ?? id, themeHref: (id: string) => `/themes/${id}/` };

// ---------------------------------------------------------------- one processor per plugin

interface PluginCase {
  /** The plugins before it that it needs, then the plugin itself (rehype plugins run after remark-rehype). */
  remark?: PluggableList;
  rehype: PluggableList;
  /** The `file.data` keys the golden file shows. */
  data: (keyof DataMap)[];
}

const PLUGIN_CASES: Record<string, PluginCase> = {
  'remark-reject-unsafe': { remark: [remarkRejectUnsafe], rehype: [], data: ['problems'] },
  'remark-markdown-limits': { remark: [remarkMarkdownLimits], rehype: [], data: ['problems', 'refused'] },
  'remark-heading-rules': { remark: [remarkHeadingRules], rehype: [], data: ['problems'] },
  'remark-reject-footnotes': { remark: [remarkRejectFootnotes], rehype: [], data: ['problems'] },
  'rehype-paragraph-ids': { rehype: [rehypeParagraphIds], data: ['paragraphs', 'headings'] },
  'rehype-mentions': { rehype: [rehypeParagraphIds, [rehypeMentions, mentionOptions]], data: ['mentions'] },
  'rehype-theme-tags': { rehype: [rehypeParagraphIds, [rehypeMentions, mentionOptions], [rehypeThemeTags, themeOptions]], data: ['paragraphs'] },
  'rehype-citations': { rehype: [rehypeParagraphIds, rehypeCitations], data: ['citations'] },
  'rehype-paragraph-marks': {
    rehype: [rehypeParagraphIds, [rehypeMentions, mentionOptions], [rehypeThemeTags, themeOptions], rehypeCitations, [rehypeParagraphMarks, markOptions]],
    data: [],
  },
};

function render(plugin: PluginCase, markdown: string, input: Partial<DataMap>): string {
  const processor = unified()
    .use(remarkParse)
    .use(plugin.remark ?? [])
    .use(remarkRehype)
    .use(plugin.rehype)
    .use(rehypeStringify);
  const file = new VFile({ path: 'case.md', value: markdown });
  Object.assign(file.data, structuredClone(input));
  const html = String(processor.processSync(file)).trimEnd();
  const data = plugin.data
    .filter((key) => file.data[key] !== undefined)
    .map((key) => `<!-- file.data.${String(key)}:\n${JSON.stringify(file.data[key], null, 2)}\n-->`);
  // Problems are shown for every plugin: a plugin that should report none must report none.
  if (!plugin.data.includes('problems') && file.data.problems?.length) data.push(`<!-- file.data.problems:\n${JSON.stringify(file.data.problems, null, 2)}\n-->`);
  return [html, ...data].join('\n\n') + '\n';
}

// ---------------------------------------------------------------- the tests

const pluginFiles = readdirSync(PLUGINS)
  .filter((f) => /^(remark|rehype)-.+\.ts$/.test(f))
  .map((f) => f.replace(/\.ts$/, ''))
  .sort();

it('has a golden folder with cases for every plugin in src/plugins, and none for a plugin that is gone', () => {
  expect(Object.keys(PLUGIN_CASES).sort()).toEqual(pluginFiles);
  const folders = readdirSync(GOLDEN, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
  expect(folders).toEqual(pluginFiles);
});

for (const [name, plugin] of Object.entries(PLUGIN_CASES)) {
  describe(name, () => {
    const dir = path.join(GOLDEN, name);
    const cases = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.md')).map((f) => f.slice(0, -3)).sort() : [];

    it('has at least two cases', () => {
      expect(cases.length).toBeGreaterThanOrEqual(2);
    });

    it.each(cases)('%s', (c) => {
      const markdown = readFileSync(path.join(dir, `${c}.md`), 'utf8');
      const inputFile = path.join(dir, `${c}.json`);
      const input = existsSync(inputFile) ? (JSON.parse(readFileSync(inputFile, 'utf8')) as Partial<DataMap>) : {};
      const actual = render(plugin, markdown, input);
      const goldenFile = path.join(dir, `${c}.html`);
      if (UPDATE) writeFileSync(goldenFile, actual);
      expect(existsSync(goldenFile), `${goldenFile} is missing: run with UPDATE_GOLDEN=1 and read it`).toBe(true);
      expect(actual).toBe(readFileSync(goldenFile, 'utf8'));
    });
  });
}
