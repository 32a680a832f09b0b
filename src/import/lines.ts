/**
 * A raw capture as a list of units: each non-blank line, with the features the boilerplate
 * method looks at. Pure functions; no file system.
 */
import { plainCapture, stripMarkdown } from './words.ts';

export interface Unit {
  /** Position in the list of units. */
  index: number;
  /** 1-based line number in the capture (the first, for a wrapped paragraph). */
  line: number;
  /** Index of its block: lines with no blank line between them share one. */
  block: number;
  /** The line (or the wrapped paragraph's lines) as in the capture, without surrounding whitespace. */
  text: string;
  /** Normalised, Markdown-free, lower-case text: for comparing lines with each other. */
  key: string;
  words: number;
  /** Ends a sentence (. ! ? …) or introduces what follows (:), possibly followed by closing quotes, brackets or emphasis markers. */
  terminal: boolean;
  /** Begins with a lower-case letter (after opening quotes or emphasis): the rest of a sentence. */
  startsLower: boolean;
  /** A Markdown heading (`## …`). */
  markdownHeading: boolean;
  /** Nothing but links, addresses, e-mail addresses or domain names. */
  linkOnly: boolean;
  /** Its letters are mostly in a script other than the capture's main one. */
  otherScript: boolean;
  /** Words run together at a link boundary ("warBrexit", "contractsRussian"): a flattened list of links. */
  gluedLinks: number;
  /** Indented by four or more spaces in the capture (a block set apart from the running text). */
  indented: boolean;
}

const BLANK = /^\s*$/u; // \s includes NBSP: a line of non-breaking spaces is blank
/** Ends a sentence, or introduces what follows (a colon before a quotation). */
const TERMINAL = /[.!?…:][\s"'”’»)\]*_]*$/u;
const STARTS_LOWER = /^[\s"'“‘«(*_[]*\p{Ll}/u;
const LINK = /\[[^\]]*\]\([^)]*\)|<[a-z]+:[^>\s]+>|\b(?:https?:\/\/|mailto:)\S+|\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b|\bwww\.[\w-]+(?:\.[\w-]+)+\S*/giu;
const GLUED = /\p{Ll}{2}\p{Lu}\p{Ll}/gu;

const SCRIPTS = ['Latin', 'Cyrillic', 'Arabic', 'Greek', 'Armenian', 'Georgian', 'Hebrew', 'Han', 'Devanagari'] as const;
const scriptRegex = Object.fromEntries(SCRIPTS.map((s) => [s, new RegExp(`\\p{Script=${s}}`, 'gu')])) as Record<(typeof SCRIPTS)[number], RegExp>;

/** Letters per script in a text. */
function scriptCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const s of SCRIPTS) {
    const n = text.match(scriptRegex[s])?.length ?? 0;
    if (n > 0) counts.set(s, n);
  }
  return counts;
}

const dominant = (counts: Map<string, number>) => [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];

/** Wrapped lines are at least this long (characters), except a paragraph's last. */
const WRAP_MIN = 40;

/**
 * A block of three or more lines hard-wrapped at a fixed width (one paragraph): every line but
 * the last is long, of about the same length, and none starts like a list item or a heading.
 * A headline over a standfirst, or a list of short links, is not.
 */
function isWrapped(lines: readonly string[]): boolean {
  if (lines.length < 3) return false;
  const body = lines.slice(0, -1).map((l) => l.trim().length);
  const longest = Math.max(...body);
  return body.every((n) => n >= WRAP_MIN && n >= 0.75 * longest) && !lines.some((l) => /^\s*([-*•#>]|\d+[.)])\s/.test(l));
}

/**
 * Splits a capture into units and measures each: a unit is a non-blank line, or a whole block
 * of hard-wrapped lines. `text` is always an exact passage of the capture.
 */
export function unitsOf(capture: string): Unit[] {
  const lines = capture.split('\n'); // a "\r" stays on its line, so every text is an exact passage
  const main = dominant(scriptCounts(capture));
  const groups: { first: number; raw: string[] }[] = [];
  lines.forEach((raw, i) => {
    if (BLANK.test(raw)) return;
    const last = groups.at(-1);
    if (last && last.first + last.raw.length === i) last.raw.push(raw);
    else groups.push({ first: i, raw: [raw] });
  });
  const pieces = groups.flatMap((g, block) =>
    isWrapped(g.raw) ? [{ line: g.first + 1, block, raw: g.raw.join('\n') }] : g.raw.map((raw, k) => ({ line: g.first + k + 1, block, raw })),
  );
  return pieces.map(({ line, block, raw }, index) => {
    const text = raw.trim();
    const unlinked = text.replace(LINK, '');
    const plain = plainCapture(text);
    const counts = scriptCounts(text);
    const letters = [...counts.values()].reduce((a, b) => a + b, 0);
    return {
      index,
      line,
      block,
      text,
      key: plain.toLowerCase(),
      words: plain === '' ? 0 : plain.split(' ').length,
      terminal: TERMINAL.test(stripMarkdown(text).trim()),
      startsLower: STARTS_LOWER.test(text),
      markdownHeading: /^#{1,6}\s/.test(text),
      linkOnly: unlinked !== text && unlinked.replace(/[\s\p{P}\p{S}]/gu, '') === '',
      otherScript: main !== undefined && letters > 0 && (counts.get(main) ?? 0) < letters / 2,
      gluedLinks: text.match(GLUED)?.length ?? 0,
      indented: /^( {4,}|\t)/.test(raw),
    };
  });
}

/** The text of a Markdown heading line, without its `#` marks and an emphasis wrapping it whole. */
export function headingText(text: string): string {
  const bare = text.replace(/^#{1,6}\s+/, '').replace(/\s+#+\s*$/, '').trim();
  const wrapped = /^(\*\*|__|\*|_)(.+)\1$/.exec(bare);
  return wrapped ? wrapped[2]!.trim() : bare;
}
