/**
 * Turns zod issues into readable problems: the field, what is wrong, what was expected,
 * and the line in the YAML source when we can find it. Written for contributors who know
 * YAML a little: "is missing — expected text", "got "Jane Doe" — expected a list", and a
 * "did you mean" for misspelt field names and values.
 */
import type { z } from 'zod';
import type { YamlSource } from './read-yaml.ts';
import type { ProblemList } from './problems.ts';
import { closest, didYouMean } from '../shared/suggest.ts';

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
  if (value === null) return 'an empty value';
  if (typeof value === 'string') return `"${value.length > 60 ? value.slice(0, 57) + '…' : value}"`;
  if (Array.isArray(value)) return value.length === 0 ? 'an empty list' : 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'number') return `the number ${value}`;
  return `${typeof value} ${String(value)}`;
}

/** The zod definition fields we walk; zod 4 keeps them on `_zod.def`. */
interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  innerType?: z.ZodType;
  in?: z.ZodType;
  entries?: Record<string, string>;
}
const defOf = (s: z.ZodType) => s._zod.def as unknown as Def;

/** The schema without optional / default / pipe wrappers. */
function unwrap(schema: z.ZodType): z.ZodType {
  let s = schema;
  for (;;) {
    const def = defOf(s);
    if (def.innerType) s = def.innerType;
    else if (def.type === 'pipe' && def.in) s = def.in;
    else return s;
  }
}

/** The (unwrapped) schema that validates the value at `path`, if the path leads anywhere. */
function schemaAt(root: z.ZodType, path: readonly PropertyKey[]): z.ZodType | undefined {
  let s = unwrap(root);
  for (const key of path) {
    const def = defOf(s);
    const next = def.type === 'object' && typeof key === 'string' ? def.shape?.[key] : def.type === 'array' && typeof key === 'number' ? def.element : undefined;
    if (!next) return undefined;
    s = unwrap(next);
  }
  return s;
}

/** Field names of an object schema; `required` keeps those without a default that may not be left out. */
function fieldsOf(schema: z.ZodType | undefined, required = false): string[] {
  const shape = schema ? defOf(schema).shape : undefined;
  if (!shape) return [];
  return Object.entries(shape)
    .filter(([, s]) => !required || !s.safeParse(undefined).success)
    .map(([k]) => k);
}

const listOf = (names: string[]) =>
  names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;

/** What a value of this schema looks like, in words. */
function kindOf(expected: string, schema: z.ZodType | undefined): string {
  switch (expected) {
    case 'string':
      return 'text';
    case 'number':
      return 'a number';
    case 'boolean':
      return 'true or false';
    case 'array':
      return 'a list (one "- item" line per entry, or [a, b])';
    case 'object': {
      const fields = fieldsOf(schema, true);
      return fields.length > 0 ? `a mapping with ${listOf(fields)}` : 'a mapping (field: value lines)';
    }
    default:
      return `a ${expected}`;
  }
}

interface Explained {
  message: string;
  expected?: string | undefined;
}

