/**
 * Reads YAML (a registry file or an article's frontmatter) keeping line positions, so a
 * problem can name the line it is on.
 */
import { LineCounter, parseDocument, isNode, type YAMLError } from 'yaml';
import type { ProblemList } from './problems.ts';

export interface YamlSource {
  file: string;
  data: unknown;
  /** 1-based line of the value at `path`, if it exists in the source. */
  lineOf: (path: readonly PropertyKey[]) => number | undefined;
}

/** What the parser's error means for someone who wrote the file by hand. */
function explainYamlError(err: YAMLError, lineText: string): { message: string; expected: string } {
  const generic = { message: `is not valid YAML: ${err.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')}`, expected: 'well-formed YAML' };
  if (/^\s*\t/.test(lineText)) return { message: 'is indented with a tab', expected: 'spaces for indentation (YAML does not allow tabs)' };
  switch (err.code) {
    case 'DUPLICATE_KEY': {
      const key = /^\s*(?:-\s+)?([^:#]+?)\s*:/.exec(lineText)?.[1];
      return { message: key ? `the field "${key}" appears twice` : 'a field appears twice', expected: 'each field once per entry' };
    }
    case 'MISSING_CHAR':
      if (/quote/.test(err.message)) return { message: 'a quoted value is not closed', expected: 'the closing quote mark on the same line as the opening one' };
      if (/\]/.test(err.message)) return { message: 'a [ … ] list is not closed', expected: 'a closing ] at the end of the list' };
      break;
    case 'BAD_INDENT':
      if (/end with a \]/.test(err.message)) return { message: 'a [ … ] list is not closed', expected: 'a closing ] at the end of the list' };
      return { message: 'is not indented as the lines around it', expected: 'each field of an entry indented by the same number of spaces' };
    case 'BLOCK_AS_IMPLICIT_KEY':
      return {
        message: 'a value contains ": " (a colon and a space), or a line is indented too far',
        expected: 'the value in quotes, as in title: "Karabakh: the war", or the line lined up with the fields above it',
      };
    case 'MULTIPLE_DOCS':
      return { message: 'holds more than one YAML document (a stray --- line?)', expected: 'one YAML document' };
    case 'UNEXPECTED_TOKEN':
      if (/:\s*'.*'.*'/.test(lineText))
        return { message: "an apostrophe ends a '…' quoted value early", expected: `two apostrophes ('') for one inside '…', or "…" quotes around the value` };
      break;
  }
  return generic;
}

/** The first line up to `last` whose value opens a quote it does not close. */
function openingQuoteLine(lines: string[], last: number): number | undefined {
  for (let i = 0; i < Math.min(last, lines.length); i++) {
    const value = /^\s*(?:-\s+)?(?:[^:"']+:\s+)?(["'])(.*)$/.exec(lines[i]!);
    if (!value) continue;
    const [, quote, rest] = value;
    const closes = quote === '"' ? /(^|[^\\])"/.test(rest!) : rest!.replaceAll("''", '').includes("'");
    if (!closes) return i + 1;
  }
  return undefined;
}

/**
 * Parses `text` as YAML. On a syntax error, pushes one problem (the parser's first: the
 * rest are usually its consequences) and returns undefined.
 * `lineOffset` shifts lines, for frontmatter that starts below a `---` line.
 */
export function readYaml(text: string, file: string, problems: ProblemList, lineOffset = 0): YamlSource | undefined {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const err = doc.errors[0];
  if (err) {
    const lines = text.split(/\r?\n/);
    let line = lineCounter.linePos(err.pos[0]).line;
    // An unclosed quote is found where the parser gives up, often far below: point at its opening.
    if (err.code === 'MISSING_CHAR') line = openingQuoteLine(lines, line) ?? line;
    const { message, expected } = explainYamlError(err, lines[line - 1] ?? '');
    problems.error(file, '(yaml)', message, expected, line + lineOffset);
    return undefined;
  }
  let data: unknown;
  try {
    data = doc.toJS();
  } catch (e) {
    // The yaml package refuses "billion laughs" alias bombs here rather than at parse time.
    problems.error(file, '(yaml)', `cannot be read: ${(e as Error).message}`, 'plain YAML without *alias chains', 1 + lineOffset);
    return undefined;
  }
  return {
    file,
    data,
    lineOf(path) {
      for (let n = path.length; n >= 0; n--) {
        const node = doc.getIn(path.slice(0, n) as unknown[], true);
        if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line + lineOffset;
      }
      return undefined;
    },
  };
}
