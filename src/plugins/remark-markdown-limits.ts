/**
 * Bounds on the shape of a Markdown file, checked in one linear pass BEFORE it is parsed.
 * The Markdown parser and the tree walkers after it are recursive and, on some inputs,
 * quadratic: 3,000 nested `>` overflow the call stack, 150,000 nested brackets in one
 * paragraph take minutes, and so do long runs of `*_*_…`. No article needs such shapes, so a
 * file that has one is refused with the line it is on, before the parser ever sees it.
 *
 * `remarkMarkdownLimits` applies the check inside a unified processor: it wraps the parser
 * installed by remark-parse, and a refused file parses to an empty tree.
 */
import type { Root } from 'mdast';
import type { Processor } from 'unified';
import type { VFile } from 'vfile';
import { pushProblem, type PluginProblem } from './types.ts';

/** Containers (`>` quotes, list items) open on one line, counting indentation as list nesting. */
export const MAX_NESTING = 32;
/**
 * Inline marks (`* _ [ ] \` <`) in one block (text between blank lines), and in the whole file.
 * The parser's cost grows with the square of the marks in a paragraph (about 0.1 s for 500
 * alternating `*_`), so both are bounded: the worst file within them renders in a few seconds.
 * The real articles have at most a few dozen marks in all, method.md about 130.
 */
export const MAX_INLINE_MARKS = 500;
export const MAX_FILE_MARKS = 10_000;

const CONTAINER = /^(?:>|[-*+](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$))[ \t]?/;
/** `* * *`, `---`: a rule, not nested list items. */
const THEMATIC_BREAK = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const FENCE = /^(?:`{3,}|~{3,})/;
const INLINE_MARK = /[*_[\]`<]/g;

/** Indentation width in columns (a tab is 4). */
function indentWidth(line: string): { width: number; length: number } {
  let width = 0;
  let i = 0;
  for (; i < line.length; i++) {
    if (line[i] === ' ') width++;
    else if (line[i] === '\t') width += 4 - (width % 4);
    else break;
  }
  return { width, length: i };
}

/** How deeply the containers at the start of `line` nest, and the rest of the line. */
function lineNesting(line: string): { depth: number; rest: string } {
  if (THEMATIC_BREAK.test(line)) return { depth: 0, rest: line };
  let depth = 0;
  let rest = line;
  for (;;) {
    const { width, length } = indentWidth(rest);
    // Two columns of indentation are about one more level of list nesting (sub-lists are
    // indented by 2 to 4 columns, so this errs on the side of counting too many).
    depth += Math.floor(width / 2);
    rest = rest.slice(length);
    const m = CONTAINER.exec(rest);
    if (!m) return { depth, rest };
    depth++;
    rest = rest.slice(m[0].length);
  }
}

/** The first limit `markdown` breaks, as a problem on its (1-based) line; undefined when within every limit. */
export function markdownLimitProblem(markdown: string): PluginProblem | undefined {
  const lines = markdown.split('\n');
  let fence = false;
  let marks = 0;
  let total = 0;
  let blockStart = 1;
  for (let i = 0; i < lines.length; i++) {
    const { depth, rest } = lineNesting(lines[i]!);
    if (FENCE.test(rest)) fence = !fence;
    if (fence) continue;
    if (depth > MAX_NESTING)
      return {
        line: i + 1,
        field: '(body)',
        message: `nests quotes or lists ${depth} levels deep`,
        expected: `at most ${MAX_NESTING} levels of > quotes and list items`,
      };
    if (rest.trim() === '') {
      marks = 0;
      blockStart = i + 2;
      continue;
    }
    const here = rest.match(INLINE_MARK)?.length ?? 0;
    marks += here;
    total += here;
    if (marks > MAX_INLINE_MARKS)
      return {
        line: blockStart,
        field: '(body)',
        message: `has a paragraph with more than ${MAX_INLINE_MARKS.toLocaleString('en')} Markdown marks (* _ [ ] \` <)`,
        expected: 'ordinary prose: emphasis, links and code a few times per paragraph (split the paragraph or remove the marks)',
      };
    if (total > MAX_FILE_MARKS)
      return {
        line: i + 1,
        field: '(body)',
        message: `has more than ${MAX_FILE_MARKS.toLocaleString('en')} Markdown marks (* _ [ ] \` <) in all`,
        expected: 'ordinary prose: emphasis, links and code a few times per paragraph',
      };
  }
  return undefined;
}

/** Refuses a file that breaks a limit before remark-parse sees it (use after remark-parse). */
export default function remarkMarkdownLimits(this: Processor) {
  const parse = this.parser;
  if (!parse) throw new Error('remarkMarkdownLimits must come after remark-parse');
  this.parser = (document: string, file: VFile): Root => {
    const problem = markdownLimitProblem(document);
    if (!problem) return parse(document, file) as Root;
    pushProblem(file, problem);
    file.data.refused = true;
    return { type: 'root', children: [] };
  };
}
