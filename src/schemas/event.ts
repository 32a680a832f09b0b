/** One timeline entry in `content/events/*.yaml` (each file holds a list of entries). */
import { EVENT_KINDS } from '../shared/labels.ts';
import { z } from 'zod';
import { edtfDate, name, slugId, text, title } from './common.ts';

/** A verbatim passage of an article that backs an entry. */
export const sourceSchema = z.strictObject({
  /** Article id (the file name in content/articles/ without .md). */
  article: slugId,
  /** A short verbatim passage of that article; must occur exactly once in its body. */
  quote: text,
  /** What this source adds or how it dates the entry. */
  note: text.optional(),
});

export const eventKinds = EVENT_KINDS;

export const eventSchema = z.strictObject({
  /** Stable id: the permalink (/timeline/<id>/). Never derived from the title; never change it. */
  id: slugId,
  /** EDTF: 2020-11-10, 2022-09, 2021-21 (spring), 1992/1994, 1988~ … */
  date: edtfDate,
  /** How the date was worked out, when it is not stated outright (relative dates, inference). */
  dateNote: text.optional(),
  /** Short title. */
  title,
  /** One or two neutral sentences. */
  summary: text,
  /** event | statement | agreement | forecast | background. */
  kind: z.enum(eventKinds),
  /** Actor ids involved. */
  actors: z.array(slugId).default([]),
  /** Theme ids. */
  themes: z.array(slugId).default([]),
  /** Actor ids of the places where it happened. */
  places: z.array(slugId).default([]),
  /** Verbatim passages that back the entry; one happening told by several articles has several. */
  sources: z.array(sourceSchema).min(1, { message: 'expected at least one source {article, quote}' }),
  /** Values the sources disagree on, side by side (a death toll, a date). Nothing is collapsed. */
  claims: z
    .array(
      z.strictObject({
        /** What is disputed, e.g. "death toll". */
        about: name,
        /** The question in neutral words, as /perspectives/ lists it (default: made from `about` and the entry's title). */
        question: text.optional(),
        /** The editors' note: what kind of difference this is (of timing, of counting …). Shown on /perspectives/. */
        note: text.optional(),
        /** One value per source. */
        values: z
          .array(
            z.strictObject({
              /** The value as that source gives it. */
              value: text,
              /** Article id. */
              article: slugId,
              /** Verbatim passage giving the value. */
              quote: text,
            }),
          )
          .min(2, { message: 'expected at least two values: a claim records a disagreement' }),
      }),
    )
    .default([]),
});

export const eventsFileSchema = z.array(eventSchema);
export type TimelineEvent = z.infer<typeof eventSchema>;
export type EventKind = TimelineEvent['kind'];
