/**
 * Resolves the passages other records cite in this article (`file.data.citeRequests`:
 * timeline sources, disputed claims, editor's notes) to paragraphs. A passage must occur
 * exactly once; a missing or ambiguous one is reported, never guessed.
 */
import type { Root } from 'hast';
import type { VFile } from 'vfile';
import { findQuote } from '../shared/quotes.ts';

export default function rehypeCitations() {
  return (_tree: Root, file: VFile) => {
    const paragraphs = file.data.paragraphs ?? [];
    file.data.citations = (file.data.citeRequests ?? []).map(({ key, quote }) => {
      const hits = findQuote(quote, paragraphs);
      if (hits.length === 0) return { key, failure: { reason: 'missing' } };
      if (hits.length > 1) return { key, failure: { reason: 'ambiguous', count: hits.length } };
      return { key, paragraph: hits[0]!.paragraph, exact: hits[0]!.exact };
    });
  };
}
