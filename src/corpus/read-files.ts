/**
 * Reads the corpus folder's files as text: UTF-8 checked, size-limited, sorted by name so
 * every build sees them in the same order.
 */
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import path from 'node:path';
import type { ProblemList } from './problems.ts';

/** Larger files are refused: a corpus file this size is a mistake (a pasted dump, a binary). */
export const MAX_FILE_BYTES = 1_000_000;

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** The display name of a file: relative to the working directory, forward slashes. */
export function displayPath(file: string): string {
  return path.relative(process.cwd(), file).split(path.sep).join('/') || file;
}

/** Reads a text file; on any problem (missing, too large, not UTF-8) reports it and returns undefined. */
export function readText(file: string, problems: ProblemList): string | undefined {
  const shown = displayPath(file);
  if (!existsSync(file)) {
    problems.error(shown, '(file)', 'does not exist', 'the file to be there');
    return undefined;
  }
  const size = statSync(file).size;
  if (size > MAX_FILE_BYTES) {
    problems.error(shown, '(file)', `is ${size.toLocaleString('en')} bytes`, `at most ${MAX_FILE_BYTES.toLocaleString('en')} bytes`);
    return undefined;
  }
  try {
    return utf8.decode(readFileSync(file)).replace(/^\uFEFF/, '');
  } catch {
    problems.error(shown, '(file)', 'is not valid UTF-8 text', 'a UTF-8 encoded text file');
    return undefined;
  }
}

/** Files in `dir` whose names end with `ext`, sorted; [] when the folder is missing. */
export function listFiles(dir: string, ext: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith(ext) && !name.startsWith('.'))
    .sort()
    .map((name) => path.join(dir, name));
}
