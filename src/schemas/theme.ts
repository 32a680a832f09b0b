/** One entry of `content/themes.yaml`. */
import { z } from 'zod';
import { matchPhrase, name, slugId, text } from './common.ts';

export const themeSchema = z.strictObject({
  /** Stable id, used in URLs (/themes/<id>/) and references. */
  id: slugId,
  /** Human label, e.g. "CSTO". */
  label: name,
  /** One or two sentences: what the theme covers. */
  description: text,
  /**
   * Words or phrases that tag a paragraph with this theme. Case-insensitive, whole words;
   * a trailing `*` matches any ending ("peacekeep*" → peacekeeper, peacekeeping).
   */
  terms: z.array(matchPhrase('term')).min(1, { message: 'expected at least one term' }),
  /** Actor ids whose mention in a paragraph also tags it. */
  actors: z.array(slugId).default([]),
});

export const themesFileSchema = z.array(themeSchema);
export type Theme = z.infer<typeof themeSchema>;
