/**
 * `content/sources/<capture>.fidelity.yaml`: how an article's body was made from its raw
 * capture, as data the fidelity test checks (tests/unit/fidelity.test.ts). The body must be
 * the capture minus `boilerplate` and minus the `moved` passages, word for word.
 * `npm run import` drafts this file; the editor corrects it while reviewing the draft.
 */
import { z } from 'zod';
import { text } from './common.ts';

/**
 * A passage of the capture that is not part of the article's text. A plain string is removed
 * everywhere it occurs; `{ text, once: true }` only at its first occurrence (the capture
 * repeats it, and a later occurrence is text, e.g. a pull quote).
 */
export const removedPassage = z.union([
  z.string().min(1, { message: 'expected a passage of the capture, exactly as it stands there' }),
  z.strictObject({
    /** The passage, exactly as in the capture. */
    text: z.string().min(1),
    /** Removed at its first occurrence only. */
    once: z.literal(true),
  }),
]);

export const fidelitySchema = z.strictObject({
  /** Site furniture removed from the capture (cookie and copyright notices, appeals, link lists …); nowhere in the frontmatter either. */
  boilerplate: z.array(removedPassage).default([]),
  /** Metadata printed around the text that the frontmatter now holds. */
  moved: z
    .array(
      z.strictObject({
        /** Exactly as in the capture. */
        passage: z.string().min(1),
        /**
         * Frontmatter path (dot-separated; numbers index arrays, e.g. "via.2.date") → the value
         * it must hold. When the field is a list, the list must contain the value.
         */
        fields: z.record(z.string().min(1), text),
      }),
    )
    .default([]),
  /** The body's section headings, in order (each a `##` heading). */
  headings: z.array(text).default([]),
  /** How many paragraphs the body has. */
  paragraphs: z.number().int().positive(),
  /** Passages that must stand inside a single paragraph (e.g. one the capture splits at a page break). */
  oneParagraph: z.array(text).default([]),
});

export type Fidelity = z.infer<typeof fidelitySchema>;
export type RemovedPassage = z.infer<typeof removedPassage>;

/** File name of the fidelity record of a capture: `000_x.txt` → `000_x.fidelity.yaml`. */
export const fidelityFileOf = (capture: string) => `${capture.replace(/\.txt$/, '')}.fidelity.yaml`;
