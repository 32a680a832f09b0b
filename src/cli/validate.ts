/**
 * `npm run validate`: checks the whole corpus without building the site and prints every
 * problem, one per line: file[:line] field — what is wrong — what was expected.
 * Exit 0 when there is no error (warnings allowed), 1 otherwise. Never a stack trace.
 * `--names` then lists capitalised names and acronyms in the bodies that match no actor alias
 * (see src/corpus/names.ts), with draft registry entries.
 */
import { checkCorpus, type LoadOptions } from '../corpus/load.ts';
import type { Corpus } from '../corpus/model.ts';
import { formatProblem, ProblemList, type Problem } from '../corpus/problems.ts';
import { formatNamesReport, missingNames, readIgnoredNames, staleIgnores } from '../corpus/names.ts';
import { displayPath } from '../corpus/read-files.ts';
import path from 'node:path';
import { parseArgs } from 'node:util';

/**
 * Checks and reports; returns the exit code and, when there is no error, the model (the build
 * reuses it). `onFrontmatter` is passed on to checkCorpus.
 */
export function validateAndReport(dir?: string, onFrontmatter?: LoadOptions['onFrontmatter']): { code: number; corpus?: Corpus | undefined } {
  let result;
  try {
    result = checkCorpus({ ...(dir ? { dir } : {}), ...(onFrontmatter ? { onFrontmatter } : {}) });
  } catch (err) {
    // A bug in the checker itself: still say it plainly, and where to report it.
    console.error(`validate: internal error while checking the corpus: ${err instanceof Error ? err.message : String(err)}`);
    return { code: 1 };
  }
  // Grouped by file, in line order, so the problems of one file read top to bottom.
  const byPlace = (a: Problem, b: Problem) => (a.file < b.file ? -1 : a.file > b.file ? 1 : (a.line ?? 0) - (b.line ?? 0));
  const errors = result.problems.filter((p) => p.severity === 'error').sort(byPlace);
  const warnings = result.problems.filter((p) => p.severity === 'warning').sort(byPlace);
  for (const p of [...errors, ...warnings]) (p.severity === 'error' ? console.error : console.warn)(formatProblem(p));
  const c = result.corpus;
  const summary = c
    ? `${c.articles.length} articles, ${c.themes.length} themes, ${c.actors.length} actors, ${c.events.length} timeline entries${c.perspectives.length > 0 ? `, ${c.perspectives.length} perspectives` : ''}`
    : 'corpus not built';
  console.log(`validate: ${errors.length} error(s), ${warnings.length} warning(s) — ${summary}`);
  return errors.length > 0 ? { code: 1 } : { code: 0, corpus: c };
}

export function runValidate(dir?: string): number {
  return validateAndReport(dir).code;
}

/** `--names`: after validating, lists the names in the article bodies that no actor alias matches. */
export function runNamesReport(corpus: Corpus, dir = process.env.CORPUS_DIR ?? 'content'): number {
  const problems = new ProblemList();
  const ignored = readIgnoredNames(dir, problems);
  for (const p of problems.items) console.error(formatProblem(p));
  if (problems.hasErrors) return 1;
  console.log(formatNamesReport(missingNames(corpus, ignored), staleIgnores(corpus, ignored), displayPath(path.join(dir, 'names-ignore.yaml'))));
  return 0;
}

if (import.meta.main) {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { names: { type: 'boolean', default: false } } });
  const dir = positionals[0];
  const { code, corpus } = validateAndReport(dir);
  process.exitCode = code === 0 && corpus && values.names ? runNamesReport(corpus, dir) : code;
}
