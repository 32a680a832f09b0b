/**
 * The corpus model: everything the pages, the data downloads and the search index read.
 * Built once per process by `loadCorpus` (load.ts).
 */
import type { ArticleFrontmatter } from '../schemas/article.ts';
import type { Actor } from '../schemas/actor.ts';
import type { Theme } from '../schemas/theme.ts';
import type { TimelineEvent } from '../schemas/event.ts';
import type { PerspectiveKind } from '../schemas/perspective.ts';
import type { HeadingInfo, ParagraphInfo } from '../plugins/types.ts';
import type { EdtfSpan } from '../shared/edtf.ts';
import type { Problem } from './problems.ts';

export interface Mention {
  actor: string;
  article: string;
  paragraph: string;
  /** The spelling used in the text. */
  text: string;
  /** Offsets of the mention in the paragraph's text (as rehype-mentions found it). */
  start: number;
  end: number;
  /** The sentence the mention stands in. */
  sentence: string;
  /** Where `sentence` starts in the paragraph's text. */
  sentenceStart: number;
}

export interface Paragraph extends ParagraphInfo {
  article: string;
  /** Actor ids mentioned, in order of first mention. */
  actors: string[];
  /** Ids of timeline entries that cite this paragraph. */
  events: string[];
  /** Ids of perspectives with a position that quotes this paragraph. */
  perspectives: string[];
}

export interface Article {
  id: string;
  /** The source file, e.g. content/articles/x.md. */
  file: string;
  data: ArticleFrontmatter;
  /** Rendered body HTML (paragraph ids, ¶ links, mention links, theme marks). */
  html: string;
  /** Plain text of the body: headings and paragraphs joined by blank lines. */
  bodyText: string;
  paragraphs: Paragraph[];
  headings: HeadingInfo[];
  mentions: Mention[];
  /** Words in the body. */
  wordCount: number;
  /** Editor's notes on slips in the text, each placed at the paragraph its quote stands in. */
  notes: { quote: string; note: string; paragraph: string }[];
  /** EDTF span of the publication date. */
  published: EdtfSpan;
}

export interface ResolvedSource {
  article: string;
  quote: string;
  note?: string | undefined;
  paragraph: string;
  /** The passage exactly as it stands in the article. */
  exact: string;
  /** Root-relative link to the paragraph, with a text fragment that highlights the passage. */
  path: string;
}

export interface ResolvedEvent extends Omit<TimelineEvent, 'sources' | 'claims'> {
  file: string;
  span: EdtfSpan;
  /** Human form of the date ("12–14 September 2022"). */
  display: string;
  year: number;
  sources: ResolvedSource[];
  claims: { about: string; values: (ResolvedSource & { value: string })[] }[];
  /** Ids of the perspectives (questions the articles disagree on) that concern this entry. */
  perspectives: string[];
}

/** One article's answer to a perspective's question, its quotes found in the text. */
export interface ResolvedPosition {
  article: string;
  /** The editors' short label (never the author's words). */
  label: string;
  quotes: ResolvedSource[];
}

/**
 * A question the articles disagree on: written in content/perspectives/*.yaml, or a timeline
 * entry's `claims` (disputed values), listed with them so every disagreement is in one list.
 */
export interface ResolvedPerspective {
  id: string;
  question: string;
  kind: PerspectiveKind;
  positions: ResolvedPosition[];
  /** The editors' note on what kind of difference it is. */
  note: string | undefined;
  events: string[];
  themes: string[];
  actors: string[];
  /** The file it is written in. */
  file: string;
  /** Where it was recorded: a perspectives file, or a claim of the timeline entry `event`. */
  origin: { kind: 'perspective' } | { kind: 'claim'; event: string; about: string };
}

export interface Corpus {
  dir: string;
  base: string;
  /** Newest first. */
  articles: Article[];
  articleById: Map<string, Article>;
  themes: Theme[];
  themeById: Map<string, Theme>;
  actors: Actor[];
  actorById: Map<string, Actor>;
  /** Chronological. */
  events: ResolvedEvent[];
  eventById: Map<string, ResolvedEvent>;
  /** Every disagreement: the perspectives files, then the timeline's claims; by question within each theme is up to the views. Ordered by id. */
  perspectives: ResolvedPerspective[];
  perspectiveById: Map<string, ResolvedPerspective>;
  /** Every mention of an actor, in article order. */
  mentionsByActor: Map<string, Mention[]>;
  /** Every paragraph carrying a theme. */
  passagesByTheme: Map<string, Paragraph[]>;
  /** method.md rendered and checked like an article body (shown on the About page); undefined when the corpus has none. */
  method?: string | undefined;
  /** Warnings found while building (errors throw instead). */
  warnings: Problem[];
}
