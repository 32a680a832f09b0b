/**
 * The bad-input cases of the corpus validator, as one table: each case is the good test
 * corpus (tests/fixtures/good-corpus/) with one defect applied, and the exact lines
 * `npm run validate` must print for it.
 *
 * Every case (but those marked `generatedInTest`, made in a temporary folder by the test: files
 * too large to commit, two file names differing only in case, which macOS and Windows cannot
 * hold, and symbolic links and named pipes, which not every checkout can hold) is also a real
 * folder, tests/fixtures/bad-corpora/<name>/, that a contributor can check by hand:
 *   CORPUS_DIR=tests/fixtures/bad-corpora/title-missing npm run validate
 * The folders are generated from this table — `node tests/support/bad-corpora.ts` — and
 * committed; tests/unit/validator.test.ts fails when they drift from it.
 *
 * Why generated: a full corpus per case written by hand would repeat the good corpus ~40
 * times and rot as soon as the schema changes; generating keeps every fixture "good corpus
 * plus exactly one defect", while committing the output keeps each case runnable on its own.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));
export const GOOD_CORPUS = path.join(FIXTURES, 'good-corpus');
export const BAD_CORPORA = path.join(FIXTURES, 'bad-corpora');

/** The good corpus's files the cases edit. */
const A = 'articles/northland-ceasefire.md';
const B = 'articles/southland-alliance.md';
const EVENTS = 'events/timeline.yaml';
/** A method.md for the cases about it (the good corpus has none: it is optional). */
const METHOD = '## How the corpus is built\n\nEvery entry of [the timeline](/timeline/) quotes its articles.\n';

/** Where the perspective cases write their file, and a valid one they each break in one place. */
const PERSPECTIVES_FILE = 'perspectives/questions.yaml';
export const PERSPECTIVES = `- id: ceasefire-terms
  question: On what terms does the ceasefire hold?
  kind: interpretive
  positions:
    - article: northland-ceasefire
      label: As long as the alliance stays out
      quotes:
        - the truce would hold as long as the NTO stayed out of the conflict
    - article: southland-alliance
      label: The alliance is open to every neighbour
      quotes:
        - says the alliance is open to every neighbour
  note: A difference of reading between two invented reports.
  events: [northland-southland-ceasefire-2021]
  themes: [ceasefire]
  actors: [treaty-organisation]
`;

/** Edits a copy of the good corpus. Every edit fails loudly when its target is not there. */
export class CorpusEditor {
  readonly dir: string;
  constructor(dir: string) {
    this.dir = dir;
  }

  private file(rel: string): string {
    return path.join(this.dir, rel);
  }

  read(rel: string): string {
    return readFileSync(this.file(rel), 'utf8');
  }

  /** Replaces the one occurrence of `from` in `rel`. */
  replace(rel: string, from: string, to: string): this {
    const text = this.read(rel);
    const at = text.indexOf(from);
    if (at === -1 || text.indexOf(from, at + 1) !== -1) throw new Error(`${rel}: expected exactly one "${from}"`);
    writeFileSync(this.file(rel), text.slice(0, at) + to + text.slice(at + from.length));
    return this;
  }

  write(rel: string, content: string | Buffer): this {
    mkdirSync(path.dirname(this.file(rel)), { recursive: true });
    writeFileSync(this.file(rel), content);
    return this;
  }

  append(rel: string, text: string): this {
    return this.write(rel, this.read(rel) + text);
  }

  remove(rel: string): this {
    if (!existsSync(this.file(rel))) throw new Error(`${rel}: nothing to remove`);
    rmSync(this.file(rel), { recursive: true });
    return this;
  }

  /** A symbolic link at `rel` pointing to `target` (as written: relative to the link's folder). */
  link(rel: string, target: string): this {
    mkdirSync(path.dirname(this.file(rel)), { recursive: true });
    symlinkSync(target, this.file(rel));
    return this;
  }

  /** A named pipe (FIFO) at `rel`; needs the mkfifo command (Linux, macOS). */
  fifo(rel: string): this {
    execFileSync('mkfifo', [this.file(rel)]);
    return this;
  }

  rename(from: string, to: string): this {
    const text = readFileSync(this.file(from));
    this.remove(from);
    return this.write(to, text);
  }
}

export interface BadCase {
  /** Folder name under tests/fixtures/bad-corpora/. */
  name: string;
  /** The defect, in words. */
  defect: string;
  /** Applies the defect to a fresh copy of the good corpus. */
  apply: (c: CorpusEditor) => void;
  /**
   * Every line the validator prints for it, errors then warnings, the summary line left out.
   * `{dir}` stands for the corpus folder as the validator shows it.
   */
  expected: string[];
  /** Only built in a temporary folder by the test (too large to commit, or not portable). */
  generatedInTest?: boolean;
  /** Can only be built where file names differing in case are different files (not macOS, not Windows). */
  needsCaseSensitiveFs?: boolean;
  /** Can only be built where named pipes can be made (mkfifo: not Windows). */
  needsFifo?: boolean;
}

