/**
 * A body may not hold a level-1 heading (`# …`): the page's title is its one h1, and a second
 * one breaks the outline screen readers navigate by. Section headings start at `##`.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { toString } from 'mdast-util-to-string';
import { pushProblem } from './types.ts';

export default function remarkHeadingRules() {
  return (tree: Root, file: VFile) => {
    visit(tree, 'heading', (node) => {
      if (node.depth !== 1) return;
      pushProblem(file, {
        line: node.position?.start.line,
        field: '(body)',
        message: `has a level-1 heading "${toString(node).slice(0, 40)}" (the page title is the only h1)`,
        expected: 'section headings written ## or deeper',
      });
    });
  };
}
