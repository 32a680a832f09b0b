/**
 * BibTeX and formatted citations from CSL-JSON items, through citation-js (its BibTeX writer
 * escapes LaTeX; its CSL plugin runs citeproc-js with the APA style and en-US locale it
 * bundles, so nothing is fetched).
 */
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import type { CslItem } from './csl.ts';

// Keys are our ids (lowercase slugs with hyphens, which BibTeX accepts); citation-js would
// otherwise drop the hyphens' keys and make up "Author2020Word" labels.
(plugins.config.get('@bibtex') as { format: { checkLabel: boolean } }).format.checkLabel = false;

/** BibTeX entries for `items`, in their order, keyed by each item's `citation-key`. */
export function toBibtex(items: CslItem[]): string {
  if (items.length === 0) return '';
  return `${String(new Cite(items).format('bibtex')).trim()}\n`;
}

/**
 * The APA reference for one item, as plain text or as HTML (titles in <i>). Formatted on its
 * own: in a shared bibliography citeproc would add "2020a"/"2020b" suffixes.
 */
export function formatCitation(item: CslItem, format: 'text' | 'html'): string {
  // An outlet's name is printed as written ("afgazad.com"), not title-cased by the style.
  const styled: CslItem = item['container-title'] ? { ...item, 'container-title': `<span class="nocase">${item['container-title']}</span>` } : item;
  let out = String(new Cite(styled).format('bibliography', { format, template: 'apa', lang: 'en-US' })).trim();
  // Without an access date APA's "Retrieved <date>, from <URL>" comes out as "Retrieved <URL>";
  // an access date would be the build's, not the reader's, so the URL stands alone.
  if (!item.accessed && item.URL) out = out.replace(/Retrieved (?=\S*$)/, '').replace(/Retrieved (?=https?:)/, '');
  if (format === 'text') return out;
  // Keep the entry's inner HTML only: the wrapper divs carry citeproc's class names.
  const inner = /<div[^>]*class="csl-entry"[^>]*>([\s\S]*)<\/div>\s*<\/div>$/.exec(out);
  return (inner?.[1] ?? out).trim();
}
