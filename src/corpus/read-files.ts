/**
 * Reads the corpus folder's files as text: UTF-8 checked, size-limited, sorted by name so
 * every build sees them in the same order.
 *
 * One policy for every entry inside the corpus folder (articles, registries, events, captures,
 * method.md, and the sub-folders that hold them): it must be a regular file or a real folder.
 * Symbolic links, named pipes (FIFOs), sockets and device files are refused with an error that
 * says what they are: links are not followed, so a corpus holds everything it renders and
 * cannot pull in a file from elsewhere on the machine, and a pipe would make the build wait
 * forever. The corpus folder itself (CORPUS_DIR) may be a link: that is where the user points.
 */
import { lstatSync, readdirSync, readFileSync, readlinkSync, statSync, type Stats } from 'node:fs';
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

export type EntryKind = 'missing' | 'file' | 'folder' | 'symlink' | 'fifo' | 'socket' | 'device';

function kindOf(stat: Stats): EntryKind {
  if (stat.isSymbolicLink()) return 'symlink';
  if (stat.isDirectory()) return 'folder';
  if (stat.isFile()) return 'file';
  if (stat.isFIFO()) return 'fifo';
  if (stat.isSocket()) return 'socket';
  return 'device';
}

/** What is at `file`, without following a link. */
export function entryKind(file: string): EntryKind {
  try {
    return kindOf(lstatSync(file));
  } catch {
    return 'missing';
  }
}

/** "is a symbolic link (to /etc/passwd)", "is a named pipe (FIFO)", … for an entry that is not what was expected. */
export function describeEntry(file: string, kind: EntryKind): string {
  switch (kind) {
    case 'missing':
      return 'does not exist';
    case 'file':
      return 'is a file, not a folder';
    case 'folder':
      return 'is a folder, not a file';
    case 'symlink': {
      let target = '';
      try {
        target = ` (to ${readlinkSync(file)})`;
      } catch {
        /* the link vanished meanwhile: say what it was */
      }
      return `is a symbolic link${target}, which the corpus does not follow`;
    }
    case 'fifo':
      return 'is a named pipe (FIFO), not a file';
    case 'socket':
      return 'is a socket, not a file';
    case 'device':
      return 'is a device file, not a file';
  }
}

/** What to do instead, for each kind of wrong entry. */
function fixFor(kind: EntryKind, want: 'file' | 'folder'): string {
  if (kind === 'symlink') return `a regular ${want} inside the corpus folder (copy it in rather than linking to it)`;
  if (kind === 'missing') return want === 'file' ? 'the file to be there' : 'the folder to be there';
  return want === 'file' ? 'a regular text file' : 'a folder';
}

/**
 * True when `dir` is a real folder inside the corpus. A missing folder is left to the caller
 * (some are optional); anything else in its place (a link, a file, a pipe) is reported.
 */
export function checkFolder(dir: string, problems: ProblemList): boolean {
  const kind = entryKind(dir);
  if (kind === 'folder') return true;
  if (kind !== 'missing') problems.error(displayPath(dir), '(folder)', describeEntry(dir, kind), fixFor(kind, 'folder'));
  return false;
}

/**
 * The corpus folder itself: it may be a link (CORPUS_DIR is where the user points), but it
 * must lead to a folder. Reports and returns false otherwise.
 */
export function checkCorpusFolder(dir: string, problems: ProblemList): boolean {
  let kind: EntryKind;
  try {
    kind = kindOf(statSync(dir));
  } catch {
    kind = entryKind(dir) === 'symlink' ? 'symlink' : 'missing';
  }
  if (kind === 'folder') return true;
  const expected = 'a corpus folder holding articles/, sources/, themes.yaml, actors.yaml and events/ (see CORPUS_DIR)';
  const message = kind === 'symlink' ? 'is a symbolic link that leads nowhere' : describeEntry(dir, kind);
  problems.error(displayPath(dir), '(folder)', message, expected);
  return false;
}

/** The 1-based line of `offset` in `text`. */
const lineAt = (text: string, offset: number) => text.slice(0, offset).split('\n').length;

/**
 * Reads a text file; on any problem (missing, not a regular file, too large, unreadable,
 * not UTF-8, CR-only line breaks) reports it and returns undefined.
 */
export function readText(file: string, problems: ProblemList): string | undefined {
  const shown = displayPath(file);
  const kind = entryKind(file);
  if (kind !== 'file') {
    problems.error(shown, '(file)', describeEntry(file, kind), fixFor(kind, 'file'));
    return undefined;
  }
  let bytes: Buffer;
  try {
    const size = lstatSync(file).size;
    if (size > MAX_FILE_BYTES) {
      problems.error(shown, '(file)', `is ${size.toLocaleString('en')} bytes`, `at most ${MAX_FILE_BYTES.toLocaleString('en')} bytes (a corpus file this large is a pasted dump or a binary)`);
      return undefined;
    }
    bytes = readFileSync(file);
  } catch (err) {
    problems.error(shown, '(file)', `cannot be read (${(err as NodeJS.ErrnoException).code ?? 'error'})`, 'a readable text file');
    return undefined;
  }
  let text: string;
  try {
    text = utf8.decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    const at = firstInvalidUtf8(bytes);
    problems.error(shown, '(file)', `is not valid UTF-8 text (byte 0x${bytes[at.offset]!.toString(16).toUpperCase().padStart(2, '0')})`, 'a UTF-8 encoded text file (re-save it as UTF-8)', at.line);
    return undefined;
  }
  // A carriage return alone (classic Mac OS line breaks) is no line break to YAML or Markdown:
  // the whole file would read as one line and every field as "missing".
  const cr = /\r(?!\n)/.exec(text);
  if (cr) {
    const only = !text.includes('\n');
    problems.error(shown, '(file)', only ? 'has line breaks made of a carriage return alone (CR, the old Mac OS convention)' : 'has a carriage return (CR) that is not followed by a line feed', 'LF (or CRLF) line breaks: re-save the file with Unix or Windows line endings', lineAt(text, cr.index));
    return undefined;
  }
  return text;
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

/** Non-hidden entries of a real folder, sorted by name; [] when it is not one (already reported by checkFolder). */
function entries(dir: string): { name: string; kind: EntryKind }[] {
  if (entryKind(dir) !== 'folder') return [];
  return readdirSync(dir)
    .filter((name) => !name.startsWith('.'))
    .sort()
    .map((name) => ({ name, kind: entryKind(path.join(dir, name)) }));
}

/**
 * Entries of `dir` whose names end with `ext` and that are not folders, sorted; [] when the
 * folder is missing. Links, pipes and the like are listed too: `readText` refuses each with
 * the reason, rather than letting it vanish from the corpus without a word.
 */
export function listFiles(dir: string, ext: string): string[] {
  return entries(dir)
    .filter((e) => e.kind !== 'folder' && e.name.endsWith(ext))
    .map((e) => path.join(dir, e.name));
}

/**
 * Entries of `dir` that `listFiles(dir, ext)` would silently skip although a contributor
 * probably meant them to be read: other extensions (`.yml`, `.markdown`) and sub-folders.
 * Hidden entries (`.DS_Store`, `.gitkeep`) are left alone.
 */
export function skippedEntries(dir: string, ext: string): { name: string; kind: EntryKind }[] {
  return entries(dir).filter((e) => e.kind === 'folder' || !e.name.endsWith(ext));
}
