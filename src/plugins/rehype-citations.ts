/**
 * Resolves the passages other records cite in this article (`file.data.citeRequests`:
 * timeline sources, disputed claims, editor's notes) to paragraphs. A passage must occur
 * exactly once; a missing or ambiguous one is reported, never guessed. A missing one is
 * looked for in the headings (which cannot be cited) and near misses in the paragraphs, so
 * the message can say where it is or which word is off.
 */
import type { Root } from 'hast';
import type { VFile } from 'vfile';
import { closestPassage, findQuote } from '../shared/quotes.ts';
import type { CiteResult } from './types.ts';

export default function rehypeCitations() {
  return (_tree: Root, file: VFile) => {
    const paragraphs = file.data.paragraphs ?? [];
    const headings = file.data.headings ?? [];
    file.data.citations = (file.data.citeRequests ?? []).map(({ key, quote }): CiteResult => {
      const hits = findQuote(quote, paragraphs);
      if (hits.length === 1) return { key, paragraph: hits[0]!.paragraph, exact: hits[0]!.exact };
      if (hits.length > 1) return { key, failure: { reason: 'ambiguous', count: hits.length } };
      const inHeading = findQuote(quote, headings)[0];
      if (inHeading) return { key, failure: { reason: 'heading', heading: headings.find((h) => h.id === inHeading.paragraph)!.text } };
      return { key, failure: { reason: 'missing', closest: closestPassage(quote, paragraphs) } };
    });
  };
}
