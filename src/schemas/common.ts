/**
 * Building blocks shared by every entity schema.
 * `z` comes from `zod`; inside Astro `astro/zod` re-exports the same instance.
 */
import { z } from 'zod';
import { edtfProblem } from '../shared/edtf-problem.ts';
import { visibleTextProblem } from '../shared/visible-text.ts';
import { isCommonWord } from '../shared/common-words.ts';

/** Ids that name a route of their own: /articles/index/ is the articles' index page, so no entry may be called that. */
export const RESERVED_IDS: readonly string[] = ['index'];
/** Longer ids make file names and addresses no one can type or cite. */
export const MAX_ID_LENGTH = 80;

/** A lowercase slug id: the permalink of the thing it names, never derived from a title. */
export const slugId = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    message: 'expected a lowercase slug such as "russian-peacekeepers" (a–z, 0–9, single hyphens)',
  })
  .superRefine((value, ctx) => {
    if (RESERVED_IDS.includes(value))
      ctx.addIssue({ code: 'custom', message: `"${value}" is reserved: its address would be the index page of its section`, input: value, params: { expected: 'another id' } });
    else if (value.length > MAX_ID_LENGTH)
      ctx.addIssue({ code: 'custom', message: `the id is ${value.length} characters long`, input: value, params: { expected: `at most ${MAX_ID_LENGTH} characters` } });
  });

/**
 * A date in the Extended Date/Time Format: Level 0 (day, month, year, interval) and the Level 1
 * forms the site can place on a timeline (seasons 21–24, ~ ? % qualifiers, open and unknown
 * interval ends), in the years 1–2100. Not taken: unspecified digits (2022-XX, 201X), negative
 * and Y-prefixed years, times of day; each is refused with a message that names it.
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

/** Adds the reason `value` cannot be shown (visible-text.ts) as an issue; empty values are left to `.min(1)`. */
const showable = (options: Parameters<typeof visibleTextProblem>[1]) => (value: string, ctx: z.RefinementCtx) => {
  const problem = value === '' ? undefined : visibleTextProblem(value, options);
  if (problem) ctx.addIssue({ code: 'custom', message: problem.message, input: value, params: { expected: problem.expected } });
};

/** A non-empty string with surrounding whitespace trimmed, free of control and bidirectional-control characters. */
export const text = z.string().trim().min(1, { message: 'expected non-empty text' }).superRefine(showable({}));

/** A title (of an article, a timeline entry): one line, no invisible characters, at most 300 characters. */
export const title = z.string().trim().min(1, { message: 'expected non-empty text' }).superRefine(showable({ oneLine: true, maxLength: 300 }));

/** A name or label: one line, no invisible characters, at most 150 characters. */
export const name = z.string().trim().min(1, { message: 'expected non-empty text' }).superRefine(showable({ oneLine: true, maxLength: 150 }));

/** Letters and digits in a phrase: what decides whether it is specific enough to match. */
const wordChars = (s: string) => s.match(/[\p{L}\p{N}]/gu)?.length ?? 0;

/**
 * A spelling matched in the article text (an actor's name or alias, a theme term): a name
 * that is also at least two letters or digits long, since "a" would match every "a" of the
 * corpus, and not one of the commonest English words ("the", "may"; an acronym alias such as
 * "US" matches only in capitals, so it may). A term with a trailing `*` needs at least three
 * letters before it ("*" alone or "a*" would tag every paragraph).
 */
export const matchPhrase = (what: 'alias' | 'term') =>
  name.superRefine((value, ctx) => {
    const wildcard = what === 'term' && value.endsWith('*');
    const stem = wildcard ? value.slice(0, -1) : value;
    const min = wildcard ? 3 : 2;
    const article = what === 'alias' ? 'an' : 'a';
    // An acronym alias ("US") matches only in capitals; a term matches in any case.
    const acronym = what === 'alias' && value === value.toUpperCase() && value !== value.toLowerCase();
    if (wordChars(stem) < min)
      ctx.addIssue({
        code: 'custom',
        message: wildcard ? `"${value}" would match nearly every word (${wordChars(stem)} letter${wordChars(stem) === 1 ? '' : 's'} before the *)` : `"${value}" is too short: it would match every "${value}" in the articles`,
        input: value,
        params: { expected: wildcard ? 'at least three letters or digits before a trailing *' : `${article} ${what} of at least two letters or digits` },
      });
    else if (!wildcard && !acronym && isCommonWord(value))
      ctx.addIssue({
        code: 'custom',
        message: `"${value}" is one of the commonest English words: it would ${what === 'alias' ? 'link' : 'tag'} nearly every paragraph`,
        input: value,
        params: { expected: `${article} ${what} specific to what it names` },
      });
  });
