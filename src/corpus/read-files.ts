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

/**
 * The display name of a file: relative to the working directory with forward slashes, or
 * absolute when it lies outside it (a corpus in a temporary folder).
 */
export function displayPath(file: string): string {
  const relative = path.relative(process.cwd(), file);
  if (relative === '') return '.';
  if (relative.startsWith('..') || path.isAbsolute(relative)) return path.resolve(file).split(path.sep).join('/');
  return relative.split(path.sep).join('/');
}

/** Reads a text file; on any problem (missing, too large, unreadable, not UTF-8) reports it and returns undefined. */
export function readText(file: string, problems: ProblemList): string | undefined {
  const shown = displayPath(file);
  if (!existsSync(file)) {
    problems.error(shown, '(file)', 'does not exist', 'the file to be there');
    return undefined;
  }
  let bytes: Buffer;
  try {
    const stat = statSync(file);
    if (!stat.isFile()) {
      problems.error(shown, '(file)', 'is a folder, not a file', 'a text file');
      return undefined;
    }
    if (stat.size > MAX_FILE_BYTES) {
      problems.error(shown, '(file)', `is ${stat.size.toLocaleString('en')} bytes`, `at most ${MAX_FILE_BYTES.toLocaleString('en')} bytes (a corpus file this large is a pasted dump or a binary)`);
      return undefined;
    }
    bytes = readFileSync(file);
  } catch (err) {
    problems.error(shown, '(file)', `cannot be read (${(err as NodeJS.ErrnoException).code ?? 'error'})`, 'a readable text file');
    return undefined;
  }
  try {
    return utf8.decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    const at = firstInvalidUtf8(bytes);
    problems.error(shown, '(file)', `is not valid UTF-8 text (byte 0x${bytes[at.offset]!.toString(16).toUpperCase().padStart(2, '0')})`, 'a UTF-8 encoded text file (re-save it as UTF-8)', at.line);
    return undefined;
  }
}

/** Offset and 1-based line of the first byte that breaks UTF-8 (a streaming decoder throws right there). */
function firstInvalidUtf8(bytes: Buffer): { offset: number; line: number } {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let offset = bytes.length - 1; // a sequence cut short at the very end
  for (let i = 0; i < bytes.length; i++) {
    try {
      decoder.decode(bytes.subarray(i, i + 1), { stream: true });
    } catch {
      // Point at the start of the broken sequence (a Latin-1 "é" is a lead byte whose follower fails).
      let j = i - 1;
      while (j > i - 4 && j >= 0 && (bytes[j]! & 0xc0) === 0x80) j--;
      offset = j >= 0 && j > i - 4 && bytes[j]! >= 0xc0 ? j : i;
      break;
    }
  }
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return { offset, line };
}

/** True when `dir` is a folder that can be listed. */
const isFolder = (dir: string) => existsSync(dir) && statSync(dir).isDirectory();

/** Files in `dir` whose names end with `ext`, sorted; [] when the folder is missing. */
export function listFiles(dir: string, ext: string): string[] {
  if (!isFolder(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith(ext) && !e.name.startsWith('.'))
    .map((e) => e.name)
    .sort()
    .map((name) => path.join(dir, name));
}

/**
 * Entries of `dir` that `listFiles(dir, ext)` would silently skip although a contributor
 * probably meant them to be read: other extensions (`.yml`, `.markdown`) and sub-folders.
 * Hidden entries (`.DS_Store`, `.gitkeep`) are left alone.
 */
export function skippedEntries(dir: string, ext: string): { name: string; folder: boolean }[] {
  if (!isFolder(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => !e.name.startsWith('.') && !(e.isFile() && e.name.endsWith(ext)))
    .map((e) => ({ name: e.name, folder: e.isDirectory() }))
    .sort((a, b) => a.name.localeCompare(b.name));
}
