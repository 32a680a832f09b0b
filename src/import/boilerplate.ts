/**
 * The general method that separates an article's text from the page furniture around it.
 *
 * 1. Core paragraphs: lines of running prose (≥ CORE_MIN_WORDS words, ending a sentence or
 *    running on into the next line) that carry no furniture cue and are not links, another
 *    script, a flattened link list or a line shared with another capture.
 * 2. The text is the largest cluster of core paragraphs, where a cluster breaks after more
 *    than MAX_GAP non-core lines in a row, or at an author box or a comment form. Everything before and after it — mastheads,
 *    titles, bylines, appeals, sidebars, comment forms, short lines at the edges — is
 *    removed (metadata among it is picked up by metadata.ts).
 * 3. Inside the text, a line is removed when it is a link or address line, in another
 *    script, shared with another capture of the outlet, a repeat of a passage of a longer
 *    paragraph (a pull quote), a repeat of another line, a credit, byline or date, or a short
 *    line with a furniture cue. A short line without a full stop between paragraphs is a
 *    section heading. Anything else is kept.
 *
 * No rule names an outlet, a capture or a passage: the cues are web-page furniture in general.
 */
import { furnitureCues, type CueKind } from './cues.ts';
import type { Unit } from './lines.ts';
import { explicitByline, isCreditLine, isDateLine } from './metadata.ts';

/** Fewer words than this is not running prose (headings, labels, teasers). */
export const CORE_MIN_WORDS = 10;
/** Lines a heading may have at most. */
export const HEADING_MAX_WORDS = 12;
/** A short line with one furniture cue is furniture; a longer one needs two. */
export const SHORT_LINE_WORDS = 15;
/** More non-core lines than this in a row end a cluster of paragraphs. */
export const MAX_GAP = 3;
/** A line repeated inside a longer paragraph is a pull quote from this many words on. */
export const PULL_QUOTE_MIN_WORDS = 6;

/** Furniture that stands only after an article (an author box, a comment form): the text does not go on past it. */
const ENDS_TEXT: ReadonlySet<CueKind> = new Set(['author-box', 'comments']);

export type Role = 'text' | 'heading' | 'removed';

export interface Decision {
  unit: Unit;
  role: Role;
  /** Before, inside or after the text. */
  zone: 'before' | 'inside' | 'after';
  /** Why, in words, for the report. */
  reason: string;
  cues: CueKind[];
}

export interface Options {
  /** Keys (Unit.key) of the lines of other captures in the corpus: furniture they share is the outlet's. */
  sharedKeys?: ReadonlySet<string> | undefined;
}

/** Enough furniture cues for a line of this length. */
const isFurniture = (u: Unit, cues: readonly CueKind[]) => cues.length >= (u.words <= SHORT_LINE_WORDS ? 1 : 2);

/** What makes a line structurally not text, whatever its place; undefined when nothing does. */
function structuralReason(u: Unit, units: readonly Unit[], options: Options): string | undefined {
  if (u.linkOnly) return 'a line of links or addresses';
  if (u.otherScript) return 'in another script than the text';
  if (u.gluedLinks >= 2) return 'a list of links run together';
  if (options.sharedKeys?.has(u.key) && u.key.length > 0) return 'also printed in another capture (the outlet’s furniture)';
  if (u.words >= PULL_QUOTE_MIN_WORDS && units.some((o) => o !== u && o.key.length > u.key.length && o.key.includes(u.key)))
    return 'repeats a passage of a longer paragraph (a pull quote)';
  return undefined;
}

const describeCues = (cues: readonly CueKind[]) => [...new Set(cues)].join(', ').replaceAll('-', ' ');

export function classify(units: readonly Unit[], options: Options = {}): Decision[] {
  const cues = units.map((u) => furnitureCues(u.text));
  const structural = units.map((u) => structuralReason(u, units, options));
  const next = (i: number) => units[i + 1];
  const core = units.map(
    (u, i) =>
      u.words >= CORE_MIN_WORDS &&
      !u.markdownHeading &&
      (u.terminal || next(i)?.startsLower === true) &&
      !isFurniture(u, cues[i]!) &&
      structural[i] === undefined,
  );

  // Clusters of core lines; the text is the one with the most words.
  const clusters: { first: number; last: number; words: number }[] = [];
  units.forEach((u, i) => {
    if (!core[i]) return;
    const last = clusters.at(-1);
    const ended = last !== undefined && cues.slice(last.last + 1, i).some((c) => c.some((k) => ENDS_TEXT.has(k)));
    if (last && i - last.last - 1 <= MAX_GAP && !ended) {
      last.last = i;
      last.words += u.words;
    } else clusters.push({ first: i, last: i, words: u.words });
  });
  const main = clusters.reduce<(typeof clusters)[number] | undefined>((best, c) => (!best || c.words > best.words ? c : best), undefined);
  if (!main) return units.map((u, i) => ({ unit: u, role: 'removed', zone: 'before', reason: 'no running text found', cues: cues[i]! }));

  // Lines repeated elsewhere in the capture (outside the core): layout furniture printed twice.
  const seen = new Map<string, number>();
  for (const u of units) seen.set(u.key, (seen.get(u.key) ?? 0) + 1);

  return units.map((u, i): Decision => {
    const c = cues[i]!;
    if (i < main.first || i > main.last) {
      const zone = i < main.first ? 'before' : 'after';
      const why = structural[i] ?? (c.length > 0 ? describeCues(c) : u.words < CORE_MIN_WORDS ? 'a short line' : 'outside the run of paragraphs');
      return { unit: u, role: 'removed', zone, reason: `${zone} the text: ${why}`, cues: c };
    }
    const removed = (reason: string): Decision => ({ unit: u, role: 'removed', zone: 'inside', reason, cues: c });
    if (core[i]) return { unit: u, role: 'text', zone: 'inside', reason: 'running text', cues: c };
    if (structural[i]) return removed(structural[i]!);
    if (u.markdownHeading) return { unit: u, role: 'heading', zone: 'inside', reason: 'a Markdown heading', cues: c };
    if (isFurniture(u, c)) return removed(describeCues(c));
    if (explicitByline(u.text) || isCreditLine(u.text)) return removed('a byline or credit');
    if (isDateLine(u.text)) return removed('a date line');
    if (u.words < CORE_MIN_WORDS && (seen.get(u.key) ?? 0) > 1) return removed('a short line printed more than once');
    if (u.words <= HEADING_MAX_WORDS && !/[.,;:]$/.test(u.text) && !u.startsLower && !u.indented)
      return { unit: u, role: 'heading', zone: 'inside', reason: 'a short line without a full stop between paragraphs', cues: c };
    return { unit: u, role: 'text', zone: 'inside', reason: 'kept: not running prose, check it', cues: c };
  });
}
