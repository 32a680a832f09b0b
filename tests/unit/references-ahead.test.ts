/**
 * The "Cite this" references of article and timeline entry pages are formatted by prepare.ts in
 * a worker thread (src/cli/references.ts) and handed to the Astro step, keyed by a hash of the
 * item; the component uses one only when it was made from the very item the page cites, and
 * formats the item itself otherwise.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import CiteThis from '../../src/components/CiteThis.astro';
import { ReferenceFormatter } from '../../src/cli/references.ts';
import { workFiles } from '../../src/cli/work-files.ts';
import { readModel } from '../../src/corpus/model-file.ts';
import { formatReference, referenceKey, type FormattedReference } from '../../src/export/citation.ts';
import { exportContext } from '../../src/export/context.ts';
import { articleCsl, eventCsl, type CslItem } from '../../src/export/csl.ts';
import { SITE_NAME } from '../../src/site/site.ts';
import { buildLookup } from '../../src/views/lookup.ts';
import { GOOD_CORPUS } from '../support/bad-corpora.ts';
import { ROOT } from '../support/site-build.ts';

const scratch = mkdtempSync(path.join(tmpdir(), 'references-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const item = (title: string): CslItem => ({ id: 'q1', type: 'webpage', title, 'container-title': 'A corpus', URL: 'https://corpus.example/q1/' });

describe('ReferenceFormatter', () => {
  it('formats every item of every batch, as the page would, and ends', async () => {
    const formatter = new ReferenceFormatter();
    const items = [item('First'), { ...item('Second'), id: 'q2' }, { ...item('Third <b>'), id: 'q3' }];
    formatter.add(items.slice(0, 1));
    formatter.add(items.slice(1));
    const formatted = new Map(await formatter.finish());
    expect([...formatted.keys()]).toEqual(items.map(referenceKey));
    for (const i of items) expect(formatted.get(referenceKey(i))).toEqual(formatReference(i));
    expect(formatted.get(referenceKey(items[2]!))!.html).toContain('Third &#60;b&#62;');
  });

  it('finishes with nothing when it was given nothing', async () => {
    expect(await new ReferenceFormatter().finish()).toEqual([]);
  });
});

describe('prepare.ts', () => {
  it('writes the reference of every article and timeline entry, for the address and base path the pages use', async () => {
    const work = mkdtempSync(path.join(scratch, 'work-'));
    const env = { ...process.env, CORPUS_DIR: GOOD_CORPUS, SITE_URL: 'https://corpus.example', BASE_PATH: '/sub/' };
    const code = await new Promise<number | null>((resolve, reject) => {
      const child = spawn(process.execPath, [path.join(ROOT, 'src/cli/prepare.ts'), work, path.join(work, 'data')], { cwd: ROOT, env, stdio: ['ignore', 'ignore', 'inherit'] });
      child.on('error', reject);
      child.on('close', resolve);
    });
    expect(code).toBe(0);
    const files = workFiles(work);
    const written = new Map(JSON.parse(readFileSync(files.references, 'utf8')) as [string, FormattedReference][]);
    const corpus = readModel(files.model);
    const ctx = exportContext(SITE_NAME, 'https://corpus.example', '/sub/');
    const { articleTitle } = buildLookup(corpus);
    const expected = [...corpus.articles.map((a) => articleCsl(a, ctx)), ...corpus.events.map((e) => eventCsl(e, articleTitle, ctx))];
    expect(corpus.events.length).toBeGreaterThan(0);
    expect(written.size).toBe(expected.length);
    for (const i of expected) expect(written.get(referenceKey(i)), String(i.id)).toEqual(formatReference(i));
    expect(written.get(referenceKey(expected[0]!))!.html).toContain('https://corpus.example/sub/');
  }, 60_000);
});

describe('CiteThis', () => {
  const render = async (props: Record<string, unknown>) => (await AstroContainer.create()).renderToString(CiteThis, { props });

  it('shows the reference formatted ahead for its item, and formats an item it is not given', async () => {
    const cited = item('A question');
    const ahead: FormattedReference = { html: 'FORMATTED AHEAD', bibtex: '@misc{ahead}' };
    const withAhead = await render({ item: cited, what: 'this question', references: new Map([[referenceKey(cited), ahead]]) });
    expect(withAhead).toContain('FORMATTED AHEAD');
    expect(withAhead).toContain('@misc{ahead}');
    const without = await render({ item: cited, what: 'this question', references: new Map() });
    expect(without).toContain(formatReference(cited).html);
  });

  it('finds a reference only for an identical item: same id with another title, or an article and an entry with one id, do not match', () => {
    const page = item('A question');
    expect(referenceKey(structuredClone(page))).toBe(referenceKey(page));
    expect(referenceKey(item('An older title'))).not.toBe(referenceKey(page));
    expect(referenceKey({ ...page, type: 'article-newspaper' })).not.toBe(referenceKey(page));
  });
});
