/**
 * EDTF (Extended Date/Time Format) dates: validation via the `edtf` package, plus our own
 * spans and human formatting. Everything is computed in UTC so a date never slips a day
 * west of Greenwich.
 *
 * The `edtf` package reads seasons as calendar quarters (spring 2021 → Jan–Mar); we give
 * seasons their real (northern, meteorological) spans instead: spring Mar–May, summer Jun–Aug,
 * autumn Sep–Nov, winter Dec–Feb of the next year.
 */
import edtf from 'edtf';

const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];
const SEASONS: Record<string, { name: string; startMonth: number; months: number }> = {
  '21': { name: 'spring', startMonth: 3, months: 3 },
  '22': { name: 'summer', startMonth: 6, months: 3 },
  '23': { name: 'autumn', startMonth: 9, months: 3 },
  '24': { name: 'winter', startMonth: 12, months: 3 },
};

/**
 * True when `value` is an EDTF date or interval that the `edtf` package accepts (ordered
 * intervals) AND that this module can span and format: days that exist (no 29 February in a
 * common year), four-digit years MIN_YEAR–MAX_YEAR, seasons 21–24, qualifiers on a whole date,
 * open and unknown interval ends. Anything else (the Level 1 forms with unspecified digits such
 * as 2022-XX, negative and Y-prefixed years; Level 2 forms; times) is rejected here,
 * so a value the schema lets through never crashes the build later.
 */
export function isValidEdtf(value: string): boolean {
  try {
    parseEdtf(value);
    return true;
  } catch {
    return false;
  }
}

/** One side of an interval, or a whole single date, split into its parts. */
interface DatePart {
  year: number;
  month?: number;
  day?: number;
  season?: string;
  approximate: boolean;
  uncertain: boolean;
  open?: 'unknown' | 'open';
}

/**
 * The years a date may have. Year 0 does not exist in the calendar the site shows (1 BC is
 * followed by AD 1; EDTF's 0000 would be printed "0"), and a date past 2100 in a corpus of
 * news reports is a typo (2202 for 2022), even for a forecast.
 */
export const MIN_YEAR = 1;
export const MAX_YEAR = 2100;

const PART = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?([?~%])?$/;
/** YYYY, YYYY-MM or YYYY-MM-DD with a real month: parsePart alone validates these (the day against the calendar). */
const PLAIN = /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/;

function parsePart(raw: string): DatePart {
  if (raw === '') return { year: 0, approximate: false, uncertain: false, open: 'unknown' };
  if (raw === '..') return { year: 0, approximate: false, uncertain: false, open: 'open' };
  const m = PART.exec(raw);
  if (!m) throw new Error(`unsupported EDTF form "${raw}"`);
  const [, y, mm, dd, q] = m;
  if (Number(y) < MIN_YEAR || Number(y) > MAX_YEAR) throw new Error(`year ${y} is outside ${MIN_YEAR}–${MAX_YEAR}`);
  const part: DatePart = {
    year: Number(y),
    approximate: q === '~' || q === '%',
    uncertain: q === '?' || q === '%',
  };
  if (mm !== undefined) {
    if (Number(mm) > 20) {
      if (!SEASONS[mm]) throw new Error(`unsupported EDTF season "${mm}" in "${raw}" (21–24 only)`);
      part.season = mm;
    } else part.month = Number(mm);
  }
  if (dd !== undefined) {
    part.day = Number(dd);
    // The edtf grammar allows 29 February in any year; Date.UTC would roll it over to 1 March.
    if (utcDay(part.year, part.month!, part.day).getUTCDate() !== part.day) throw new Error(`no such day "${raw}"`);
  }
  return part;
}

/**
 * `parseUncached`, remembered per value: the edtf grammar is slow (a third of a large corpus's
 * validation went into it) and the same dates are parsed again and again (validation, span, label, year).
 */
const parsed = new Map<string, { start: DatePart; end: DatePart } | Error>();
function parseEdtf(value: string): { start: DatePart; end: DatePart } {
  let hit = parsed.get(value);
  if (hit === undefined) {
    try {
      hit = parseUncached(value);
    } catch (err) {
      hit = err instanceof Error ? err : new Error(String(err));
    }
    parsed.set(value, hit);
  }
  if (hit instanceof Error) throw hit;
  return hit;
}

