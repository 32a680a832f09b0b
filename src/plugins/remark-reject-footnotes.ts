/**
 * Footnotes (`[^1]` and `[^1]: …`) are not part of the Markdown the site reads (CommonMark,
 * without the GFM footnote extension): left alone they would show as literal "[^1]" or turn
 * into a link to "…". They are refused, so a text never silently loses its notes.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { pushProblem } from './types.ts';

const FOOTNOTE_REF = /\[\^[^\]\s]+\]/;

export default function remarkRejectFootnotes() {
  return (tree: Root, file: VFile) => {
    const seen = new Set<number>();
    const report = (line: number | undefined, mark: string) => {
      if (line !== undefined && seen.has(line)) return;
      if (line !== undefined) seen.add(line);
      pushProblem(file, {
        line,
        field: '(body)',
        message: `uses footnote syntax "${mark}", which the site does not support`,
        expected: 'the note as ordinary text (for instance a "Notes" section at the end), or an entry in editorNotes for a note of ours',
      });
    };
    visit(tree, (node) => {
      const line = node.position?.start.line;
      if ((node.type === 'definition' || node.type === 'linkReference') && node.label?.startsWith('^')) report(line, `[${node.label}]`);
      else if (node.type === 'text') {
        const m = FOOTNOTE_REF.exec(node.value);
        if (m) report(line, m[0]);
      }
    });
  };
}
