/**
 * Names the actor registry is missing: capitalised names and acronyms in the article bodies
 * that match no actor's name or alias and are not on the corpus's ignore list
 * (`content/names-ignore.yaml`: demonyms, office titles, works cited … each with a reason).
 * Used by `npm run validate -- --names`.
 *
 * A name is a run of capitalised words (with name particles such as "of", "de" between them),
 * or an acronym. Spans an actor alias matches are masked first, so "Russian Foreign Ministry"
 * (an alias) leaves nothing, and "Armenian" in "Armenian forces" stays a candidate. A
 * sentence's first word counts only when the corpus never writes it in lower case, and a
 * single word only when it also stands capitalised inside a sentence: "Meanwhile" is not a name.
 */
import path from 'node:path';
import { existsSync } from 'node:fs';
import { z } from 'zod';
import { registryMatchers } from './registry-matchers.ts';
import { PhraseMatcher } from '../shared/matcher.ts';
import type { Actor } from '../schemas/actor.ts';
import type { Theme } from '../schemas/theme.ts';
import { ProblemList } from './problems.ts';
import { readText } from './read-files.ts';
import { readYaml } from './read-yaml.ts';
import { validateWith } from './zod-problems.ts';

/** One entry of the ignore list. */
export const ignoredNameSchema = z.strictObject({
  /** The name exactly as the bodies write it. */
  name: z.string().trim().min(1),
  /** Why it is no actor (a demonym, an office, a work cited, …). */
  reason: z.string().trim().min(1),
});
export type IgnoredName = z.infer<typeof ignoredNameSchema>;

/** What the report reads of a corpus: the registries and the paragraphs' plain text (a Corpus model is one). */
export interface NamesInput {
  themes: readonly Theme[];
  actors: readonly Actor[];
  articles: readonly { id: string; paragraphs: readonly { text: string }[] }[];
}

export interface NameCandidate {
  name: string;
  acronym: boolean;
  count: number;
  /** Article ids, in corpus order. */
  articles: string[];
  /** The first sentence it stands in, for context. */
  example: string;
}