/** Both sides of a value (a single date has `end === start`); throws on anything `isValidEdtf` rejects. */
function parseUncached(value: string): { start: DatePart; end: DatePart } {
  // A plain day, month or year (most values) is checked in full by parsePart; the grammar
  // judges every other form, and throws on invalid input and on reversed intervals.
  if (!PLAIN.test(value)) edtf(value);
  const [a, b] = value.includes('/') ? value.split('/') : [value, undefined];
  const start = parsePart(a!);
  const end = b === undefined ? start : parsePart(b);
  if (start.open && end.open) throw new Error(`interval "${value}" has no known side`);
  return { start, end };
}

/** A UTC day. setUTCFullYear, not Date.UTC: Date.UTC maps years 0–99 to 1900–1999. */
function utcDay(y: number, m: number, d: number): Date {
  const date = new Date(0);
  date.setUTCFullYear(y, m - 1, d);
  return date;
}
const isoDay = (date: Date) => date.toISOString().slice(0, 10);

function partStart(p: DatePart): Date {
  if (p.season) return utcDay(p.year, SEASONS[p.season]!.startMonth, 1);
  return utcDay(p.year, p.month ?? 1, p.day ?? 1);
}

function partEnd(p: DatePart): Date {
  if (p.season) {
    const s = SEASONS[p.season]!;
    return utcDay(p.year, s.startMonth + s.months, 0); // day 0 = last day of the previous month
  }
  if (p.day !== undefined) return utcDay(p.year, p.month!, p.day);
  if (p.month !== undefined) return utcDay(p.year, p.month + 1, 0);
  return utcDay(p.year, 12, 31);
}

export interface EdtfSpan {
  /** Earliest day covered, YYYY-MM-DD (UTC). */
  earliest: string;
  /** Latest day covered, YYYY-MM-DD (UTC). */
  latest: string;
  /** Sort key: earliest day, then shorter spans first (a day before the month that holds it). */
  sortKey: string;
}

/** The first and last day an EDTF value covers. Throws on a value `isValidEdtf` rejects. */
export function edtfSpan(value: string): EdtfSpan {
  const { start, end } = parseEdtf(value);
  const earliestDate = start.open ? partStart(end) : partStart(start);
  const latestDate = end.open ? partEnd(start) : partEnd(end);
  const days = Math.round((latestDate.getTime() - earliestDate.getTime()) / 86_400_000);
  return {
    earliest: isoDay(earliestDate),
    latest: isoDay(latestDate),
    sortKey: `${isoDay(earliestDate)}~${String(days).padStart(6, '0')}`,
  };
}

function formatPart(p: DatePart, opts: { omitYear?: boolean; omitMonth?: boolean } = {}): string {
  const year = opts.omitYear ? '' : String(p.year);
  let text: string;
  if (p.season === '24' && year) text = `winter ${year}–${String(p.year + 1).slice(-2)}`; // Dec–Feb spans two years
  else if (p.season) text = `${SEASONS[p.season]!.name} ${year}`;
  else if (p.day !== undefined)
    text = opts.omitMonth ? String(p.day) : `${p.day} ${MONTHS[p.month! - 1]} ${year}`;
  else if (p.month !== undefined) text = `${MONTHS[p.month - 1]} ${year}`;
  else text = year;
  text = text.trim();
  if (p.approximate) text = `c. ${text}`;
  if (p.uncertain) text = `${text} (uncertain)`;
  return text;
}

/**
 * Human form of an EDTF value: "10 November 2020", "September 2022", "spring 2021",
 * "c. 1988", "12–14 September 2022", "14 September – 2 October 2022", "1992–1994".
 */
export function formatEdtf(value: string): string {
  const { start: a, end: b } = parseEdtf(value);
  if (a === b) return formatPart(a);
  if (a.open) return `until ${formatPart(b)}`;
  if (b.open) return `from ${formatPart(a)}`;
  const plain = !a.approximate && !a.uncertain && !b.approximate && !b.uncertain;
  if (plain && a.year === b.year && !a.season && !b.season) {
    if (a.day !== undefined && b.day !== undefined && a.month === b.month)
      return `${a.day}–${formatPart(b)}`;
    if (a.month !== undefined && b.month !== undefined && (a.day === undefined) === (b.day === undefined))
      return `${formatPart(a, { omitYear: true })} – ${formatPart(b)}`;
  }
  const sep = a.day !== undefined || a.month !== undefined || a.season ? ' – ' : '–';
  return `${formatPart(a)}${sep}${formatPart(b)}`;
}

/** The year an EDTF value starts in (for grouping a timeline by year). */
export function edtfYear(value: string): number {
  return Number(edtfSpan(value).earliest.slice(0, 4));
}
