/**
 * remark-reject-unsafe on its own: which links, images and raw HTML an article body may hold,
 * and the rel it puts on external links.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import remarkRejectUnsafe from '../../src/plugins/remark-reject-unsafe.ts';

function render(markdown: string): { html: string; problems: string[] } {
  const file = new VFile({ value: markdown });
  const html = String(unified().use(remarkParse).use(remarkRejectUnsafe).use(remarkRehype).use(rehypeStringify).processSync(file));
  return { html, problems: (file.data.problems ?? []).map((p) => `${p.line}: ${p.message}`) };
}

describe('links', () => {
  it.each([
    'https://example.org/a',
    'http://example.org/',
    'mailto:editor@example.org',
    '/articles/x/',
    '#p3',
    './notes/',
    '../other/',
    'page.html',
  ])('accepts %s', (url) => {
    expect(render(`A [link](${url}).`).problems).toEqual([]);
  });

  it.each([
    ['javascript:alert(1)', 'javascript:alert(1)'],
    ['JavaScript:alert(1)', 'JavaScript:alert(1)'],
    ['java&#115;cript:alert(1)', 'javascript:alert(1)'],
    ['data:text/html,hi', 'data:text/html,hi'],
    ['vbscript:x', 'vbscript:x'],
    ['//evil.example/', '//evil.example/'],
  ])('rejects %s', (url, shown) => {
    expect(render(`A [link](${url}).`).problems).toEqual([`1: has a link to "${shown}"`]);
  });

  it('rejects an unsafe reference definition and an autolink', () => {
    expect(render('A [link][x].\n\n[x]: javascript:alert(1)\n').problems).toEqual(['3: has a link to "javascript:alert(1)"']);
    expect(render('<javascript:alert(1)>').problems).toEqual(['1: has a link to "javascript:alert(1)"']);
  });

  it('marks external links, inline and by reference, rel="noopener noreferrer external"', () => {
    const { html } = render('[a](https://example.org/) [b][r] [c](/local/)\n\n[r]: https://example.net/\n');
    expect(html).toContain('<a href="https://example.org/" rel="noopener noreferrer external">a</a>');
    expect(html).toContain('<a href="https://example.net/" rel="noopener noreferrer external">b</a>');
    expect(html).toContain('<a href="/local/">c</a>');
  });
});

describe('raw HTML and images', () => {
  it('rejects a <script> block and inline tags, once per element', () => {
    expect(render('Text.\n\n<script>alert(1)</script>\n').problems).toEqual(['3: contains raw HTML "<script>alert(1)</script>"']);
    expect(render('A <b onclick="x()">bold</b> word.').problems).toEqual(['1: contains raw HTML "<b onclick=\\"x()\\">"']);
  });

  it('rejects images, inline and by reference', () => {
    expect(render('![map](https://example.org/m.png)').problems).toEqual(['1: contains an image (https://example.org/m.png)']);
    expect(render('![map][m]\n\n[m]: /m.png\n').problems).toEqual(['1: contains an image']);
  });

  it('lets plain Markdown through untouched', () => {
    const { html, problems } = render('## A heading\n\nA paragraph with *emphasis* and 3 < 4 & 5 > 2.\n');
    expect(problems).toEqual([]);
    expect(html).toBe('<h2>A heading</h2>\n<p>A paragraph with <em>emphasis</em> and 3 &#x3C; 4 &#x26; 5 > 2.</p>');
  });
});
