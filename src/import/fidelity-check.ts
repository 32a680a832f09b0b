/**
 * The fidelity check of one article against its raw capture and its fidelity record
 * (src/schemas/fidelity.ts). Pure; the fidelity test runs it on every article of the corpus,
 * the import tests on a freshly imported and completed draft.
 *
 *  1. passages: every listed passage occurs in the capture (the list is honest) and is gone
 *     from the body (a `once` passage: all but one of its occurrences stay);
 *  2. words: the capture with those passages removed equals the body, word for word, after the
 *     same normalisation on both sides (whitespace runs → one space, curly quotes → straight;
 *     Markdown markers dropped);
 *  3. moved: the metadata passages moved out of the body are in the frontmatter, each naming
 *     the field that holds it, and the title is not in the body;
 *  4. structure: headings (all `##`), paragraph count, passages that must stand in one paragraph.
 */
import type { Fidelity, RemovedPassage } from '../schemas/fidelity.ts';
import { normaliseWords, plainCapture } from './words.ts';

/** What the check reads of an article (a subset of the corpus model's Article). */
export interface CheckedArticle {
  data: { title: string } & Record<string, unknown>;
  bodyText: string;
  headings: readonly { text: string; depth: number }[];
  paragraphs: readonly { text: string }[];
}

export interface FidelityProblems {
  passages: string[];
  words: string[];
  moved: string[];
  structure: string[];
}

const textOf = (p: RemovedPassage) => (typeof p === 'string' ? p : p.text);
const isOnce = (p: RemovedPassage) => typeof p !== 'string';
const clip = (s: string) => (s.length > 60 ? `${s.slice(0, 59)}…` : s);

/** Non-overlapping occurrences of `needle` in `haystack`. */
function count(haystack: string, needle: string): number {
  let n = 0;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + needle.length)) n++;
  return n;
}

/** Removes a passage (replaced by a line break, so the words around it never merge). */
function remove(text: string, p: RemovedPassage): string {
  return isOnce(p) ? text.replace(textOf(p), () => '\n') : text.split(textOf(p)).join('\n');
}

/** Value at a dotted path ("via.2.date") in the frontmatter. */
function get(data: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((v, key) => (v == null ? undefined : (v as Record<string, unknown>)[key]), data);
}

/** The first place two word lists differ, in words. */
function firstDifference(body: string[], expected: string[]): string {
  let i = 0;
  while (i < body.length && i < expected.length && body[i] === expected[i]) i++;
  const around = (w: string[]) => w.slice(Math.max(0, i - 5), i + 6).join(' ') || '(end)';
  return `at word ${i + 1}: the body reads "${around(body)}", the capture minus the passages "${around(expected)}"`;
}

export function fidelityProblems(capture: string, record: Fidelity, article: CheckedArticle): FidelityProblems {
  const out: FidelityProblems = { passages: [], words: [], moved: [], structure: [] };
  const passages: RemovedPassage[] = [...record.boilerplate, ...record.moved.map((m) => m.passage)];
  const body = normaliseWords(article.bodyText);

  for (const p of passages) {
    if (!capture.includes(textOf(p))) {
      out.passages.push(`"${clip(textOf(p))}" is not in the capture (a passage must be copied exactly)`);
      continue;
    }
    const needle = plainCapture(textOf(p));
    // A `once` passage recurs as text: all but one of its occurrences stay.
    const expected = isOnce(p) ? count(plainCapture(capture), needle) - 1 : 0;
    const actual = count(body, needle);
    if (actual !== expected) out.passages.push(`"${clip(needle)}" stands ${actual} time(s) in the body, expected ${expected}`);
  }

  let rest = capture;
  for (const p of passages) {
    // Checked again on what is left, so overlapping entries fail instead of passing silently.
    if (!rest.includes(textOf(p))) {
      if (capture.includes(textOf(p))) out.words.push(`"${clip(textOf(p))}" overlaps a passage listed before it`);
      continue;
    }
    rest = remove(rest, p);
  }
  const bodyWords = body.split(' ');
  const expectedWords = plainCapture(rest).split(' ');
  if (bodyWords.join(' ') !== expectedWords.join(' ')) out.words.push(firstDifference(bodyWords, expectedWords));

  for (const m of record.moved) {
    const fields = Object.entries(m.fields);
    if (fields.length === 0) out.moved.push(`moved passage "${clip(m.passage)}" names no frontmatter field: give it the field that now holds it, or list it as boilerplate`);
    for (const [field, value] of fields) {
      const actual = get(article.data, field);
      const ok = Array.isArray(actual) ? actual.includes(value) : actual === value;
      if (!ok) out.moved.push(`${field} is ${JSON.stringify(actual)}, expected ${Array.isArray(actual) ? 'a list holding ' : ''}${JSON.stringify(value)} (moved from "${clip(m.passage)}")`);
    }
  }
  if (body.includes(normaliseWords(article.data.title))) out.moved.push('the title stands in the body');

  const headings = article.headings.map((h) => h.text);
  if (JSON.stringify(headings) !== JSON.stringify(record.headings)) out.structure.push(`headings are ${JSON.stringify(headings)}, expected ${JSON.stringify(record.headings)}`);
  if (!article.headings.every((h) => h.depth === 2)) out.structure.push('section headings must be ## (the title is not in the body)');
  if (article.paragraphs.length !== record.paragraphs) out.structure.push(`${article.paragraphs.length} paragraphs, expected ${record.paragraphs}`);
  for (const passage of record.oneParagraph) {
    const n = article.paragraphs.filter((p) => normaliseWords(p.text).includes(normaliseWords(passage))).length;
    if (n !== 1) out.structure.push(`"${clip(passage)}" stands in ${n} paragraphs, expected one`);
  }
  return out;
}