/** Lower-case words that may stand inside a name ("Council of the European Union", "Tom de Waal"). */
const CONNECTORS = new Set(['of', 'the', 'for', 'de', 'da', 'di', 'van', 'von', 'der', 'al', 'el', 'bin', 'la', 'le', 'du']);
/** "the" only after "of" or "for": "Meanwhile the Armenian …" is two things, "Council of the …" one. */
const validConnection = (words: readonly string[]) => words.length === 0 || (words[0] !== 'the' && (words.length === 1 || (words.length === 2 && words[1] === 'the' && (words[0] === 'of' || words[0] === 'for'))));
const CALENDAR = new Set(
  'january february march april may june july august september october november december monday tuesday wednesday thursday friday saturday sunday'.split(' '),
);
const TOKEN = /[\p{L}\p{M}][\p{L}\p{M}\p{N}'’.-]*/gu;
const isCapitalised = (t: string) => /^\p{Lu}/u.test(t);
const isAcronym = (t: string) => /^\p{Lu}[\p{Lu}\p{N}]+$/u.test(t.replace(/\./g, ''));
/** "Putin’s" → "Putin"; "U.S." stays; a sentence's full stop goes. */
const clean = (t: string) => t.replace(/['’]s$/u, '').replace(/(?<!\.\p{Lu})\.$/u, '').replace(/[-'’]+$/u, '');

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

interface Run {
  tokens: string[];
  sentenceStart: boolean;
  sentence: string;
}

/** Runs of capitalised words in a text whose alias matches are masked out. */
function runsIn(text: string): Run[] {
  const runs: Run[] = [];
  for (const { segment } of segmenter.segment(text)) {
    let current: string[] = [];
    let startsSentence = false;
    let first = true;
    let lastEnd = -1;
    const flush = () => {
      while (current.length > 0 && CONNECTORS.has(current.at(-1)!)) current.pop();
      if (current.length > 0) runs.push({ tokens: current, sentenceStart: startsSentence, sentence: segment.trim() });
      current = [];
    };
    for (const m of segment.matchAll(TOKEN)) {
      const gap = lastEnd < 0 ? '' : segment.slice(lastEnd, m.index);
      lastEnd = m.index + m[0].length;
      const token = clean(m[0]);
      // Only spaces may stand between the words of one name; punctuation or a masked alias ends it.
      if (current.length > 0 && !/^[ \u00a0]+$/.test(gap)) flush();
      if (isCapitalised(token)) {
        // The lower-case words since the last capitalised one must form a name particle.
        const tail: string[] = [];
        for (let k = current.length - 1; k >= 0 && !isCapitalised(current[k]!); k--) tail.unshift(current[k]!);
        if (!validConnection(tail)) flush();
        if (current.length === 0) startsSentence = first;
        current.push(token);
      } else if (current.length > 0 && CONNECTORS.has(token)) current.push(token);
      else flush();
      first = false;
      if (/[.'’-]$/u.test(m[0]) && m[0] !== token && !isAcronym(token)) flush();
    }
    flush();
  }
  return runs;
}

/** Every name or acronym in the article bodies that no actor alias matches and the ignore list does not hold. */
export function missingNames(corpus: NamesInput, ignored: readonly IgnoredName[]): NameCandidate[] {
  const { aliases } = registryMatchers(corpus.themes, corpus.actors);
  // Ignored names are masked like aliases, so "Armenian Prime Minister" is "Armenian" + "Prime Minister".
  const ignoredMatcher = new PhraseMatcher(ignored.map((i): [string, true] => [i.name, true]));
  const lower = new Set<string>();
  const capitalisedMid = new Set<string>();
  const runs: { run: Run; article: string; sentences: string[] }[] = [];

  // Pass 1: the runs of every paragraph, and how the corpus writes each word.
  for (const article of corpus.articles) {
    for (const p of article.paragraphs) {
      for (const m of p.text.matchAll(TOKEN)) if (!isCapitalised(m[0])) lower.add(clean(m[0]));
      // Alias and ignored spans are masked with a character no word contains, so they end a run.
      // Longest first, as the alias matcher itself chooses: an alias wins over an ignored word inside it.
      const chosen: { start: number; end: number }[] = [];
      for (const span of [...aliases.find(p.text), ...ignoredMatcher.find(p.text)].sort((a, b) => b.end - b.start - (a.end - a.start)))
        if (!chosen.some((c) => span.start < c.end && c.start < span.end)) chosen.push(span);
      let masked = p.text;
      for (const span of chosen.sort((a, b) => b.start - a.start)) masked = `${masked.slice(0, span.start)} \u0000 ${masked.slice(span.end)}`;
      const sentences = [...segmenter.segment(p.text)].map((x) => x.segment.trim());
      for (const run of runsIn(masked)) {
        run.tokens.forEach((t, i) => {
          if (i > 0 || !run.sentenceStart) capitalisedMid.add(t);
        });
        runs.push({ run, article: article.id, sentences });
      }
    }
  }

  // Pass 2: a sentence's first word counts only when the corpus capitalises it inside a sentence
  // too and never writes it in lower case ("Meanwhile", "Then" are not names; "Dubnov" is).
  const byName = new Map<string, NameCandidate>();
  for (const { run, article, sentences } of runs) {
    let tokens = run.tokens;
    if (run.sentenceStart && (lower.has(tokens[0]!.toLowerCase()) || !capitalisedMid.has(tokens[0]!))) {
      tokens = tokens.slice(1);
      while (tokens.length > 0 && CONNECTORS.has(tokens[0]!)) tokens = tokens.slice(1);
    }
    while (tokens.length > 0 && CALENDAR.has(tokens[0]!.toLowerCase())) tokens = tokens.slice(1);
    while (tokens.length > 0 && CALENDAR.has(tokens.at(-1)!.toLowerCase())) tokens = tokens.slice(0, -1);
    if (tokens.length === 0) continue;
    const name = tokens.join(' ');
    // A single word the corpus also writes in lower case is a common word capitalised ("Conflicts").
    if (tokens.length === 1 && !isAcronym(name) && lower.has(name.toLowerCase())) continue;
    const c = byName.get(name) ?? { name, acronym: isAcronym(name), count: 0, articles: [], example: sentences.find((x) => x.includes(name)) ?? run.sentence };
    c.count++;
    if (!c.articles.includes(article)) c.articles.push(article);
    byName.set(name, c);
  }
  return [...byName.values()].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
}

/** Ignore-list entries that are no longer needed: the name occurs nowhere, or an actor now claims it. */
export function staleIgnores(corpus: NamesInput, ignored: readonly IgnoredName[]): { name: string; why: string }[] {
  const { aliases } = registryMatchers(corpus.themes, corpus.actors);
  const bodies = corpus.articles.flatMap((a) => a.paragraphs.map((p) => p.text));
  return ignored.flatMap((i) => {
    if (aliases.find(i.name).some((m) => m.start === 0 && m.end === i.name.length)) return [{ name: i.name, why: 'an actor alias matches it now' }];
    const word = new RegExp(`(?<![\\p{L}\\p{M}\\p{N}])${i.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{M}\\p{N}])`, 'u');
    return bodies.some((b) => word.test(b)) ? [] : [{ name: i.name, why: 'occurs in no article body' }];
  });
}

/** Reads `<dir>/names-ignore.yaml` (a missing file is an empty list); problems go to `problems`. */
export function readIgnoredNames(dir: string, problems: ProblemList): IgnoredName[] {
  const file = path.join(dir, 'names-ignore.yaml');
  if (!existsSync(file)) return [];
  const text = readText(file, problems);
  if (text === undefined) return [];
  const yaml = readYaml(text, file, problems);
  if (!yaml || yaml.data == null) return [];
  return validateWith(z.array(ignoredNameSchema), yaml.data, yaml, problems) ?? [];
}

const slug = (name: string) =>
  name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** The report: candidates with counts and articles, then draft registry entries to complete. */
export function formatNamesReport(candidates: readonly NameCandidate[], stale: readonly { name: string; why: string }[], ignoreFile: string): string {
  const out: string[] = [];
  out.push(`names: ${candidates.length} capitalised name(s) or acronym(s) in the article bodies match no actor alias and are not in ${ignoreFile}`);
  for (const c of candidates) out.push(`  ${c.name}  ×${c.count}  in ${c.articles.join(', ')}\n      “${c.example.length > 140 ? `${c.example.slice(0, 139)}…` : c.example}”`);
  for (const s of stale) out.push(`  ${ignoreFile}: "${s.name}" — ${s.why}; remove it from the list`);
  if (candidates.length === 0) return out.join('\n');
  out.push('', 'Draft actors.yaml entries (check each; write the description as the editors’ neutral words; wikidata only when certain):');
  for (const c of candidates)
    out.push(
      `- id: ${slug(c.name) || 'TODO'}`,
      `  name: ${JSON.stringify(c.name)}`,
      `  kind: "TODO: person | state | organisation | unrecognised-entity | region | place | armed-force | media"`,
      '  aliases: []',
      '  description: "TODO: a short, neutral description"',
    );
  out.push('', `Or, when it names no actor, add it to ${ignoreFile}:`, ...candidates.slice(0, 1).map((c) => `- name: ${JSON.stringify(c.name)}\n  reason: "TODO: why it is no actor (a demonym, an office, a work cited …)"`));
  return out.join('\n');
}
