/**
 * Frontmatter of `content/articles/<id>.md`. The body is the article's own words, verbatim.
 */
import { DATE_BASES } from '../shared/format.ts';
import { z } from 'zod';
import { edtfDate, httpUrl, name, slugId, text, title } from './common.ts';

/** How a fact about the article was established. */
export const basis = z.enum(DATE_BASES);

export const articleSchema = z.strictObject({
  /** The headline, as the outlet gave it (section suffixes such as " | Ukraine" removed). */
  title,
  /** How the title was established when the capture does not print it. */
  titleNote: text.optional(),
  /** The outlet's standfirst or dek, when the capture has one; shown above the body, not numbered. */
  standfirst: text.optional(),
  /** Bylines as printed in the capture. Empty means unsigned: never invent an author. */
  authors: z.array(name),
  /** An author known from elsewhere (not printed in the capture), with how it is known. */
  attributedAuthor: z
    .strictObject({
      /** The author's name. */
      name,
      /** How the attribution is known, e.g. "byline of the Guardian original". */
      evidence: text,
    })
    .optional(),
  /** Other credits printed in the capture, e.g. "Edited by: A. N.". */
  credits: z.array(text).default([]),
  /** The outlet whose page was captured. */
  outlet: z.strictObject({
    /** Outlet name, e.g. "Euromaidan Press". */
    name,
    /** The outlet's home page. */
    url: httpUrl.optional(),
  }),
  /** When the article was published, and how that is known. */
  published: z.strictObject({
    /** EDTF date (usually a day). */
    date: edtfDate,
    /** Local time of publication when the capture states it (HH:MM). */
    time: z.string().regex(/^\d{2}:\d{2}$/, { message: 'expected a time as HH:MM' }).optional(),
    /** stated | inferred-from-text | from-original-address | from-elsewhere. */
    basis,
    /** The evidence for the date, in words. */
    evidence: text,
  }),
  /** The address of the page the text comes from (or its original), when known. */
  originalUrl: httpUrl.optional(),
  /** Republication / translation chain, from the original to the captured copy. */
  via: z
    .array(
      z.strictObject({
        /** Outlet or translator name. */
        name,
        /** What this link in the chain did. */
        role: z.enum(['original', 'translation', 'republication', 'machine-translation', 'aggregator']),
        /** Language of this version (BCP 47). */
        language: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/).optional(),
        /** Date of this version (EDTF), when known. */
        date: edtfDate.optional(),
        /** Address of this version, when known. */
        url: httpUrl.optional(),
        /** What the capture says about this link, verbatim where possible. */
        note: text.optional(),
      }),
    )
    .default([]),
  /** Language of the text in the corpus (BCP 47), e.g. "en". */
  language: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/, { message: 'expected a BCP 47 language tag such as "en"' }),
  /** How the English text came to be, when it is a translation. */
  translationNote: text.optional(),
  /** One or two neutral sentences written by the corpus editors. */
  summary: text,
  /** Article-level theme ids; checked against the paragraph-level tags. */
  themes: z.array(slugId).min(1, { message: 'expected at least one theme id' }),
  /** The raw capture this text comes from: a file name in content/sources/. */
  capture: z.string().regex(/^[^/\\]+\.txt$/, { message: 'expected a file name in content/sources/, such as 000_9b60150a5c6f2cb0.txt' }),
  /** Who holds the text and what may be done with it. */
  rights: z.strictObject({
    /** Rights holder(s), e.g. "Euromaidan Press". */
    holder: name,
    /** The notice shown on the article page. */
    notice: text,
  }),
  /** Editorial notes on slips in the verbatim text; `quote` must occur in the body. */
  editorNotes: z
    .array(
      z.strictObject({
        /** The passage the note is about, verbatim. */
        quote: text,
        /** What the passage means or why it reads oddly. */
        note: text,
      }),
    )
    .default([]),
});

export type ArticleFrontmatter = z.infer<typeof articleSchema>;
