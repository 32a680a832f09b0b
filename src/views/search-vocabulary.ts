/**
 * The corpus vocabulary for spelling tolerance on the search page: every word of the search
 * records (texts, titles, aliases, authors) once, as it is most often written, with the
 * number of records that have it. Written next to the Pagefind index by src/cli/search-index.ts
 * and fetched by the search page only when a query has a word the index does not have.
 *
 * Compact on purpose: one JSON array of `[display, records]`; the folded form is recomputed in
 * the browser (src/shared/search-fold.ts). Numbers and words under three letters are left out:
 * nobody misspells them into a different name.
 */
import { foldedWords } from '../shared/search-fold.ts';
import type { VocabularyFile } from '../shared/search-spelling.ts';
import type { SearchRecord } from './search-records.ts';

const MIN_LENGTH = 3;

/** Words as written (letters, digits, inner apostrophes and hyphens split). */
const rawWords = (text: string) => text.split(/[^\p{L}\p{N}'’]+/u).map((w) => w.replace(/^['’]+|['’]+$/g, '').replace(/['’]s$/, '')).filter(Boolean);

/**
 * Counts the vocabulary one record at a time, so that the index step can count it while it
 * feeds Pagefind without holding every record (src/cli/search-index.ts).
 */
export class VocabularyCounter {
  private readonly byWord = new Map<string, { records: number; forms: Map<string, number> }>();

  add(record: SearchRecord): void {
    const text = [record.content, ...Object.values(record.meta)].join('\n');
    const seen = new Set<string>();
    for (const raw of rawWords(text)) {
      const word = foldedWords(raw).join('');
      if (word.length < MIN_LENGTH || /^\p{N}+$/u.test(word)) continue;
      let entry = this.byWord.get(word);
      if (!entry) this.byWord.set(word, (entry = { records: 0, forms: new Map() }));
      entry.forms.set(raw, (entry.forms.get(raw) ?? 0) + 1);
      if (!seen.has(word)) {
        seen.add(word);
        entry.records++;
      }
    }
  }

  /** The vocabulary of the records added, sorted by folded word. */
  vocabulary(): VocabularyFile {
    return [...this.byWord.entries()]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([, e]) => {
        // The most frequent form; a capitalised one wins ties (a name as it is written).
        const display = [...e.forms.entries()].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]))[0]![0];
        return [display, e.records];
      });
  }
}

/** The vocabulary of `records`, sorted by folded word. */
export function buildVocabulary(records: Iterable<SearchRecord>): VocabularyFile {
  const counter = new VocabularyCounter();
  for (const record of records) counter.add(record);
  return counter.vocabulary();
}
