/** Paragraph numbering: ids p1…pN in document order, headings and the standfirst not counted, ¶ links to themselves. */
import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { VFile } from 'vfile';
import rehypeParagraphIds from '../../src/plugins/rehype-paragraph-ids.ts';
import { loadCorpus } from '../../src/corpus/load.ts';

function number(markdown: string) {
  const file = new VFile(markdown);
  const html = String(unified().use(remarkParse).use(remarkRehype).use(rehypeParagraphIds).use(rehypeStringify).processSync(file));
  return { html, paragraphs: file.data.paragraphs!, headings: file.data.headings! };
}

describe('paragraph numbering', () => {
  it('numbers paragraphs in order, skipping headings, and records sections', () => {
    const { html, paragraphs, headings } = number('One.\n\n## A Section\n\nTwo *emphasised*.\n\n> Three, quoted.\n\nFour.');
    expect(paragraphs.map((p) => [p.id, p.text, p.section])).toEqual([
      ['p1', 'One.', undefined],
      ['p2', 'Two emphasised.', 'A Section'],
      ['p3', 'Three, quoted.', 'A Section'],
      ['p4', 'Four.', 'A Section'],
    ]);
    expect(headings).toEqual([{ id: 's-a-section', depth: 2, text: 'A Section', afterParagraphs: 1 }]);
    expect(html).toContain('<p id="p2" class="para">Two <em>emphasised</em>.</p>');
  });

  it('gives repeated headings distinct ids', () => {
    const { headings } = number('## Same\n\nx\n\n## Same\n\ny');
    expect(headings.map((h) => h.id)).toEqual(['s-same', 's-same-1']);
  });

  it('numbers every paragraph of every real article, each with a ¶ link to itself', () => {
    const corpus = loadCorpus();
    for (const article of corpus.articles) {
      expect(article.paragraphs.length).toBeGreaterThan(5);
      article.paragraphs.forEach((p, i) => {
        expect(p.id).toBe(`p${i + 1}`);
        expect(article.html).toContain(`<p id="${p.id}"`);
        expect(article.html).toContain(`<a class="para-num" href="#${p.id}" aria-label="¶${i + 1}, link to paragraph ${i + 1}"`);
      });
      // The standfirst is frontmatter, never a numbered paragraph.
      if (article.data.standfirst) expect(article.paragraphs[0]!.text).not.toBe(article.data.standfirst);
    }
  });
});
