/**
 * What a capture's lines say about the article: dates, bylines, credits, addresses, labelled
 * provenance ("Source:", "Translation:"). Each finding keeps the line it came from, so the
 * editor can check it. Nothing is guessed: a name is a byline only when a line says "By …";
 * other names are candidates for the editor.
 */

export interface FoundDate {
  /** ISO date (YYYY-MM-DD). */
  date: string;
  /** HH:MM when the line gives a time next to the date. */
  time?: string;
  /** The text matched, as in the capture. */
  match: string;
  /** How the text was read, e.g. "dd.mm.yyyy". */
  reading: string;
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const monthOf = (name: string) => {
  const i = MONTHS.findIndex((m) => m.startsWith(name.toLowerCase().replace(/\.$/, '')) && name.length >= 3);
  return i < 0 ? undefined : i + 1;
};

const pad = (n: number) => String(n).padStart(2, '0');

function isoDate(y: number, m: number, d: number): string | undefined {
  if (m < 1 || m > 12 || d < 1) return undefined;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (d > days) return undefined;
  return `${y}-${pad(m)}-${pad(d)}`;
}

const fullYear = (y: string) => (y.length === 2 ? 2000 + Number(y) : Number(y));

const TIME = /^\s*,?\s*(?:at\s+)?([01]?\d|2[0-3]):([0-5]\d)\b/;

/**
 * Full dates in a line (day, month and year), read in the conventions captures use:
 * dd.mm.yyyy and dd.mm.yy (dotted dates are day first), yyyy-mm-dd, "27 September 2022",
 * "September 27, 2022", and /yyyy/mm/dd/ in an address.
 */
export function datesIn(text: string): FoundDate[] {
  const out: FoundDate[] = [];
  const withTime = (found: Omit<FoundDate, 'time'>, end: number): FoundDate => {
    const t = TIME.exec(text.slice(end));
    return t ? { ...found, time: `${pad(Number(t[1]))}:${t[2]}`, match: found.match + text.slice(end, end + t[0].length) } : found;
  };
  for (const m of text.matchAll(/(?<![\d.\/])(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})(?![\d.]\d)/g)) {
    const date = isoDate(fullYear(m[3]!), Number(m[2]), Number(m[1]));
    if (date) out.push(withTime({ date, match: m[0], reading: m[3]!.length === 2 ? 'dd.mm.yy' : 'dd.mm.yyyy' }, m.index + m[0].length));
  }
  for (const m of text.matchAll(/(?<![\d\/])(\d{4})-(\d{2})-(\d{2})(?!\d)/g)) {
    const date = isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
    if (date) out.push(withTime({ date, match: m[0], reading: 'yyyy-mm-dd' }, m.index + m[0].length));
  }
  for (const m of text.matchAll(/\b(\d{1,2})\s+([A-Z][a-z]{2,8}\.?)\s+(\d{4})\b/g)) {
    const month = monthOf(m[2]!);
    const date = month && isoDate(Number(m[3]), month, Number(m[1]));
    if (date) out.push(withTime({ date, match: m[0], reading: 'day month year' }, m.index + m[0].length));
  }
  for (const m of text.matchAll(/\b([A-Z][a-z]{2,8}\.?)\s+(\d{1,2}),?\s+(\d{4})\b/g)) {
    const month = monthOf(m[1]!);
    const date = month && isoDate(Number(m[3]), month, Number(m[2]));
    if (date) out.push(withTime({ date, match: m[0], reading: 'month day, year' }, m.index + m[0].length));
  }
  for (const m of text.matchAll(/\/(\d{4})\/(\d{1,2})\/(\d{1,2})\//g)) {
    const date = isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
    if (date) out.push({ date, match: m[0], reading: '/yyyy/mm/dd/ in an address' });
  }
  return out;
}

/** A line that is a date and nothing else (an optional time, label or emphasis around it at most). */
export function isDateLine(text: string): boolean {
  const dates = datesIn(text);
  if (dates.length !== 1) return false;
  const rest = text.replace(dates[0]!.match, '').replace(/[*_\s,|–—-]/g, '');
  return rest.length === 0 || /^(published|posted|updated|date)?:?$/i.test(rest);
}

/** A year in a copyright line: the page's footer at capture time, not the article's date. */
export const copyrightYear = (text: string) => /(?:©|copyright)\s*(\d{4})/i.exec(text)?.[1];

const NAME_WORD = /^(\p{Lu}[\p{L}\p{M}'’.-]*|de|da|di|van|von|der|den|al|el|bin|ibn|la|le|du)$/u;

/** "Kseniya Kirillova", "Tom de Waal", "A. N.": capitalised words (and name particles), 2 to 5 of them. */
export function looksLikeName(text: string): boolean {
  const words = text.trim().split(/\s+/);
  if (words.length < 2 || words.length > 5) return false;
  if (!/^\p{Lu}/u.test(words[0]!) || !/^\p{Lu}/u.test(words.at(-1)!)) return false;
  return words.every((w) => NAME_WORD.test(w));
}

/** "By Vicken Cheterian", "Written by: …", "Author: …" → the name; only when the rest is a name. */
export function explicitByline(text: string): string | undefined {
  const m = /^\**\s*(?:by|written by|words by|author|authors|text)\s*:?\s*\**\s*(.+?)\s*\**$/i.exec(text.trim());
  if (!m) return undefined;
  const names = m[1]!.split(/\s*(?:,|\band\b|&)\s*/).filter(Boolean);
  return names.length > 0 && names.every(looksLikeName) ? m[1]! : undefined;
}

/** "Edited by: A. N.", "Translated by …", "Photo: …": a credit line, kept whole. */
export const isCreditLine = (text: string) =>
  /^\**\s*(edited|translated|compiled|illustrated|photographs?|photos?|additional reporting|reporting|fact-checked)( by)?\s*:?\s+\S/i.test(text.trim()) &&
  text.split(/\s+/).length <= 10;

/** "Kseniya Kirillova reports on …", "… says Sam Bright": a name next to a reporting verb — a candidate, never an author by itself. */
export function nameNearReportingVerb(text: string): string | undefined {
  const lead = /^((?:\p{Lu}[\p{L}'’.-]*\s+){1,3}\p{Lu}[\p{L}'’.-]*)\s+(reports|writes|argues|explains|examines|asks|says|analyses|analyzes)\b/u.exec(text);
  if (lead && looksLikeName(lead[1]!)) return lead[1];
  const tail = /,?\s+(?:reports|writes|says|argues)\s+((?:\p{Lu}[\p{L}'’.-]*\s+){1,3}\p{Lu}[\p{L}'’.-]*)\s*[.!]?$/u.exec(text);
  if (tail && looksLikeName(tail[1]!)) return tail[1];
  return undefined;
}

/** A label that says where the text comes from: "Source:", "Sources:", "Translation:", "Originally published …". */
export function provenanceLabel(text: string): string | undefined {
  return /^\**\s*(sources?|translation|translated from|original(ly published)?( in| at| by)?|via|republished from)\s*:?\**\s*:?/i.exec(text.trim())?.[1];
}

/** Absolute addresses in a line (Markdown links, <autolinks> and bare ones). */
export function addressesIn(text: string): string[] {
  return [...text.matchAll(/https?:\/\/[^\s<>()"'\]]+/g)].map((m) => m[0].replace(/[.,;:]+$/, ''));
}

/** A title line's section suffix (" | Ukraine"): the part after the last " | " when it is short. */
export function sectionSuffix(text: string): { title: string; suffix: string } | undefined {
  const at = text.lastIndexOf(' | ');
  if (at <= 0) return undefined;
  const right = text.slice(at + 3).trim();
  if (right === '' || right.split(/\s+/).length > 4) return undefined;
  return { title: text.slice(0, at), suffix: text.slice(at) };
}
