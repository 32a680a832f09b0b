/**
 * Turns zod issues into readable problems: the field, what is wrong, what was expected,
 * and the line in the YAML source when we can find it.
 */
import type { z } from 'zod';
import type { YamlSource } from './read-yaml.ts';
import type { ProblemList } from './problems.ts';

export function fieldPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out;
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (typeof value === 'string') return `"${value.length > 60 ? value.slice(0, 57) + '…' : value}"`;
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return `${typeof value} ${String(value)}`;
}

/** `issue.message` reworded as {message, expected}. */
function explain(issue: z.core.$ZodIssue): { message: string; expected?: string } {
  const input = (issue as { input?: unknown }).input;
  switch (issue.code) {
    case 'invalid_type':
      if (input === undefined) return { message: 'is missing', expected: `a ${issue.expected}` };
      return { message: `got ${describe(input)}`, expected: `a ${issue.expected}` };
    case 'unrecognized_keys':
      return {
        message: `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`,
        expected: 'only the documented fields (a typo?)',
      };
    case 'invalid_value':
      return {
        message: `${describe(input)} is not allowed`,
        expected: `one of ${issue.values.map((v) => JSON.stringify(v)).join(' | ')}`,
      };
    case 'too_small':
      if (issue.origin === 'array') return { message: 'has too few entries', expected: `at least ${String(issue.minimum)}` };
      break;
  }
  // Our own messages read "expected …": keep that as the expectation.
  if (issue.message.startsWith('expected ')) {
    return { message: input === undefined ? 'is invalid' : `got ${describe(input)}`, expected: issue.message.slice(9) };
  }
  return { message: issue.message };
}

/** Validates `value` against `schema`; pushes one problem per issue and returns the data or undefined. */
export function validateWith<S extends z.ZodType>(
  schema: S,
  value: unknown,
  source: { file: string; lineOf?: (path: readonly PropertyKey[]) => number | undefined },
  problems: ProblemList,
  prefix: readonly PropertyKey[] = [],
): z.output<S> | undefined {
  const result = schema.safeParse(value, { reportInput: true });
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const path = [...prefix, ...issue.path];
    const { message, expected } = explain(issue);
    problems.error(source.file, fieldPath(path), message, expected, source.lineOf?.(path));
  }
  return undefined;
}

export type { YamlSource };