export const CASES: BadCase[] = [
  // ------------------------------------------------------------------ YAML and frontmatter
  {
    name: 'yaml-malformed-themes',
    defect: 'themes.yaml: a [ … ] list that is never closed',
    apply: (c) => c.replace('themes.yaml', '  actors: [treaty-organisation]', '  actors: [treaty-organisation'),
    expected: [
      '{dir}/themes.yaml:16 (yaml) — a [ … ] list is not closed — expected a closing ] at the end of the list',
    ],
  },
  {
    name: 'yaml-malformed-frontmatter',
    defect: 'an article title with ": " in it, not in quotes',
    apply: (c) => c.replace(A, 'title: Northland and Southland agree a ceasefire', 'title: Ceasefire: Northland and Southland agree'),
    expected: [
      '{dir}/articles/northland-ceasefire.md:2 (yaml) — a value contains ": " (a colon and a space), or a line is indented too far — expected the value in quotes, as in title: "Karabakh: the war", or the line lined up with the fields above it',
    ],
  },
  {
    name: 'yaml-unclosed-quote',
    defect: 'an article summary whose opening " is never closed',
    apply: (c) => c.replace(A, 'summary: A short invented report', 'summary: "A short invented report'),
    expected: [
      '{dir}/articles/northland-ceasefire.md:14 (yaml) — a quoted value is not closed — expected the closing quote mark on the same line as the opening one',
    ],
  },
  {
    name: 'yaml-apostrophe-in-single-quotes',
    defect: "an event quote in '…' that contains an apostrophe written as ' (YAML needs '')",
    apply: (c) => c.replace(EVENTS, 'quote: agreed a ceasefire on 4 March', "quote: 'Northland's ceasefire'"),
    expected: [
      '{dir}/events/timeline.yaml:13 (yaml) — an apostrophe ends a \'…\' quoted value early — expected two apostrophes (\'\') for one inside \'…\', or "…" quotes around the value',
    ],
  },
  {
    name: 'yaml-tab-indentation',
    defect: 'actors.yaml: a field indented with a tab',
    apply: (c) => c.replace('actors.yaml', '  kind: place', '\tkind: place'),
    expected: [
      '{dir}/actors.yaml:17 (yaml) — is indented with a tab — expected spaces for indentation (YAML does not allow tabs)',
    ],
  },
  {
    name: 'yaml-alias-bomb',
    defect: 'themes.yaml built from YAML aliases that expand a thousandfold (a "billion laughs" file)',
    apply: (c) =>
      c.write(
        'themes.yaml',
        ['a: &a [x, x, x, x, x, x, x, x, x, x]', ...'bcdefgh'.split('').map((k, i) => `${k}: &${k} [${Array(10).fill(`*${'abcdefg'[i]}`).join(', ')}]`)].join('\n') + '\n',
      ),
    expected: [
      '{dir}/themes.yaml:1 (yaml) — cannot be read: Excessive alias count indicates a resource exhaustion attack — expected plain YAML without *alias chains',
    ],
  },
  {
    name: 'yaml-duplicate-field',
    defect: 'an article with the field "title" twice',
    apply: (c) => c.replace(A, 'authors:\n', 'title: A second title\nauthors:\n'),
    expected: [
      '{dir}/articles/northland-ceasefire.md:3 (yaml) — the field "title" appears twice — expected each field once per entry',
    ],
  },
  {
    name: 'frontmatter-missing',
    defect: 'an article with no frontmatter at all, just text',
    apply: (c) => c.write(A, c.read(A).replace(/^---\n[\s\S]*?\n---\n\n/, '')),
    expected: [
      '{dir}/articles/northland-ceasefire.md:1 (frontmatter) — is missing — expected the file to start with a --- line, the YAML fields (title, authors, …), and a closing --- line',
    ],
  },
  {
    name: 'frontmatter-not-closed',
    defect: 'an article whose frontmatter has no closing --- line',
    apply: (c) => c.replace(A, '  notice: Invented text written for the validator\'s test fixtures.\n---\n', '  notice: Invented text written for the validator\'s test fixtures.\n'),
    expected: [
      '{dir}/articles/northland-ceasefire.md:1 (frontmatter) — is not closed — expected a --- line after the last frontmatter field, then the article text',
    ],
  },
  // ------------------------------------------------------------------ fields
  {
    name: 'title-missing',
    defect: 'an article without a title',
    apply: (c) => c.replace(A, 'title: Northland and Southland agree a ceasefire\n', ''),
    expected: [
      '{dir}/articles/northland-ceasefire.md:2 title — is missing — expected text',
    ],
  },
  {
    name: 'field-name-mistyped',
    defect: 'an article whose "title" field is spelt "titel"',
    apply: (c) => c.replace(A, 'title: Northland', 'titel: Northland'),
    expected: [
      '{dir}/articles/northland-ceasefire.md:2 titel — is not a known field (did you mean "title"?) — expected only the fields documented in src/schemas/article.ts',
    ],
  },
  {
    name: 'authors-not-a-list',
    defect: 'authors written as one string instead of a list',
    apply: (c) => c.replace(A, 'authors:\n  - Jane Example', 'authors: Jane Example'),
    expected: [
      '{dir}/articles/northland-ceasefire.md:3 authors — got "Jane Example" — expected a list (one "- item" line per entry, or [a, b])',
    ],
  },
  {
    name: 'rights-missing',
    defect: 'an article without its rights block',
    apply: (c) => c.replace(B, "rights:\n  holder: Example Weekly\n  notice: Invented text written for the validator's test fixtures.\n", ''),
    expected: [
      '{dir}/articles/southland-alliance.md:2 rights — is missing — expected a mapping with holder and notice',
    ],
  },
  {
    name: 'summary-empty',
    defect: 'an article whose summary is left empty',
    apply: (c) => c.replace(A, 'summary: A short invented report on a ceasefire, written for the validator\'s tests.', 'summary:'),
    expected: [
      '{dir}/articles/northland-ceasefire.md:14 summary — is empty — expected text',
    ],
  },
  {
    name: 'field-unknown-nested',
    defect: 'an unknown field inside the rights block ("licence")',
    apply: (c) => c.replace(A, '  holder: Example Daily\n', '  holder: Example Daily\n  licence: CC BY\n'),
    expected: [
      '{dir}/articles/northland-ceasefire.md:20 rights.licence — is not a known field — expected only the fields holder and notice',
    ],
  },
  {
    name: 'original-url-javascript',
    defect: 'originalUrl with a javascript: scheme',
    apply: (c) => c.replace(A, 'originalUrl: https://example.org/2021/03/04/ceasefire/', 'originalUrl: "javascript:alert(document.cookie)"'),
    expected: [
      '{dir}/articles/northland-ceasefire.md:12 originalUrl — got "javascript:alert(document.cookie)" — expected an absolute http(s) URL',
    ],
  },
  {
    name: 'wikidata-without-q',
    defect: 'a Wikidata id written without its Q',
    apply: (c) => c.replace('actors.yaml', '  kind: organisation\n', '  kind: organisation\n  wikidata: "7747"\n'),
    expected: [
      '{dir}/actors.yaml:24 [3].wikidata — got "7747" — expected a Wikidata id such as "Q7747"',
    ],
  },
  {
    name: 'actor-kind-unknown',
    defect: 'an actor of a kind the schema does not know ("organization")',
    apply: (c) => c.replace('actors.yaml', 'kind: organisation', 'kind: organization'),
    expected: [
      '{dir}/actors.yaml:23 [3].kind — "organization" is not allowed (did you mean "organisation"?) — expected one of "person" | "state" | "organisation" | "unrecognised-entity" | "region" | "place" | "armed-force" | "media"',
    ],
  },
  {
    name: 'event-kind-unknown',
    defect: 'a timeline entry of an unknown kind ("battle")',
    apply: (c) => c.replace(EVENTS, 'kind: agreement', 'kind: battle'),
    expected: [
      '{dir}/events/timeline.yaml:7 [0].kind — "battle" is not allowed — expected one of "event" | "statement" | "agreement" | "forecast" | "background"',
    ],
  },
  // ------------------------------------------------------------------ dates
  {
    name: 'date-impossible',
    defect: 'an article published on 30 February',
    apply: (c) => c.replace(A, 'date: "2021-03-04"', 'date: "2021-02-30"'),
    expected: [
      '{dir}/articles/northland-ceasefire.md:9 published.date — "2021-02-30" is not a real day: February 2021 has 28 days — expected an EDTF date such as 2020-11-10, 2022-09, 2021-21 (spring), 1992/1994 or 1988~',
    ],
  },
  {
    name: 'date-leap-day',
    defect: 'a timeline entry dated 29 February of a common year',
    apply: (c) => c.replace(EVENTS, 'date: "2021-03-04"', 'date: "2021-02-29"'),
    expected: [
      '{dir}/events/timeline.yaml:4 [0].date — "2021-02-29" is not a real day: February 2021 has 28 days — expected an EDTF date such as 2020-11-10, 2022-09, 2021-21 (spring), 1992/1994 or 1988~',
    ],
  },
  {
    name: 'date-interval-reversed',
    defect: 'a timeline entry dated 1994/1992 (the interval backwards)',
    apply: (c) => c.replace(EVENTS, 'date: "2021-04"', 'date: "1994/1992"'),
    expected: [
      '{dir}/events/timeline.yaml:16 [1].date — the interval "1994/1992" ends before it starts — expected the earlier date first, as in 1992/1994',
    ],
  },
  {
    name: 'date-years-with-hyphen',
    defect: 'a timeline entry dated 2020-2021 (a span of years written with a hyphen, not EDTF\'s slash)',
    apply: (c) => c.replace(EVENTS, 'date: "2021-04"', 'date: "2020-2021"'),
    expected: [
      '{dir}/events/timeline.yaml:16 [1].date — "2020-2021" is not a span of years in EDTF (a hyphen joins year and month): write 2020/2021 — expected an EDTF date such as 2020-11-10, 2022-09, 2021-21 (spring), 1992/1994 or 1988~',
    ],
  },
  {
    name: 'date-year-unquoted',
    defect: 'a timeline entry dated 2021 without quotes (YAML reads a number)',
    apply: (c) => c.replace(EVENTS, 'date: "2021-04"', 'date: 2021'),
    expected: [
      '{dir}/events/timeline.yaml:16 [1].date — got the number 2021, not text — expected text: put it in quotes, as in "2021"',
    ],
  },
  // ------------------------------------------------------------------ references
  {
    name: 'theme-unknown-in-article',
    defect: 'an article declaring a theme id that themes.yaml does not define (a typo)',
    apply: (c) => c.replace(A, '  - ceasefire\ncapture', '  - ceasfire\ncapture'),
    expected: [
      '{dir}/articles/northland-ceasefire.md:16 themes[0] — unknown theme id "ceasfire" (did you mean "ceasefire"?) — expected an id defined in {dir}/themes.yaml',
      'warning: {dir}/articles/northland-ceasefire.md:16 themes — theme "ceasefire" tags 2 of 3 paragraphs but is not declared — expected "ceasefire" in themes, or narrower theme terms',
    ],
  },
  {
    name: 'actor-unknown-in-event',
    defect: 'a timeline entry naming an actor id that actors.yaml does not define',
    apply: (c) => c.replace(EVENTS, 'actors: [northland, southland]', 'actors: [northland, westland]'),
    expected: [
      '{dir}/events/timeline.yaml:8 [0].actors[1] — unknown actor id "westland" — expected an id defined in {dir}/actors.yaml',
    ],
  },
  {
    name: 'article-unknown-in-event',
    defect: 'a timeline source naming an article that does not exist',
    apply: (c) => c.replace(EVENTS, 'article: southland-alliance', 'article: southland-alliances'),
    expected: [
      '{dir}/events/timeline.yaml:23 [1].sources[0].article — unknown article id "southland-alliances" (did you mean "southland-alliance"?) — expected an id defined in {dir}/articles/',
    ],
  },
  {
    name: 'article-id-case-mismatch',
    defect: 'a timeline source naming an article with capital letters (ids are lowercase)',
    apply: (c) => c.replace(EVENTS, 'article: northland-ceasefire', 'article: Northland-Ceasefire'),
    expected: [
      '{dir}/events/timeline.yaml:12 [0].sources[0].article — got "Northland-Ceasefire" (did you mean "northland-ceasefire"?) — expected a lowercase slug such as "russian-peacekeepers" (a–z, 0–9, single hyphens)',
    ],
  },
  {
    name: 'article-file-name-not-a-slug',
    defect: 'an article saved as Northland-Ceasefire.md (ids, and so file names, are lowercase)',
    apply: (c) => c.rename(A, 'articles/Northland-Ceasefire.md'),
    expected: [
      '{dir}/articles/Northland-Ceasefire.md (file name) — "Northland-Ceasefire" is not a valid article id (rename it to northland-ceasefire.md) — expected a lowercase slug file name (a–z, 0–9, single hyphens) such as dubnov-post-soviet-space-2-0.md',
    ],
  },
  {
    // Not committed: macOS and Windows file systems cannot hold both names in one folder.
    name: 'article-file-names-differ-by-case',
    defect: 'a second copy of an article saved as Northland-Ceasefire.md beside northland-ceasefire.md',
    apply: (c) => c.write('articles/Northland-Ceasefire.md', c.read(A)),
    expected: [
      '{dir}/articles/Northland-Ceasefire.md (file name) — "Northland-Ceasefire" is not a valid article id ("northland-ceasefire" is already taken by northland-ceasefire.md) — expected a lowercase slug file name (a–z, 0–9, single hyphens) such as dubnov-post-soviet-space-2-0.md',
    ],
    generatedInTest: true,
    needsCaseSensitiveFs: true,
  },
  {
    name: 'events-file-wrong-extension',
    defect: 'a timeline file saved as .yml (it would be skipped without a word)',
    apply: (c) => c.rename(EVENTS, 'events/timeline.yml'),
    expected: [
      '{dir}/events/timeline.yml (file name) — is not read: only .yaml files directly in {dir}/events/ are — expected a .yaml file name (rename it to timeline.yaml)',
    ],
  },
  {
    name: 'capture-missing',
    defect: 'an article whose capture file is not in sources/',
    apply: (c) => c.remove('sources/001_southland-alliance.txt'),
    expected: [
      '{dir}/articles/southland-alliance.md:14 capture — capture file "001_southland-alliance.txt" not found in {dir}/sources/ — expected the raw capture this text comes from, kept in sources/',
    ],
  },
  // ------------------------------------------------------------------ duplicates
  {
    name: 'theme-duplicate-id',
    defect: 'two themes with the same id',
    apply: (c) => c.append('themes.yaml', '\n- id: ceasefire\n  label: Truce\n  description: A second theme given the same id by mistake.\n  terms: [armistice]\n'),
    expected: [
      '{dir}/themes.yaml:17 [2].id — duplicate theme id "ceasefire" (first defined in {dir}/themes.yaml:3) — expected each theme id to be used once',
    ],
  },
  {
    name: 'actor-duplicate-id',
    defect: 'two actors with the same id',
    apply: (c) => c.append('actors.yaml', '\n- id: northland\n  name: Northern Republic\n  kind: state\n  description: A second actor given the same id by mistake.\n'),
    expected: [
      '{dir}/actors.yaml:27 [4].id — duplicate actor id "northland" (first defined in {dir}/actors.yaml:4) — expected each actor id to be used once',
    ],
  },
  {
    name: 'event-duplicate-id',
    defect: 'two timeline entries with the same id, in two files',
    apply: (c) =>
      c.write('events/more.yaml', c.read(EVENTS).replace(/^- id: southland-asks-about-nto-2021[\s\S]*$/m, '').replace(/^#.*\n\n/, '')),
    expected: [
      '{dir}/events/timeline.yaml:3 [0].id — duplicate event id "northland-southland-ceasefire-2021" (first defined in {dir}/events/more.yaml:1) — expected each event id to be used once',
    ],
  },
  {
    name: 'alias-claimed-twice',
    defect: 'one spelling claimed by two actors (Southland given Northland\'s name as an alias)',
    apply: (c) => c.replace('actors.yaml', '  kind: state\n  description: An invented state of the test corpus, Northland', '  kind: state\n  aliases: [Northland]\n  description: An invented state of the test corpus, Northland'),
    expected: [
      '{dir}/actors.yaml:13 [1].aliases[0] — alias "Northland" is claimed by both "northland" and "southland" — expected each spelling to belong to one actor',
    ],
  },
  // ------------------------------------------------------------------ quotes and events
  {
    name: 'quote-missing',
    defect: 'a timeline source quoting words its article does not contain',
    apply: (c) => c.replace(EVENTS, 'quote: agreed a ceasefire on 4 March', 'quote: agreed a ceasefire on 5 March'),
    expected: [
      '{dir}/events/timeline.yaml:13 [0].sources[0].quote — quote not found in article "northland-ceasefire" (closest: "agreed a ceasefire on 4 March" in ¶1 differs at \'5\') — expected a short verbatim passage that occurs exactly once in the article (whitespace and curly quotes are normalised)',
    ],
  },
  {
    name: 'quote-ambiguous',
    defect: 'a timeline source quoting words that occur twice in its article',
    apply: (c) => c.replace(EVENTS, 'quote: agreed a ceasefire on 4 March', 'quote: Harbour Town'),
    expected: [
      '{dir}/events/timeline.yaml:13 [0].sources[0].quote — quote ambiguous: found 2 times in article "northland-ceasefire" — expected a short verbatim passage that occurs exactly once in the article (whitespace and curly quotes are normalised)',
    ],
  },
  {
    name: 'event-without-sources',
    defect: 'a timeline entry with an empty list of sources',
    apply: (c) => c.replace(EVENTS, '  sources:\n    - article: southland-alliance\n      quote: Southland has asked whether the Northern Treaty Organisation would defend it\n', '  sources: []\n'),
    expected: [
      '{dir}/events/timeline.yaml:22 [1].sources — is an empty list — expected at least one source {article, quote}',
    ],
  },
  {
    name: 'event-sources-missing',
    defect: 'a timeline entry with no sources field at all',
    apply: (c) => c.replace(EVENTS, '  sources:\n    - article: southland-alliance\n      quote: Southland has asked whether the Northern Treaty Organisation would defend it\n', ''),
    expected: [
      '{dir}/events/timeline.yaml:15 [1].sources — is missing — expected a list (one "- item" line per entry, or [a, b])',
    ],
  },
  {
    name: 'events-file-a-mapping',
    defect: 'an events file holding one entry as a mapping, not a list',
    apply: (c) => c.write('events/single.yaml', 'id: one-more-entry\ndate: "2021-05"\ntitle: One more entry\n'),
    expected: [
      '{dir}/events/single.yaml:1 (file) — is a mapping, not a list — expected a YAML list of events, each starting with "- id: …"',
    ],
  },
  // ------------------------------------------------------------------ article bodies
  {
    name: 'article-body-empty',
    defect: 'an article with frontmatter and no text',
    apply: (c) => c.write(B, c.read(B).replace(/\n---\n[\s\S]*$/, '\n---\n')),
    expected: [
      '{dir}/articles/southland-alliance.md:19 (body) — is empty — expected the article text after the closing --- line',
    ],
  },
  {
    name: 'markdown-script',
    defect: 'a <script> element in an article body',
    apply: (c) => c.append(A, '\n<script>alert("hello")</script>\n'),
    expected: [
      '{dir}/articles/northland-ceasefire.md:31 (body) — contains raw HTML "<script>alert(\\"hello\\")</script>" — expected plain Markdown (raw HTML and <script> are not allowed)',
    ],
  },
  {
    name: 'markdown-inline-html',
    defect: 'inline HTML (<span onclick>) in an article paragraph',
    apply: (c) => c.replace(A, 'expect new talks in the spring.', 'expect new talks in the <span onclick="steal()">spring</span>.'),
    expected: [
      '{dir}/articles/northland-ceasefire.md:29 (body) — contains raw HTML "<span onclick=\\"steal()\\">" — expected plain Markdown (raw HTML and <script> are not allowed)',
    ],
  },
  {
    name: 'markdown-javascript-link',
    defect: 'a javascript: link in an article body',
    apply: (c) => c.replace(A, 'after two days of talks in Harbour Town', 'after two days of [talks](javascript:alert(1)) in Harbour Town'),
    expected: [
      '{dir}/articles/northland-ceasefire.md:23 (body) — has a link to "javascript:alert(1)" — expected an http(s), mailto or site-relative link',
    ],
  },
  {
    name: 'markdown-image',
    defect: 'an image (from another origin) in an article body',
    apply: (c) => c.append(A, '\n![a map](https://example.org/map.png)\n'),
    expected: [
      '{dir}/articles/northland-ceasefire.md:31 (body) — contains an image (https://example.org/map.png) — expected text only: the site loads nothing from other origins',
    ],
  },
  // ------------------------------------------------------------------ files
  {
    name: 'file-not-utf8',
    defect: 'an article saved in Latin-1 (an é as the single byte 0xE9)',
    apply: (c) => c.write(B, Buffer.from(c.read(B).replace('Southland weighs', 'Southland pesé weighs'), 'latin1')),
    expected: [
      '{dir}/articles/southland-alliance.md:2 (file) — is not valid UTF-8 text (byte 0xE9) — expected a UTF-8 encoded text file (re-save it as UTF-8)',
    ],
  },
  {
    name: 'file-too-large',
    defect: 'an article of more than 1 MB (a pasted dump)',
    apply: (c) => c.append(B, `\n${'A very long paragraph. '.repeat(50_000)}\n`),
    expected: [
      '{dir}/articles/southland-alliance.md (file) — is 1,150,704 bytes — expected at most 1,000,000 bytes (a corpus file this large is a pasted dump or a binary)',
    ],
    generatedInTest: true,
  },
  // ------------------------------------------------------------------ themes and aliases
  {
    name: 'theme-declared-untagged',
    defect: 'an article declaring a theme none of its paragraphs is tagged with',
    apply: (c) => c.replace(A, '  - ceasefire\ncapture', '  - ceasefire\n  - alliances\ncapture').replace(A, ' as long as the NTO stayed out of the conflict', ''),
    expected: [
      '{dir}/articles/northland-ceasefire.md:17 themes[1] — theme "alliances" is declared but tags no paragraph — expected a theme whose terms or actors occur in the article (or remove it)',
    ],
  },
  {
    name: 'alias-matches-nothing',
    defect: 'an alias that occurs in no article (a warning: the corpus is still valid)',
    apply: (c) => c.replace('actors.yaml', 'aliases: [Republic of Northland]', 'aliases: [Republic of Northland, Nordland]'),
    expected: [
      'warning: {dir}/actors.yaml:7 [0].aliases[1] — alias "Nordland" of "northland" matches nothing in the articles — expected a spelling that occurs in some article body',
    ],
  },
  // ------------------------------------------------------------------ issue 14: files the site renders, and the file policy
  {
    name: 'method-javascript-link',
    defect: 'method.md (shown on the About page) with a javascript: link',
    apply: (c) => c.write('method.md', METHOD.replace('[the timeline](/timeline/)', '[the timeline](javascript:alert(1))')),
    expected: [
      '{dir}/method.md:3 (body) — has a link to "javascript:alert(1)" — expected an http(s), mailto or site-relative link',
    ],
  },
  {
    name: 'method-image',
    defect: 'method.md with an image from another origin',
    apply: (c) => c.write('method.md', `${METHOD}\n![a chart](https://example.org/chart.png)\n`),
    expected: [
      '{dir}/method.md:5 (body) — contains an image (https://example.org/chart.png) — expected text only: the site loads nothing from other origins',
    ],
  },
  {
    name: 'method-raw-html',
    defect: 'method.md with a <script> element',
    apply: (c) => c.write('method.md', `${METHOD}\n<script>alert(1)</script>\n`),
    expected: [
      '{dir}/method.md:5 (body) — contains raw HTML "<script>alert(1)</script>" — expected plain Markdown (raw HTML and <script> are not allowed)',
    ],
  },
  {
    name: 'method-a-folder',
    defect: 'a folder where method.md should be',
    apply: (c) => c.write('method.md/notes.md', METHOD),
    expected: [
      '{dir}/method.md (file) — is a folder, not a file — expected a regular text file',
    ],
  },
  {
    // Made in the test: a symbolic link is not portable to every checkout (Windows).
    name: 'method-symlink',
    defect: 'method.md as a symbolic link to a file elsewhere',
    apply: (c) => c.link('method.md', '../outside/method.md'),
    expected: [
      '{dir}/method.md (file) — is a symbolic link (to ../outside/method.md), which the corpus does not follow — expected a regular file inside the corpus folder (copy it in rather than linking to it)',
    ],
    generatedInTest: true,
  },
  {
    name: 'article-symlink',
    defect: 'an article that is a symbolic link (no "rename it to" hint: its name is fine)',
    apply: (c) => c.remove(B).link(B, '../sources/001_southland-alliance.txt'),
    expected: [
      '{dir}/articles/southland-alliance.md (file) — is a symbolic link (to ../sources/001_southland-alliance.txt), which the corpus does not follow — expected a regular file inside the corpus folder (copy it in rather than linking to it)',
    ],
    generatedInTest: true,
  },
  {
    name: 'themes-symlink',
    defect: 'themes.yaml as a symbolic link (followed before issue 14, refused for articles: now one policy)',
    apply: (c) => c.rename('themes.yaml', 'themes-real.yaml').link('themes.yaml', 'themes-real.yaml'),
    expected: [
      '{dir}/themes.yaml (file) — is a symbolic link (to themes-real.yaml), which the corpus does not follow — expected a regular file inside the corpus folder (copy it in rather than linking to it)',
    ],
    generatedInTest: true,
  },
  {
    name: 'article-fifo',
    defect: 'a named pipe (FIFO) in articles/ (reading it would wait forever)',
    apply: (c) => c.fifo('articles/stray.md'),
    expected: [
      '{dir}/articles/stray.md (file) — is a named pipe (FIFO), not a file — expected a regular text file',
    ],
    generatedInTest: true,
    needsFifo: true,
  },
  {
    name: 'file-cr-line-endings',
    defect: 'an article saved with carriage returns alone as line breaks (classic Mac OS)',
    apply: (c) => c.write(B, c.read(B).replaceAll('\n', '\r')),
    expected: [
      '{dir}/articles/southland-alliance.md:1 (file) — has line breaks made of a carriage return alone (CR, the old Mac OS convention) — expected LF (or CRLF) line breaks: re-save the file with Unix or Windows line endings',
    ],
  },
  {
    name: 'frontmatter-empty',
    defect: 'an article whose frontmatter is a --- line directly followed by another',
    apply: (c) => c.write(B, c.read(B).replace(/^---\n[\s\S]*?\n---\n/, '---\n---\n')),
    expected: [
      '{dir}/articles/southland-alliance.md:2 (frontmatter) — is empty — expected field: value lines (title, authors, outlet, …)',
    ],
  },
  {
    name: 'themes-file-empty',
    defect: 'an empty themes.yaml (one line saying so, not an "unknown theme" line per reference)',
    apply: (c) => c.write('themes.yaml', ''),
    expected: [
      '{dir}/themes.yaml:1 (file) — is empty — expected a YAML list of themes, each starting with "- id: …"',
    ],
  },
  // ------------------------------------------------------------------ issue 14: pathological Markdown
  {
    name: 'markdown-nested-quotes',
    defect: '3,000 nested > on one line of an article body (overflowed the stack before)',
    apply: (c) => c.append(A, `\n${'>'.repeat(3000)} deep\n`),
    expected: [
      '{dir}/articles/northland-ceasefire.md:31 (body) — nests quotes or lists 3000 levels deep — expected at most 32 levels of > quotes and list items',
    ],
  },
  {
    name: 'markdown-nested-lists',
    defect: 'list items nested 40 levels deep by indentation',
    apply: (c) => c.append(A, `\n${Array.from({ length: 40 }, (_, i) => `${'  '.repeat(i)}- level ${i + 1}`).join('\n')}\n`),
    expected: [
      '{dir}/articles/northland-ceasefire.md:63 (body) — nests quotes or lists 33 levels deep — expected at most 32 levels of > quotes and list items',
    ],
  },
  {
    // Made in the test: 300 KB; the committed markdown-bracket-storm case is the same shape, smaller.
    name: 'markdown-nested-brackets-150k',
    defect: '150,000 nested brackets in one paragraph of a 309 KB body (took 131 s before)',
    apply: (c) => c.append(A, `\n${'['.repeat(150_000)}x${']'.repeat(150_000)}\n`),
    expected: [
      '{dir}/articles/northland-ceasefire.md:31 (body) — has a paragraph with more than 500 Markdown marks (* _ [ ] ` <) — expected ordinary prose: emphasis, links and code a few times per paragraph (split the paragraph or remove the marks)',
    ],
    generatedInTest: true,
  },
  {
    name: 'markdown-bracket-storm',
    defect: '3,000 nested brackets in one paragraph',
    apply: (c) => c.append(A, `\n${'['.repeat(3000)}x${']'.repeat(3000)}\n`),
    expected: [
      '{dir}/articles/northland-ceasefire.md:31 (body) — has a paragraph with more than 500 Markdown marks (* _ [ ] ` <) — expected ordinary prose: emphasis, links and code a few times per paragraph (split the paragraph or remove the marks)',
    ],
  },
  {
    // Made in the test: 900 KB of paragraphs each just under the per-paragraph limit (rendering it took 145 s).
    name: 'markdown-marks-in-all',
    defect: 'an article body of many paragraphs of 499 alternating * and _ each: every paragraph within its limit, the file far beyond',
    apply: (c) => c.append(B, `\n${`A ${'*_'.repeat(249)}x\n\n`.repeat(1800)}`),
    expected: [
      '{dir}/articles/southland-alliance.md:64 (body) — has more than 10,000 Markdown marks (* _ [ ] ` <) in all — expected ordinary prose: emphasis, links and code a few times per paragraph',
    ],
    generatedInTest: true,
  },
  {
    name: 'markdown-emphasis-storm',
    defect: 'a paragraph of 2,000 alternating * and _ (quadratic for the parser)',
    apply: (c) => c.append(A, `\nA storm ${'*_'.repeat(1000)} of marks.\n`),
    expected: [
      '{dir}/articles/northland-ceasefire.md:31 (body) — has a paragraph with more than 500 Markdown marks (* _ [ ] ` <) — expected ordinary prose: emphasis, links and code a few times per paragraph (split the paragraph or remove the marks)',
    ],
  },
  {
    name: 'markdown-h1',
    defect: 'a # heading in an article body (the page would have two h1)',
    apply: (c) => c.replace(A, '## What comes next', '# What comes next'),
    expected: [
      '{dir}/articles/northland-ceasefire.md:27 (body) — has a level-1 heading "What comes next" (the page title is the only h1) — expected section headings written ## or deeper',
    ],
  },
  {
    name: 'markdown-footnote',
    defect: 'footnote syntax in an article body (shown literally before)',
    apply: (c) => c.replace(A, 'expect new talks in the spring.', 'expect new talks in the spring.[^1]'),
    expected: [
      '{dir}/articles/northland-ceasefire.md:29 (body) — uses footnote syntax "[^1]", which the site does not support — expected the note as ordinary text (for instance a "Notes" section at the end), or an entry in editorNotes for a note of ours',
    ],
  },
  // ------------------------------------------------------------------ issue 14: damaging values
  {
    name: 'alias-one-letter',
    defect: 'a one-letter alias (it would turn every "a" into a mention)',
    apply: (c) => c.replace('actors.yaml', 'aliases: [Republic of Northland]', 'aliases: [Republic of Northland, a]'),
    expected: [
      '{dir}/actors.yaml:7 [0].aliases[1] — "a" is too short: it would match every "a" in the articles — expected an alias of at least two letters or digits',
    ],
  },
  {
    name: 'theme-term-common-word',
    defect: 'a theme term that is one of the commonest English words ("the")',
    apply: (c) => c.replace('themes.yaml', '    - truce\n', '    - truce\n    - the\n'),
    expected: [
      '{dir}/themes.yaml:9 [0].terms[2] — "the" is one of the commonest English words: it would tag nearly every paragraph — expected a term specific to what it names',
    ],
  },
  {
    name: 'theme-term-star',
    defect: 'a theme term that is a bare * (it would tag every paragraph)',
    apply: (c) => c.replace('themes.yaml', '    - truce\n', '    - truce\n    - "*"\n'),
    expected: [
      '{dir}/themes.yaml:9 [0].terms[2] — "*" would match nearly every word (0 letters before the *) — expected at least three letters or digits before a trailing *',
    ],
  },
  {
    name: 'article-id-reserved',
    defect: 'an article saved as index.md (its page would be the articles index)',
    apply: (c) => c.write('articles/index.md', c.read(B)),
    expected: [
      '{dir}/articles/index.md (file name) — "index" is reserved: its address would be the index page of its section — expected another id',
    ],
  },
  {
    name: 'event-id-reserved',
    defect: 'a timeline entry with the id "index"',
    apply: (c) => c.replace(EVENTS, 'id: southland-asks-about-nto-2021', 'id: index'),
    expected: [
      '{dir}/events/timeline.yaml:15 [1].id — "index" is reserved: its address would be the index page of its section — expected another id',
    ],
  },
  {
    name: 'date-year-zero',
    defect: 'a timeline entry dated 0000 (shown as "0" before)',
    apply: (c) => c.replace(EVENTS, 'date: "2021-04"', 'date: "0000"'),
    expected: [
      '{dir}/events/timeline.yaml:16 [1].date — "0000" is in year 0, which does not exist in the calendar the site shows (1 BC is followed by AD 1) — expected an EDTF date such as 2020-11-10, 2022-09, 2021-21 (spring), 1992/1994 or 1988~',
    ],
  },
  {
    name: 'date-far-future',
    defect: 'an article published in 2999 (a typo for 2021?)',
    apply: (c) => c.replace(A, 'date: "2021-03-04"', 'date: "2999-03-04"'),
    expected: [
      '{dir}/articles/northland-ceasefire.md:9 published.date — "2999-03-04" is in the year 2999, too far in the future for a news corpus (a typo?) — expected an EDTF date such as 2020-11-10, 2022-09, 2021-21 (spring), 1992/1994 or 1988~',
    ],
  },
  {
    name: 'date-unspecified-digits',
    defect: 'a timeline entry dated 2022-XX (EDTF Level 1 unspecified month: named, not "not a date")',
    apply: (c) => c.replace(EVENTS, 'date: "2021-04"', 'date: "2022-XX"'),
    expected: [
      '{dir}/events/timeline.yaml:16 [1].date — "2022-XX" has unspecified digits (X), which the corpus does not support: write the span it stands for as an interval, as in 2022-01/2022-12, or the known part, as in 2022 — expected an EDTF date such as 2020-11-10, 2022-09, 2021-21 (spring), 1992/1994 or 1988~',
    ],
  },
  {
    name: 'date-negative-year',
    defect: 'a timeline entry dated -0500 (EDTF Level 1 negative year)',
    apply: (c) => c.replace(EVENTS, 'date: "2021-04"', 'date: "-0500"'),
    expected: [
      '{dir}/events/timeline.yaml:16 [1].date — "-0500" is a year before AD 1 or beyond four digits, which the corpus does not support (years 1–2100) — expected an EDTF date such as 2020-11-10, 2022-09, 2021-21 (spring), 1992/1994 or 1988~',
    ],
  },
  {
    name: 'title-zero-width-space',
    defect: 'an article title of one zero-width space (a link with no visible text)',
    apply: (c) => c.replace(A, 'title: Northland and Southland agree a ceasefire', 'title: "\\u200B"'),
    expected: [
      '{dir}/articles/northland-ceasefire.md:2 title — has no visible character — expected text someone can read',
    ],
  },
  {
    name: 'title-bidi-override',
    defect: 'a timeline title with a right-to-left override (it would show reversed)',
    apply: (c) => c.replace(EVENTS, 'title: Southland asks whether the NTO would defend it', 'title: "Southland asks \\u202Eti dnefed"'),
    expected: [
      '{dir}/events/timeline.yaml:17 [1].title — contains the invisible bidirectional control U+202E (RIGHT-TO-LEFT OVERRIDE) — expected text without direction overrides (the page sets the direction of right-to-left text itself)',
    ],
  },
  {
    name: 'name-control-character',
    defect: 'an actor name holding a control character (a bell, U+0007)',
    apply: (c) => c.replace('actors.yaml', '  name: Northland\n', '  name: "North\\aland"\n'),
    expected: [
      '{dir}/actors.yaml:5 [0].name — contains the control character U+0007 — expected printable text (a stray control character from a copy and paste?)',
    ],
  },
  {
    name: 'title-too-long',
    defect: 'an article title of 10,000 characters',
    apply: (c) => c.replace(A, 'title: Northland and Southland agree a ceasefire', `title: ${'Long '.repeat(2000).trim()}`),
    expected: [
      '{dir}/articles/northland-ceasefire.md:2 title — is 9,999 characters long — expected at most 300 characters',
    ],
  },
  // ------------------------------------------------------------------ issue 14: real causes, every error at once
  {
    name: 'quote-in-heading',
    defect: 'a timeline source quoting a heading (headings cannot be cited; it was "not found" before)',
    apply: (c) => c.replace(EVENTS, 'quote: agreed a ceasefire on 4 March', 'quote: What comes next'),
    expected: [
      '{dir}/events/timeline.yaml:13 [0].sources[0].quote — quote is in the heading "What comes next" of article "northland-ceasefire", and only paragraphs can be cited — expected a short verbatim passage that occurs exactly once in the article (whitespace and curly quotes are normalised)',
    ],
  },
  {
    name: 'event-bad-date-and-quote-typo',
    defect: 'a timeline entry with an impossible date AND a quote typo: both reported in one run',
    apply: (c) => c.replace(EVENTS, 'date: "2021-03-04"', 'date: "2021-02-30"').replace(EVENTS, 'quote: agreed a ceasefire on 4 March', 'quote: agreed a ceasfire on 4 March'),
    expected: [
      '{dir}/events/timeline.yaml:4 [0].date — "2021-02-30" is not a real day: February 2021 has 28 days — expected an EDTF date such as 2020-11-10, 2022-09, 2021-21 (spring), 1992/1994 or 1988~',
      '{dir}/events/timeline.yaml:13 [0].sources[0].quote — quote not found in article "northland-ceasefire" (closest: "agreed a ceasefire on 4 March" in ¶1 differs at \'ceasfire\') — expected a short verbatim passage that occurs exactly once in the article (whitespace and curly quotes are normalised)',
    ],
  },
  {
    name: 'article-bad-date-and-unsafe-link',
    defect: 'an article with an impossible date AND a javascript: link in its body: both reported in one run',
    apply: (c) => c.replace(A, 'date: "2021-03-04"', 'date: "2021-02-30"').replace(A, 'after two days of talks', 'after two days of [talks](javascript:alert(1))'),
    expected: [
      '{dir}/articles/northland-ceasefire.md:9 published.date — "2021-02-30" is not a real day: February 2021 has 28 days — expected an EDTF date such as 2020-11-10, 2022-09, 2021-21 (spring), 1992/1994 or 1988~',
      '{dir}/articles/northland-ceasefire.md:23 (body) — has a link to "javascript:alert(1)" — expected an http(s), mailto or site-relative link',
    ],
  },
  // ------------------------------------------------------------------ several at once
  {
    name: 'three-defects',
    defect: 'three defects in three files: a missing title, an unknown actor kind, a missing quote — all reported in one run',
    apply: (c) => {
      c.replace(A, 'title: Northland and Southland agree a ceasefire\n', '');
      c.replace('actors.yaml', 'kind: organisation', 'kind: alliance');
      c.replace(EVENTS, 'quote: Southland has asked whether', 'quote: Southland has demanded whether');
    },
    expected: [
      '{dir}/actors.yaml:23 [3].kind — "alliance" is not allowed — expected one of "person" | "state" | "organisation" | "unrecognised-entity" | "region" | "place" | "armed-force" | "media"',
      '{dir}/articles/northland-ceasefire.md:2 title — is missing — expected text',
      '{dir}/events/timeline.yaml:24 [1].sources[0].quote — quote not found in article "southland-alliance" (closest: "Southland has asked whether the Northern Treaty Organisation would defend it" in ¶1 differs at \'demanded\') — expected a short verbatim passage that occurs exactly once in the article (whitespace and curly quotes are normalised)',
    ],
  },
  // ------------------------------------------------------------------ perspectives (content/perspectives/*.yaml)
  // The good corpus has no perspectives folder (it is optional); each case writes PERSPECTIVES with one defect.
  {
    name: 'perspective-quote-missing',
    defect: 'a perspective position quoting words its article does not contain',
    apply: (c) => c.write(PERSPECTIVES_FILE, PERSPECTIVES.replace('the truce would hold as long as the NTO stayed out', 'the truce would hold as long as the NTO stayed away')),
    expected: [
      '{dir}/perspectives/questions.yaml:8 [0].positions[0].quotes[0] — quote not found in article "northland-ceasefire" (closest: "the truce would hold as long as the NTO stayed out of the conflict" in ¶2 differs at \'away\') — expected a short verbatim passage that occurs exactly once in the article (whitespace and curly quotes are normalised)',
    ],
  },
  {
    name: 'perspective-quote-ambiguous',
    defect: 'a perspective position quoting words that occur twice in its article',
    apply: (c) => c.write(PERSPECTIVES_FILE, PERSPECTIVES.replace('the truce would hold as long as the NTO stayed out of the conflict', 'Harbour Town')),
    expected: [
      '{dir}/perspectives/questions.yaml:8 [0].positions[0].quotes[0] — quote ambiguous: found 2 times in article "northland-ceasefire" — expected a short verbatim passage that occurs exactly once in the article (whitespace and curly quotes are normalised)',
    ],
  },
  {
    name: 'perspective-quote-in-heading',
    defect: 'a perspective position quoting a section heading, which has no ¶ to link to',
    apply: (c) => c.write(PERSPECTIVES_FILE, PERSPECTIVES.replace('the truce would hold as long as the NTO stayed out of the conflict', 'What comes next')),
    expected: [
      '{dir}/perspectives/questions.yaml:8 [0].positions[0].quotes[0] — quote is in the heading "What comes next" of article "northland-ceasefire", and only paragraphs can be cited — expected a short verbatim passage that occurs exactly once in the article (whitespace and curly quotes are normalised)',
    ],
  },
  {
    name: 'perspective-one-position',
    defect: 'a perspective with a single position',
    apply: (c) => c.write(PERSPECTIVES_FILE, PERSPECTIVES.replace(/    - article: southland-alliance\n(?:      .*\n|        .*\n)*?(?=  note:)/, '')),
    expected: [
      '{dir}/perspectives/questions.yaml:5 [0].positions — has 1 entry — expected at least two positions: a perspective records a disagreement',
    ],
  },
  {
    name: 'perspective-internal-across-articles',
    defect: 'a perspective of kind "internal" whose positions quote two articles',
    apply: (c) => c.write(PERSPECTIVES_FILE, PERSPECTIVES.replace('kind: interpretive', 'kind: internal')),
    expected: [
      '{dir}/perspectives/questions.yaml:3 [0].kind — is "internal" but the positions quote 2 articles (northland-ceasefire, southland-alliance) — expected every position of an internal tension from one article, or another kind (factual, framing, interpretive)',
    ],
  },
  {
    name: 'perspective-kind-unknown',
    defect: 'a perspective kind that is not one of the four',
    apply: (c) => c.write(PERSPECTIVES_FILE, PERSPECTIVES.replace('kind: interpretive', 'kind: interpretative')),
    expected: [
      '{dir}/perspectives/questions.yaml:3 [0].kind — "interpretative" is not allowed (did you mean "interpretive"?) — expected one of "factual" | "framing" | "interpretive" | "internal"',
    ],
  },
  {
    name: 'perspective-unknown-event',
    defect: 'a perspective linking to a timeline entry that does not exist',
    apply: (c) => c.write(PERSPECTIVES_FILE, PERSPECTIVES.replace('events: [northland-southland-ceasefire-2021]', 'events: [northland-southland-ceasefire-2022]')),
    expected: [
      '{dir}/perspectives/questions.yaml:14 [0].events[0] — unknown event id "northland-southland-ceasefire-2022" (did you mean "northland-southland-ceasefire-2021"?) — expected an id defined in {dir}/events/',
    ],
  },
  {
    name: 'perspective-note-missing',
    defect: 'a perspective without the editors\' note on what kind of difference it is',
    apply: (c) => c.write(PERSPECTIVES_FILE, PERSPECTIVES.replace(/  note: .*\n/, '')),
    expected: [
      '{dir}/perspectives/questions.yaml:1 [0].note — is missing — expected text',
    ],
  },
];

/** The corpus folder a case is checked in, as the validator will show it in messages. */
export function expectedLines(c: BadCase, shownDir: string): string[] {
  return c.expected.map((line) => line.replaceAll('{dir}', shownDir));
}

/** Writes the good corpus with the case's defect into `dir` (replacing whatever was there). */
export function materialise(c: BadCase, dir: string): void {
  rmSync(dir, { recursive: true, force: true });
  cpSync(GOOD_CORPUS, dir, { recursive: true });
  c.apply(new CorpusEditor(dir));
  writeFileSync(path.join(dir, 'CASE.md'), caseNote(c));
}

/** The note in each case folder: the defect, how to run it, what the validator prints. */
function caseNote(c: BadCase): string {
  const dir = `tests/fixtures/bad-corpora/${c.name}`;
  return [
    `# ${c.name}`,
    '',
    `The good test corpus (tests/fixtures/good-corpus/) with this defect: ${c.defect}.`,
    'Generated by `node tests/support/bad-corpora.ts`; do not edit by hand.',
    '',
    '```sh',
    `CORPUS_DIR=${dir} npm run validate`,
    '```',
    '',
    'prints:',
    '',
    '```',
    ...expectedLines(c, dir),
    '```',
    '',
  ].join('\n');
}

/** Every file under `dir`, relative, sorted. */
export function listTree(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .sort();
}

/** Regenerates every committed case folder and removes folders no case names. */
function regenerate(): void {
  mkdirSync(BAD_CORPORA, { recursive: true });
  const names = new Set(CASES.filter((c) => !c.generatedInTest).map((c) => c.name));
  for (const entry of readdirSync(BAD_CORPORA)) {
    if (!names.has(entry)) rmSync(path.join(BAD_CORPORA, entry), { recursive: true, force: true });
  }
  for (const c of CASES) if (!c.generatedInTest) materialise(c, path.join(BAD_CORPORA, c.name));
  console.log(`wrote ${names.size} cases to ${path.relative(process.cwd(), BAD_CORPORA)}/`);
}

if (import.meta.main) regenerate();
