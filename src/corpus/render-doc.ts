/**
 * Runs a Markdown file through a processor with every problem reported on the file's own
 * lines: the plugins' problems (unsafe links, raw HTML, limits …), a render that overflows
 * the stack or otherwise throws, and a render slower than the per-file limit. Used for
 * article bodies (load.ts) and for method.md, which the About page shows.
 */
import { VFile } from 'vfile';
import type { ProblemList } from './problems.ts';
import { createDocProcessor } from '../plugins/index.ts';
import type { DocSource } from './sources.ts';

/**
 * A file that takes longer than this to render is refused. The limits of remark-markdown-limits.ts
 * keep every known slow shape far below it; this is the backstop for one nobody has found yet.
 */
export const MAX_RENDER_MS = 10_000;

interface Runnable {
  processSync: (file: VFile) => unknown;
}

/**
 * The HTML of `file` rendered by `processor`, or undefined when it cannot be rendered.
 * `bodyLine` is the line of the source file where `file`'s text starts.
 */
export function renderChecked(processor: Runnable, file: VFile, shown: string, bodyLine: number, problems: ProblemList): string | undefined {
  const started = performance.now();
  let html: string | undefined;
  try {
    html = String(processor.processSync(file));
  } catch (err) {
    const overflow = err instanceof RangeError;
    problems.error(
      shown,
      '(body)',
      overflow ? 'is nested too deeply to render (the renderer ran out of stack)' : `cannot be rendered: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}`,
      'ordinary Markdown prose',
      bodyLine,
    );
  }
  for (const p of file.data.problems ?? [])
    problems.error(shown, p.field, p.message, p.expected, p.line === undefined ? undefined : p.line + bodyLine - 1);
  const seconds = (performance.now() - started) / 1000;
  if (html !== undefined && seconds * 1000 > MAX_RENDER_MS) {
    problems.error(shown, '(body)', `took ${seconds.toFixed(1)} s to render`, `at most ${MAX_RENDER_MS / 1000} s per file (simplify its Markdown)`, bodyLine);
    return undefined;
  }
  return file.data.refused ? undefined : html;
}

const docProcessor = createDocProcessor();

/** The HTML of a documentation file of the corpus (method.md), checked like an article body. */
export function renderDoc(doc: DocSource, problems: ProblemList): string | undefined {
  const before = problems.items.length;
  const html = renderChecked(docProcessor, new VFile({ path: doc.file, value: doc.body }), doc.file, 1, problems);
  return problems.items.length > before ? undefined : html;
}
