/**
 * How close a drafted body is to the curated one: word-level agreement (the longest common
 * word sequence, via `diff`), boilerplate passages that survived, and text lines dropped.
 */
import { diffArrays } from 'diff';
import { plainCapture, wordsOf } from './words.ts';

export interface Agreement {
  /** Words of the curated body. */
  curatedWords: number;
  /** Words of the draft. */
  draftWords: number;
  /** Words both share in the same order. */
  common: number;
  /** common / the longer of the two: 1 means word for word. */
  agreement: number;
  /** Runs of words only in the draft (boilerplate kept, or text duplicated). */
  extra: string[];
  /** Runs of words only in the curated body (text dropped). */
  missing: string[];
}

export function agreement(draft: string, curated: string): Agreement {
  const a = wordsOf(curated);
  const b = wordsOf(draft);
  let common = 0;
  const extra: string[] = [];
  const missing: string[] = [];
  for (const part of diffArrays(a, b)) {
    if (part.added) extra.push(part.value.join(' '));
    else if (part.removed) missing.push(part.value.join(' '));
    else common += part.value.length;
  }
  const longer = Math.max(a.length, b.length);
  return { curatedWords: a.length, draftWords: b.length, common, agreement: longer === 0 ? 1 : common / longer, extra, missing };
}

/** Passages (known boilerplate) that still stand in the draft. */
export function boilerplateKept(draft: string, passages: readonly string[], curated: string): string[] {
  const d = plainCapture(draft);
  const c = plainCapture(curated);
  const count = (hay: string, needle: string) => hay.split(needle).length - 1;
  // A passage that is also text (a pull quote) may stand as often as the curated body has it.
  return passages.filter((p) => {
    const needle = plainCapture(p);
    return needle !== '' && count(d, needle) > count(c, needle);
  });
}

/** Paragraphs of the curated body (Markdown blocks) that do not stand whole in the draft. */
export function textLinesDropped(draft: string, curated: string): string[] {
  const d = plainCapture(draft);
  return curated
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter((block) => block !== '' && !d.includes(plainCapture(block)));
}
