/**
 * Placeholders: values `npm run import` leaves for the editors to decide ("TODO: …" — the
 * summary, the themes, the rights, …). A file holding one is unfinished: the validator reports
 * each placeholder as an error, on its own line, instead of the schema errors it would cause.
 */

/** A value that is a placeholder starts with this marker. */
export const PLACEHOLDER_MARK = 'TODO:';

export const isPlaceholder = (value: unknown): value is string => typeof value === 'string' && value.trimStart().startsWith(PLACEHOLDER_MARK);

/** Paths (keys and indexes) of every placeholder in a parsed YAML value, in document order. */
export function placeholderPaths(value: unknown, at: (string | number)[] = []): (string | number)[][] {
  if (isPlaceholder(value)) return [at];
  if (Array.isArray(value)) return value.flatMap((v, i) => placeholderPaths(v, [...at, i]));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => placeholderPaths(v, [...at, k]));
  return [];
}

/** "rights.holder", "themes[0]" for a placeholder's path. */
export const placeholderLabel = (path: readonly (string | number)[]) =>
  path.map((k, i) => (typeof k === 'number' ? `[${k}]` : i === 0 ? k : `.${k}`)).join('');
