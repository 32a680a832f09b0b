/**
 * The reference formatter of src/export/citation.ts before its own citeproc engine
 * (src/export/apa-engine.ts): the same item formatted by citation-js, as `formatCitation` did,
 * kept verbatim so that tests/unit/citation-identity.test.ts can hold the new path to the old
 * output, byte for byte, and tests/support/bench-citations.ts can time both.
 */
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-csl';
import type { CslItem } from '../../src/export/csl.ts';

const LT = '\uFDD0';
function hideMarkup<T>(value: T, lt = LT): T {
  if (typeof value === 'string') return value.replaceAll('<', lt) as T;
  if (Array.isArray(value)) return value.map((v) => hideMarkup(v, lt)) as T;
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, hideMarkup(v, lt)])) as T;
  return value;
}

/** citation-js's bibliography of `item` alone, as the old `formatCitation` asked for it. */
export function citationJsBibliography(item: CslItem, format: 'text' | 'html'): string {
  return String(new Cite(item).format('bibliography', { format, template: 'apa', lang: 'en-US' }));
}

/** `formatCitation` as it was (citation-js's `format('bibliography')` per call). */
export function formatCitationReference(item: CslItem, format: 'text' | 'html'): string {
  const plain = hideMarkup(item);
  const styled: CslItem = plain['container-title'] ? { ...plain, 'container-title': `<span class="nocase">${plain['container-title']}</span>` } : plain;
  let out = citationJsBibliography(styled, format).trim();
  out = out.replaceAll(LT, format === 'html' ? '&#60;' : '<');
  if (!item.accessed && item.URL) out = out.replace(/Retrieved (?=\S*$)/, '').replace(/Retrieved (?=https?:)/, '');
  if (format === 'text') return out;
  const inner = /<div[^>]*class="csl-entry"[^>]*>([\s\S]*)<\/div>\s*<\/div>$/.exec(out);
  return (inner?.[1] ?? out).trim();
}
