/**
 * The comparison the fidelity test and the import measurement share: text reduced to its
 * words, so that layout (line breaks, NBSP, curly or straight quotes, Markdown markers) does
 * not count as a difference, and every word does.
 */

const CURLY: Record<string, string> = { '‘': "'", '’': "'", '“': '"', '”': '"' };

/** Whitespace runs (NBSP included) → one space; curly quotes → straight. */
export function normaliseWords(text: string): string {
  return text
    .replace(/[‘’“”]/g, (c) => CURLY[c]!)
    .replace(/\s+/g, ' ')
    .trim();
}

/** The Markdown markers that occur in captures and bodies: `[text](url)` → text; `*` and `#` dropped. */
export function stripMarkdown(text: string): string {
  return text.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/[*#]/g, '');
}

/** Capture (or Markdown body) text as it reads on the page, normalised for comparison. */
export const plainCapture = (text: string) => normaliseWords(stripMarkdown(text));

/** The words of a text, after `plainCapture`. */
export const wordsOf = (text: string): string[] => {
  const plain = plainCapture(text);
  return plain === '' ? [] : plain.split(' ');
};
