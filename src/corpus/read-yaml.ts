/**
 * Reads YAML (a registry file or an article's frontmatter) keeping line positions, so a
 * problem can name the line it is on.
 */
import { LineCounter, parseDocument, isNode } from 'yaml';
import type { ProblemList } from './problems.ts';

export interface YamlSource {
  file: string;
  data: unknown;
  /** 1-based line of the value at `path`, if it exists in the source. */
  lineOf: (path: readonly PropertyKey[]) => number | undefined;
}

/**
 * Parses `text` as YAML. On a syntax error, pushes a problem (with its line) and returns undefined.
 * `lineOffset` shifts lines, for frontmatter that starts below a `---` line.
 */
export function readYaml(text: string, file: string, problems: ProblemList, lineOffset = 0): YamlSource | undefined {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    for (const err of doc.errors) {
      const line = lineCounter.linePos(err.pos[0]).line + lineOffset;
      problems.error(file, '(yaml)', `is not valid YAML: ${err.message.split('\n')[0]}`, 'well-formed YAML', line);
    }
    return undefined;
  }
  return {
    file,
    data: doc.toJS(),
    lineOf(path) {
      for (let n = path.length; n >= 0; n--) {
        const node = doc.getIn(path.slice(0, n) as unknown[], true);
        if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line + lineOffset;
      }
      return undefined;
    },
  };
}
