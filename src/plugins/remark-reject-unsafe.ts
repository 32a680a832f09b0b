/**
 * Rejects Markdown that could inject markup or reach another origin: raw HTML (including
 * `<script>`), images (the site loads nothing from elsewhere), and links whose scheme is not
 * http(s), mailto or a site-relative path (`javascript:`, `data:`, protocol-relative `//host` …).
 * External http(s) links that pass are marked `rel="noopener noreferrer external"`, like
 * every other external link on the site.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { pushProblem } from './types.ts';

/** http(s), mailto, or a path on this site (not `//host`, which is another origin without a scheme). */
const SAFE_URL = /^(https?:|mailto:|\/(?!\/)|#|\.{1,2}\/|[^:/?#]+(?:[/?#]|$))/i;
const EXTERNAL = /^https?:/i;

const EXTERNAL_REL = ['noopener', 'noreferrer', 'external'];

export default function remarkRejectUnsafe() {
  return (tree: Root, file: VFile) => {
    const definitions = new Map<string, string>();
    visit(tree, 'definition', (d) => {
      definitions.set(d.identifier.toLowerCase(), d.url.trim());
    });
    visit(tree, (node) => {
      const line = node.position?.start.line;
      // A closing tag (`</span>`) goes with its opening one, already reported.
      if (node.type === 'html' && !/^<\/[a-z][\w-]*\s*>$/i.test(node.value.trim())) {
        pushProblem(file, {
          line,
          field: '(body)',
          message: `contains raw HTML ${JSON.stringify(node.value.slice(0, 40))}`,
          expected: 'plain Markdown (raw HTML and <script> are not allowed)',
        });
      } else if (node.type === 'image' || node.type === 'imageReference') {
        const what = node.type === 'image' ? ` (${node.url})` : '';
        pushProblem(file, { line, field: '(body)', message: `contains an image${what}`, expected: 'text only: the site loads nothing from other origins' });
      } else if (node.type === 'link' || node.type === 'definition') {
        const url = node.url.trim();
        if (!SAFE_URL.test(url)) {
          pushProblem(file, { line, field: '(body)', message: `has a link to "${url.slice(0, 60)}"`, expected: 'an http(s), mailto or site-relative link' });
        } else if (node.type === 'link' && EXTERNAL.test(url)) {
          node.data = { ...node.data, hProperties: { ...node.data?.hProperties, rel: EXTERNAL_REL } };
        }
      } else if (node.type === 'linkReference') {
        // Its URL is checked on the definition; the rel goes on the link itself.
        const url = definitions.get(node.identifier.toLowerCase());
        if (url && EXTERNAL.test(url)) node.data = { ...node.data, hProperties: { ...node.data?.hProperties, rel: EXTERNAL_REL } };
      }
    });
  };
}
