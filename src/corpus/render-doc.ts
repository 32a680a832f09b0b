/**
 * Renders a documentation Markdown file of the corpus folder (e.g. method.md for the About
 * page) to HTML. Raw HTML in it is dropped, never passed through.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';

const processor = unified().use(remarkParse).use(remarkRehype).use(rehypeStringify);

/** HTML of `<corpus dir>/<name>`, or undefined when the file is absent. */
export function renderCorpusDoc(dir: string, name: string): string | undefined {
  const file = path.join(dir, name);
  if (!existsSync(file)) return undefined;
  return String(processor.processSync(readFileSync(file, 'utf8')));
}