/** One issue in words. `root` is the schema of the whole value, used to name fields and suggest. */
function explain(issue: z.core.$ZodIssue, root: z.ZodType, schemaFile: string | undefined): Explained {
  const input = (issue as { input?: unknown }).input;
  const here = schemaAt(root, issue.path);
  switch (issue.code) {
    case 'invalid_type': {
      const kind = kindOf(issue.expected, here);
      if (input === undefined) return { message: 'is missing', expected: kind };
      if (input === null) return { message: 'is empty', expected: kind };
      // YAML reads 1988 or 2.5 as numbers: a date or id written bare needs quotes.
      if (issue.expected === 'string' && (typeof input === 'number' || typeof input === 'boolean'))
        return { message: `got ${describe(input)}, not text`, expected: `text: put it in quotes, as in "${String(input)}"` };
      return { message: `got ${describe(input)}`, expected: kind };
    }
    case 'unrecognized_keys': {
      // One key per issue: validateWith splits multi-key issues.
      const present = new Set(input && typeof input === 'object' ? Object.keys(input) : []);
      const free = fieldsOf(here).filter((k) => !present.has(k));
      const fields = fieldsOf(here);
      return {
        message: `is not a known field${didYouMean(issue.keys[0] ?? '', free)}`,
        expected: fields.length > 8 && schemaFile ? `only the fields documented in ${schemaFile}` : `only the fields ${listOf(fields)}`,
      };
    }
    case 'invalid_value': {
      const values = issue.values.map(String);
      const hint = typeof input === 'string' ? didYouMean(input, values) : '';
      return {
        message: input === undefined ? 'is missing' : `${describe(input)} is not allowed${hint}`,
        expected: `one of ${issue.values.map((v) => JSON.stringify(v)).join(' | ')}`,
      };
    }
    case 'custom': {
      const expected = (issue.params as { expected?: string } | undefined)?.expected;
      if (expected) return { message: issue.message, expected };
      break;
    }
  }
  if (typeof input === 'string' && input.trim() === '') return { message: 'is empty', expected: issue.message.replace(/^expected /, '') };
  // Our own messages read "expected …": keep that as the expectation.
  if (issue.message.startsWith('expected ')) {
    let got = input === undefined ? 'is invalid' : Array.isArray(input) ? (input.length === 0 ? 'is an empty list' : `has ${input.length} entr${input.length === 1 ? 'y' : 'ies'}`) : `got ${describe(input)}`;
    // A lowercase (or hyphenated) spelling that would pass: say so ("ids are lowercase").
    if (issue.code === 'invalid_format' && issue.format === 'regex' && typeof input === 'string' && issue.pattern) {
      // zod keeps the pattern as its /source/flags text.
      const [, body = issue.pattern, flags = ''] = /^\/(.*)\/([a-z]*)$/s.exec(issue.pattern) ?? [];
      const pattern = new RegExp(body, flags);
      const fix = [input.toLowerCase(), input.trim().toLowerCase().replace(/[\s_]+/g, '-')].find((v) => v !== input && pattern.test(v));
      if (fix) got += ` (did you mean "${fix}"?)`;
    }
    return { message: got, expected: issue.message.slice(9) };
  }
  if (issue.code === 'too_small' && issue.origin === 'array')
    return { message: 'has too few entries', expected: `at least ${String(issue.minimum)}` };
  return { message: issue.message };
}

/**
 * Validates `value` against `schema`; pushes one problem per issue and returns the data or
 * undefined. A misspelt field ("titel") is reported once, as an unknown field with its
 * suggestion, not also as the missing field it was meant to be.
 */
export function validateWith<S extends z.ZodType>(
  schema: S,
  value: unknown,
  source: {
    file: string;
    lineOf?: (path: readonly PropertyKey[]) => number | undefined;
    /** Where the schema is documented, named when its fields are too many to list in a message. */
    schemaFile?: string;
  },
  problems: ProblemList,
  prefix: readonly PropertyKey[] = [],
): z.output<S> | undefined {
  const result = schema.safeParse(value, { reportInput: true });
  if (result.success) return result.data;
  const issues = result.error.issues;
  const suggested = new Set<string>();
  for (const issue of issues) {
    if (issue.code !== 'unrecognized_keys') continue;
    const input = (issue as { input?: unknown }).input;
    const present = new Set(input && typeof input === 'object' ? Object.keys(input) : []);
    const free = fieldsOf(schemaAt(schema, issue.path)).filter((k) => !present.has(k));
    for (const key of issue.keys) {
      const near = closest(key, free);
      if (near) suggested.add(fieldPath([...issue.path, near]));
    }
  }
  for (const issue of issues) {
    const input = (issue as { input?: unknown }).input;
    if (issue.code === 'invalid_type' && input === undefined && suggested.has(fieldPath(issue.path))) continue;
    // Each unknown field is its own problem, named and placed on its own line.
    const split = issue.code === 'unrecognized_keys' ? issue.keys.map((key) => ({ ...issue, keys: [key], at: [...issue.path, key] })) : [{ ...issue, at: issue.path }];
    for (const { at, ...one } of split) {
      const path = [...prefix, ...at];
      const { message, expected } = explain(one as z.core.$ZodIssue, schema, source.schemaFile);
      problems.error(source.file, fieldPath(path), message, expected, source.lineOf?.(path));
    }
  }
  return undefined;
}

export type { YamlSource };
