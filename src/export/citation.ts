/**
 * BibTeX and formatted citations from CSL-JSON items: BibTeX through citation-js (its writer
 * escapes LaTeX), references through citeproc-js with the APA style and en-US locale that
 * citation-js bundles, so nothing is fetched (./apa-engine.ts).
 */
import { createHash } from 'node:crypto';
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import { apaBibliography } from './apa-engine.ts';
import type { CslItem } from './csl.ts';

// Keys are our ids (lowercase slugs with hyphens, which BibTeX accepts); citation-js would
// otherwise drop the hyphens' keys and make up "Author2020Word" labels.
(plugins.config.get('@bibtex') as { format: { checkLabel: boolean } }).format.checkLabel = false;

/**
 * citeproc-js reads `<i>`, `<b>`, `<sc>`, `<sup>` … inside field values as formatting (and
 * `<sc>` as an inline style the site's CSP forbids). Our fields are plain text — a title may
 * well contain "<b>" as characters — so every "<" is swapped for a noncharacter that no
 * corpus text holds, and swapped back, escaped, after formatting.
 */
const LT = '\uFDD0';
function hideMarkup<T>(value: T, lt = LT): T {
  if (typeof value === 'string') return value.replaceAll('<', lt) as T;
  if (Array.isArray(value)) return value.map((v) => hideMarkup(v, lt)) as T;
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, hideMarkup(v, lt)])) as T;
  return value;
}

/** BibTeX entries for `items`, in their order, keyed by each item's `citation-key`. */
export function toBibtex(items: CslItem[]): string {
  if (items.length === 0) return '';
  // "<b>" in a title is text, not \textbf: the noncharacter after "<" breaks the tag, and the
  // BibTeX writer drops it again, leaving \textless{}b\textgreater{}.
  return `${String(new Cite(hideMarkup(items, `<${LT}`)).format('bibtex')).trim().replaceAll(LT, '')}\n`;
}

/**
 * The APA reference for one item, as plain text or as HTML (titles in <i>). Formatted on its
 * own: in a shared bibliography citeproc would add "2020a"/"2020b" suffixes.
 */
export function formatCitation(item: CslItem, format: 'text' | 'html'): string {
  const plain = hideMarkup(item);
  // An outlet's name is printed as written ("afgazad.com"), not title-cased by the style.
  const styled: CslItem = plain['container-title'] ? { ...plain, 'container-title': `<span class="nocase">${plain['container-title']}</span>` } : plain;
  let out = apaBibliography(styled, format).trim();
  out = out.replaceAll(LT, format === 'html' ? '&#60;' : '<');
  // Without an access date APA's "Retrieved <date>, from <URL>" comes out as "Retrieved <URL>";
  // an access date would be the build's, not the reader's, so the URL stands alone.
  if (!item.accessed && item.URL) out = out.replace(/Retrieved (?=\S*$)/, '').replace(/Retrieved (?=https?:)/, '');
  if (format === 'text') return out;
  // Keep the entry's inner HTML only: the wrapper divs carry citeproc's class names.
  const inner = /<div[^>]*class="csl-entry"[^>]*>([\s\S]*)<\/div>\s*<\/div>$/.exec(out);
  return (inner?.[1] ?? out).trim();
}

/** What "Cite this" shows for an item: its APA reference as HTML, and the item as BibTeX. */
export interface FormattedReference {
  html: string;
  bibtex: string;
}

export function formatReference(item: CslItem): FormattedReference {
  return { html: formatCitation(item, 'html'), bibtex: toBibtex([item]).trim() };
}

/**
 * The key of a reference formatted ahead of time: a hash of the whole item, so that it is only
 * ever found for an identical item (ids alone could clash: an article and a timeline entry).
 */
export function referenceKey(item: CslItem): string {
  return createHash('sha256').update(JSON.stringify(item)).digest('base64url');
}
