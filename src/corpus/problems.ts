/**
 * Problems found in a corpus, reported one line each:
 *   file[:line] field — what is wrong — what was expected
 * Errors stop the build; warnings are printed and the build goes on.
 */
export type Severity = 'error' | 'warning';

export interface Problem {
  severity: Severity;
  /** Path as the user would type it: relative to the working directory (content/actors.yaml), absolute outside it. */
  file: string;
  /** 1-based line, when known. */
  line?: number | undefined;
  /** Dotted field path, e.g. "published.date" or "[3].aliases[1]". */
  field: string;
  /** What is wrong. */
  message: string;
  /** What was expected instead. */
  expected?: string | undefined;
}

export function formatProblem(p: Problem): string {
  const where = p.line ? `${p.file}:${p.line}` : p.file;
  const tail = p.expected ? ` — expected ${p.expected}` : '';
  return `${p.severity === 'warning' ? 'warning: ' : ''}${where} ${p.field || '(file)'} — ${p.message}${tail}`;
}

/** Thrown when a corpus has errors; `message` lists every one, so no stack trace is needed. */
export class CorpusError extends Error {
  readonly problems: Problem[];
  constructor(problems: Problem[]) {
    const errors = problems.filter((p) => p.severity === 'error');
    super(
      `The corpus has ${errors.length} error${errors.length === 1 ? '' : 's'}:\n` +
        errors.map((p) => `  ${formatProblem(p)}`).join('\n'),
    );
    this.name = 'CorpusError';
    this.problems = problems;
  }
}

/** Collects problems while the corpus is read and checked. */
export class ProblemList {
  readonly items: Problem[] = [];
  error(file: string, field: string, message: string, expected?: string, line?: number): void {
    this.items.push({ severity: 'error', file, field, message, expected, line });
  }
  warn(file: string, field: string, message: string, expected?: string, line?: number): void {
    this.items.push({ severity: 'warning', file, field, message, expected, line });
  }
  get hasErrors(): boolean {
    return this.items.some((p) => p.severity === 'error');
  }
}
