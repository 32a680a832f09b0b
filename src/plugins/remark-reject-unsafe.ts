/**
 * Rejects Markdown that could inject markup or reach another origin: raw HTML (including
 * `<script>`), images (the site loads nothing from elsewhere), and links whose scheme is not
 * http(s), mailto or a site-relative path (`javascript:`, `data:` …).
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { pushProblem } from './types.ts';

const SAFE_URL = /^(https?:|mailto:|\/|#|\.{0,2}\/)/i;

export default function remarkRejectUnsafe() {
  return (tree: Root, file: VFile) => {
    visit(tree, (node) => {
      const line = node.position?.start.line;
      if (node.type === 'html') {
        pushProblem(file, {
          line,
          field: '(body)',
          message: `contains raw HTML ${JSON.stringify(node.value.slice(0, 40))}`,
          expected: 'plain Markdown (raw HTML and <script> are not allowed)',
        });
      } else if (node.type === 'image') {
        pushProblem(file, { line, field: '(body)', message: `contains an image (${node.url})`, expected: 'text only: the site loads nothing from other origins' });
      } else if ((node.type === 'link' || node.type === 'definition') && !SAFE_URL.test(node.url.trim())) {
        pushProblem(file, { line, field: '(body)', message: `has a link to "${node.url.slice(0, 60)}"`, expected: 'an http(s), mailto or site-relative link' });
      }
    });
  };
}
