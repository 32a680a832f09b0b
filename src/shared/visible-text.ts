/**
 * Characters that must not reach a page unseen: control characters, bidirectional controls
 * (a right-to-left override turns "txt.exe" into "exe.txt" on screen), and, in short one-line
 * values such as titles and names, invisible format characters (a zero-width space title
 * is a link with no visible text). The schemas explain each refusal with these helpers.
 */

/** Bidirectional embedding, override and isolate controls. */
const BIDI = /[\u202A-\u202E\u2066-\u2069]/u;
/** C0 and C1 control characters other than tab and line breaks. */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/u;
/** Invisible format characters (zero-width space, word joiner, BOM, soft hyphen, LRM/RLM …) except the joiners some scripts need (ZWNJ, ZWJ). */
const INVISIBLE = /(?![\u200C\u200D])\p{Cf}/u;
/** A character someone can see. */
const VISIBLE = /[\p{L}\p{N}\p{P}\p{S}]/u;

const NAMES: Record<number, string> = {
  0x202a: 'LEFT-TO-RIGHT EMBEDDING',
  0x202b: 'RIGHT-TO-LEFT EMBEDDING',
  0x202c: 'POP DIRECTIONAL FORMATTING',
  0x202d: 'LEFT-TO-RIGHT OVERRIDE',
  0x202e: 'RIGHT-TO-LEFT OVERRIDE',
  0x2066: 'LEFT-TO-RIGHT ISOLATE',
  0x2067: 'RIGHT-TO-LEFT ISOLATE',
  0x2068: 'FIRST STRONG ISOLATE',
  0x2069: 'POP DIRECTIONAL ISOLATE',
  0x200b: 'ZERO WIDTH SPACE',
  0x200e: 'LEFT-TO-RIGHT MARK',
  0x200f: 'RIGHT-TO-LEFT MARK',
  0x2060: 'WORD JOINER',
  0xfeff: 'ZERO WIDTH NO-BREAK SPACE',
  0x00ad: 'SOFT HYPHEN',
};

const codePoint = (ch: string) => {
  const cp = ch.codePointAt(0)!;
  const hex = `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
  return NAMES[cp] ? `${hex} (${NAMES[cp]})` : hex;
};

export interface TextProblem {
  message: string;
  expected: string;
}

/**
 * Why `value` cannot be shown as it is; undefined when it can. `oneLine` values (titles,
 * names, labels, aliases, terms) may also hold no line break and no invisible format
 * character, and at most `maxLength` characters.
 */
export function visibleTextProblem(value: string, options: { oneLine?: boolean; maxLength?: number } = {}): TextProblem | undefined {
  const bidi = BIDI.exec(value);
  if (bidi) return { message: `contains the invisible bidirectional control ${codePoint(bidi[0])}`, expected: 'text without direction overrides (the page sets the direction of right-to-left text itself)' };
  const control = CONTROL.exec(value);
  if (control) return { message: `contains the control character ${codePoint(control[0])}`, expected: 'printable text (a stray control character from a copy and paste?)' };
  if (!VISIBLE.test(value)) return { message: 'has no visible character', expected: 'text someone can read' };
  if (!options.oneLine) return undefined;
  const invisible = INVISIBLE.exec(value);
  if (invisible) return { message: `contains the invisible character ${codePoint(invisible[0])}`, expected: 'text without invisible characters' };
  if (/[\n\r]/.test(value)) return { message: 'runs over more than one line', expected: 'a value on one line' };
  if (options.maxLength !== undefined && [...value].length > options.maxLength)
    return { message: `is ${[...value].length.toLocaleString('en')} characters long`, expected: `at most ${options.maxLength} characters` };
  return undefined;
}
