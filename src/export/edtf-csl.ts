/**
 * EDTF date → CSL-JSON date. CSL has no intervals of seasons and no open ends, so those fall
 * back to a `literal` in words; everything else keeps machine-readable `date-parts`.
 */
import type { CSLDate } from '@citation-js/core';
import { formatEdtf } from '../shared/edtf.ts';

const PART = /^(-?\d{4})(?:-(\d{2}))?(?:-(\d{2}))?([?~%])?$/;

interface Part {
  parts: [number] | [number, number] | [number, number, number];
  /** CSL season 1–4 (spring … winter) for EDTF months 21–24. */
  season?: number;
  circa: boolean;
}

function parsePart(raw: string): Part | undefined {
  const m = PART.exec(raw);
  if (!m) return undefined;
  const [, y, mm, dd, q] = m;
  const circa = q === '~' || q === '%';
  const year = Number(y);
  if (mm !== undefined && Number(mm) > 20) return { parts: [year], season: Number(mm) - 20, circa };
  if (mm === undefined) return { parts: [year], circa };
  if (dd === undefined) return { parts: [year, Number(mm)], circa };
  return { parts: [year, Number(mm), Number(dd)], circa };
}

/** The CSL-JSON form of an EDTF value (validated upstream by the zod schemas). */
export function edtfToCslDate(value: string): CSLDate {
  const sides = value.split('/');
  const parsed = sides.map(parsePart);
  if (parsed.some((p) => p === undefined)) return { literal: formatEdtf(value) };
  const parts = parsed as Part[];
  if (parts.length === 2 && parts.some((p) => p.season !== undefined)) return { literal: formatEdtf(value) };
  // citeproc needs both ends of a range at one precision: keep the coarser ("2020-03/2020-11-12" → March–November 2020).
  const precision = Math.min(...parts.map((p) => p.parts.length));
  const cut = (p: Part) => p.parts.slice(0, precision) as Part['parts'];
  const date: CSLDate = {
    'date-parts': parts.length === 2 ? [cut(parts[0]!), cut(parts[1]!)] : [parts[0]!.parts],
  };
  if (parts[0]!.season !== undefined) date.season = parts[0]!.season;
  if (parts.some((p) => p.circa)) date.circa = true;
  return date;
}
