/**
 * Says in words why a string is not a date the corpus accepts, for the validator's messages.
 * `isValidEdtf` (edtf.ts) stays the single judge; this only explains its "no".
 */
import { isValidEdtf, MAX_YEAR, MIN_YEAR } from './edtf.ts';

const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

/** What the schema asks for, shown after every date problem. */
export const EDTF_EXPECTED = 'an EDTF date such as 2020-11-10, 2022-09, 2021-21 (spring), 1992/1994 or 1988~';

export interface EdtfProblem {
  /** What is wrong with the value. */
  message: string;
  /** What was expected instead. */
  expected: string;
}

/** Days in a month of the proleptic Gregorian calendar. */
function daysIn(year: number, month: number): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month, 0);
  return d.getUTCDate();
}

/** Why one date (not an interval) is rejected. */
function explainDate(value: string): string {
  // Valid EDTF (Level 1) that the corpus does not take: say which feature, not "not a date".
  if (/^\d{2}[\dX]{2}(?:-[\dX]{2}){0,2}[?~%]?$/.test(value) && value.includes('X'))
    return `"${value}" has unspecified digits (X), which the corpus does not support: write the span it stands for as an interval, as in 2022-01/2022-12, or the known part, as in 2022`;
  if (/^-\d{4}/.test(value) || /^Y-?\d/.test(value)) return `"${value}" is a year before AD ${MIN_YEAR} or beyond four digits, which the corpus does not support (years ${MIN_YEAR}–${MAX_YEAR})`;
  if (/T\d/.test(value)) return `"${value}" has a time of day, which the corpus does not support (a day at most)`;
  const year = /^(\d{4})(?:-\d{2}){0,2}[?~%]?$/.exec(value);
  if (year && Number(year[1]) === 0) return `"${value}" is in year 0, which does not exist in the calendar the site shows (1 BC is followed by AD 1)`;
  if (year && Number(year[1]) > MAX_YEAR) return `"${value}" is in the year ${Number(year[1])}, too far in the future for a news corpus (a typo?)`;
  const day = /^(\d{4})-(\d{2})-(\d{2})[?~%]?$/.exec(value);
  if (day) {
    const [year, month, d] = [Number(day[1]), Number(day[2]), Number(day[3])];
    if (month < 1 || month > 12) return `"${value}" has no month ${day[2]}`;
    const n = daysIn(year, month);
    if (d < 1 || d > n) return `"${value}" is not a real day: ${MONTHS[month - 1]} ${year} has ${n} days`;
  }
  const month = /^(\d{4})-(\d{2})[?~%]?$/.exec(value);
  if (month) {
    const m = Number(month[2]);
    if (m < 1 || (m > 12 && m < 21) || m > 24) return `"${value}" has no month ${month[2]} (months are 01–12, seasons 21–24)`;
  }
  const years = /^(\d{4})-(\d{4})$/.exec(value);
  if (years) return `"${value}" is not a span of years in EDTF (a hyphen joins year and month): write ${years[1]}/${years[2]}`;
  return `"${value}" is not an EDTF date`;
}

/** Why `value` is not an accepted EDTF date or interval; undefined when it is one. */
export function edtfProblem(value: string): EdtfProblem | undefined {
  if (isValidEdtf(value)) return undefined;
  const sides = value.split('/');
  if (sides.length === 2) {
    const [a, b] = sides as [string, string];
    const open = (s: string) => s === '' || s === '..';
    const known = (s: string) => open(s) || isValidEdtf(s);
    if (open(a) && open(b)) return { message: `the interval "${value}" has no known side`, expected: 'a date on at least one side, as in 1992/..' };
    // Both sides are dates of their own, so the interval as a whole is out of order.
    if (known(a) && known(b)) return { message: `the interval "${value}" ends before it starts`, expected: `the earlier date first, as in ${b}/${a}` };
    const bad = [a, b].find((s) => !known(s))!;
    return { message: `in the interval "${value}", ${explainDate(bad)}`, expected: EDTF_EXPECTED };
  }
  return { message: explainDate(value), expected: EDTF_EXPECTED };
}
