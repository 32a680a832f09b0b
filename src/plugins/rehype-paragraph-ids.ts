/**
 * Numbers paragraphs `p1`, `p2`, … in document order (a citable edition), gives headings
 * ids, and records both in `file.data` for the later plugins and the corpus model.
 */
import type { Root, Element } from 'hast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { toString } from 'hast-util-to-string';
import GithubSlugger from 'github-slugger';

const HEADING = /^h[1-6]$/;

export default function rehypeParagraphIds() {
  return (tree: Root, file: VFile) => {
    const slugger = new GithubSlugger();
    const paragraphs: NonNullable<typeof file.data.paragraphs> = [];
    const headings: NonNullable<typeof file.data.headings> = [];
    let section: string | undefined;
    visit(tree, 'element', (node: Element) => {
      if (HEADING.test(node.tagName)) {
        const text = toString(node).trim();
        const id = `s-${slugger.slug(text)}`;
        node.properties.id = id;
        headings.push({ id, depth: Number(node.tagName[1]), text, afterParagraphs: paragraphs.length });
        section = text;
      } else if (node.tagName === 'p') {
        const n = paragraphs.length + 1;
        const id = `p${n}`;
        node.properties.id = id;
        node.properties.className = ['para'];
        paragraphs.push({ id, n, text: toString(node), section, themes: [] });
      }
    });
    file.data.paragraphs = paragraphs;
    file.data.headings = headings;
  };
}
