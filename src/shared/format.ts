/** Formatting of article metadata for display. Dates are EDTF, formatted in UTC (see src/shared/edtf.ts). */
import { formatEdtf } from './edtf.ts';

/** How an article's date is known (the article schema takes its enum from here). */
export const DATE_BASES = ['stated', 'inferred-from-text', 'from-original-address', 'from-elsewhere'] as const;

/** The parts of an article's frontmatter these helpers read (structural: this layer imports no schema). */
interface ArticleFrontmatter {
  authors: readonly string[];
  published: { date: string; basis: (typeof DATE_BASES)[number]; time?: string | undefined };
}

/** "Kseniya Kirillova", "A and B", or "unsigned". */
export function authorLine(data: ArticleFrontmatter): string {
  if (data.authors.length === 0) return 'unsigned';
  if (data.authors.length === 1) return data.authors[0]!;
  return `${data.authors.slice(0, -1).join(', ')} and ${data.authors.at(-1)}`;
}

const BASIS: Record<ArticleFrontmatter['published']['basis'], string> = {
  stated: 'stated in the capture',
  'inferred-from-text': 'inferred from the text',
  'from-original-address': "from the original's address",
  'from-elsewhere': 'established from elsewhere',
};

export const basisLabel = (basis: ArticleFrontmatter['published']['basis']) => BASIS[basis];

/** "9 January 2021" (+ " 14:00" when the capture gives a time). */
export function publishedLabel(data: ArticleFrontmatter): string {
  return formatEdtf(data.published.date) + (data.published.time ? `, ${data.published.time}` : '');
}

export const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;
