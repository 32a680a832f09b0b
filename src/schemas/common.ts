/**
 * Building blocks shared by every entity schema.
 * `z` comes from `zod`; inside Astro `astro/zod` re-exports the same instance.
 */
import { z } from 'zod';
import { isValidEdtf } from '../corpus/edtf.ts';

/** A lowercase slug id: the permalink of the thing it names, never derived from a title. */
export const slugId = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    message: 'expected a lowercase slug such as "russian-peacekeepers" (a–z, 0–9, single hyphens)',
  });

/** A date in the Extended Date/Time Format (levels 0–1): day, month, year, season, interval, approximate. */
export const edtfDate = z.string().refine(isValidEdtf, {
  message:
    'expected a real EDTF date such as 2020-11-10, 2022-09, 2021-21 (spring), 1992/1994 or 1988~',
});

/** An absolute http(s) URL. `javascript:` and other schemes are rejected. */
export const httpUrl = z.url({
  protocol: /^https?$/,
  message: 'expected an absolute http(s) URL',
});

/** A non-empty string with surrounding whitespace trimmed. */
export const text = z.string().trim().min(1, { message: 'expected non-empty text' });
