/**
 * One question the articles disagree on, in `content/perspectives/*.yaml` (each file holds a
 * list of questions). The question and every label and note are the editors' words; only the
 * quotes are the articles' own.
 */
import { z } from 'zod';
import { slugId, text } from './common.ts';

/**
 * What kind of difference it is:
 * - factual: the articles give different facts or figures (a date, a toll);
 * - framing: they describe the same thing in different terms (an intervention or a mission);
 * - interpretive: they read its causes, meaning or outcome differently;
 * - internal: one article holds two positions that pull against each other.
 */
export const perspectiveKinds = ['factual', 'framing', 'interpretive', 'internal'] as const;

/** One article's answer to the question. */
export const positionSchema = z.strictObject({
  /** Article id (the file name in content/articles/ without .md). */
  article: slugId,
  /** A short neutral label in the editors' words, e.g. "Russia came out as the beneficiary". Never presented as the author's words. */
  label: text,
  /** Verbatim passages of that article that state this position; each must occur exactly once in its body. */
  quotes: z.array(text).min(1, { message: 'expected at least one verbatim quote from the article' }),
});

export const perspectiveSchema = z.strictObject({
  /** Stable id: the permalink (/perspectives/<id>/). Never derived from the question; never change it. */
  id: slugId,
  /** The question, in neutral words: "Did Russia come out of the 2020 Karabakh war stronger or weaker?" */
  question: text,
  /** factual | framing | interpretive | internal (see perspectiveKinds). */
  kind: z.enum(perspectiveKinds),
  /** The positions; two or more. For kind "internal" all come from one article, otherwise from at least two. */
  positions: z.array(positionSchema).min(2, { message: 'expected at least two positions: a perspective records a disagreement' }),
  /** The editors' note: what kind of difference this is (of timing, of wording, of fact …) and what the reader should know to weigh it. */
  note: text,
  /** Ids of the timeline entries the question concerns. */
  events: z.array(slugId).default([]),
  /** Theme ids. */
  themes: z.array(slugId).default([]),
  /** Actor ids the question concerns. */
  actors: z.array(slugId).default([]),
});

export const perspectivesFileSchema = z.array(perspectiveSchema);
export type Perspective = z.infer<typeof perspectiveSchema>;
export type PerspectiveKind = Perspective['kind'];
