/**
 * A search record with sections as the HTML page Pagefind indexes (`index.addHTMLFile`): the
 * sections in a `data-pagefind-body`, each anchored section preceded by an empty element with
 * its id and a `data-pagefind-title` (an anchor title is returned with the result but not
 * indexed as words); meta, filters and the sort key in a hidden block outside the body (read
 * by Pagefind, not indexed as content). Pure; every value is escaped.
 */
import type { SearchRecord } from './search-meta.ts';

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function recordHtml(record: SearchRecord): string {
  const body = (record.sections ?? [{ text: record.content }]).map((s) => {
    const anchor = s.anchor ? `<span id="${escapeHtml(s.anchor.id)}" data-pagefind-title="${escapeHtml(s.anchor.title)}"></span>` : '';
    return `${anchor}<p>${escapeHtml(s.text)}</p>`;
  });
  const meta = Object.entries(record.meta).map(([k, v]) => `<span data-pagefind-meta="${escapeHtml(k)}">${escapeHtml(v)}</span>`);
  const filters = Object.entries(record.filters).flatMap(([k, vs]) => (vs ?? []).map((v) => `<span data-pagefind-filter="${escapeHtml(k)}">${escapeHtml(v)}</span>`));
  const sorts = Object.entries(record.sort).map(([k, v]) => `<span data-pagefind-sort="${escapeHtml(k)}">${escapeHtml(v)}</span>`);
  return `<!doctype html><html lang="${record.language}"><head><meta charset="utf-8"><title></title></head><body><div data-pagefind-body${record.weight ? ` data-pagefind-weight="${record.weight}"` : ''}>${body.join('')}</div><div hidden>${[...meta, ...filters, ...sorts].join('')}</div></body></html>`;
}
