/**
 * The model handed from the build CLI to the Astro process: written once with V8's structured
 * serialisation (Maps and shared objects kept, no JSON round trip) and read back as is, so the
 * corpus is read, validated and rendered once per build however many processes use it.
 *
 * What can be derived exactly is left out of the file and derived again on reading: each
 * mention's sentence (a slice of its paragraph's text, which the serialiser would otherwise
 * copy once per mention: 38 of 99 MB at 1,000 articles) and each article's plain text (its
 * paragraphs and headings joined). Strings sliced on reading share their paragraph's memory.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { deserialize, serialize } from 'node:v8';
import type { Corpus, Mention } from './model.ts';
import { plainBody } from './plain-body.ts';

/** The environment variable through which the build names the model file to the Astro process. */
export const MODEL_FILE_ENV = 'CORPUS_MODEL_FILE';

/** Bumped whenever the model's shape or the file's layout changes, so a stale file is refused rather than misread. */
const FORMAT = 'corpus-model/2';

/** A mention as written: its sentence as an end offset in the paragraph's text. */
type StoredMention = Mention & { sentenceEnd?: number };

export function writeModel(corpus: Corpus, file: string): void {
  // The serialiser has no replacer: the derivable fields are blanked on the model itself for the
  // (synchronous) write and put back right after, so that shared objects stay shared in the file.
  const saved = corpus.articles.map((a) => ({ bodyText: a.bodyText, sentences: a.mentions.map((m) => m.sentence) }));
  try {
    for (const a of corpus.articles) {
      a.bodyText = '';
      for (const m of a.mentions as StoredMention[]) {
        m.sentenceEnd = m.sentenceStart + m.sentence.length;
        // Blanked, not deleted: the key keeps its place, so objects read back list their keys in the same order.
        m.sentence = '';
      }
    }
    writeFileSync(file, serialize({ format: FORMAT, corpus }));
  } finally {
    corpus.articles.forEach((a, k) => {
      a.bodyText = saved[k]!.bodyText;
      a.mentions.forEach((m, j) => {
        delete (m as StoredMention).sentenceEnd;
        m.sentence = saved[k]!.sentences[j]!;
      });
    });
  }
}

export function readModel(file: string): Corpus {
  const data = deserialize(readFileSync(file)) as { format?: unknown; corpus?: Corpus };
  if (data.format !== FORMAT || !data.corpus) throw new Error(`${file} is not a ${FORMAT} file (stale or from another version): rebuild with npm run build`);
  for (const a of data.corpus.articles) {
    const textOf = new Map(a.paragraphs.map((p) => [p.id, p.text]));
    for (const m of a.mentions as StoredMention[]) {
      m.sentence = textOf.get(m.paragraph)!.slice(m.sentenceStart, m.sentenceEnd);
      delete m.sentenceEnd;
    }
    a.bodyText = plainBody(a.paragraphs, a.headings);
  }
  return data.corpus;
}
