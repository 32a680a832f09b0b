/**
 * Building blocks shared by every entity schema.
 * `z` comes from `zod`; inside Astro `astro/zod` re-exports the same instance.
 */
import { z } from 'zod';
import { edtfProblem } from '../shared/edtf-problem.ts';

/** A lowercase slug id: the permalink of the thing it names, never derived from a title. */
export const slugId = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    message: 'expected a lowercase slug such as "russian-peacekeepers" (a–z, 0–9, single hyphens)',
  });

/**
 * A date in the Extended Date/Time Format (levels 0–1): day, month, year, season, interval, approximate.
 * A rejected value says why ("February 2021 has 28 days", "ends before it starts"); the
 * validator shows `params.expected` as the expectation.
 */
export const edtfDate = z.string().superRefine((value, ctx) => {
  const problem = edtfProblem(value);
  if (problem) ctx.addIssue({ code: 'custom', message: problem.message, input: value, params: { expected: problem.expected } });
});

/** An absolute http(s) URL. `javascript:` and other schemes are rejected. */
export const httpUrl = z.url({
  protocol: /^https?$/,
  message: 'expected an absolute http(s) URL',
});

/** A non-empty string with surrounding whitespace trimmed. */
export const text = z.string().trim().min(1, { message: 'expected non-empty text' });
