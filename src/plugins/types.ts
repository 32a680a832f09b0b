/**
 * Data the plugins pass to each other and to the corpus model through `vfile.data`
 * (the Quartz habit: typed through vfile's DataMap rather than shared globals).
 */
export interface ParagraphInfo {
  /** "p1", "p2", … in document order. */
  id: string;
  n: number;
  /** Plain text of the paragraph as rendered (before any decoration). */
  text: string;
  /** Text of the nearest heading above, if any. */
  section?: string | undefined;
  /** Theme ids with why each applies ("term: Karabakh", "actor: csto"). */
  themes: { theme: string; reasons: string[] }[];
}

export interface HeadingInfo {
  id: string;
  depth: number;
  text: string;
  /** How many paragraphs come before the heading (places it in the text). */
  afterParagraphs: number;
}

export interface MentionInfo {
  actor: string;
  paragraph: string;
  /** The spelling used in the text. */
  text: string;
  /** Offsets in the paragraph's text. */
  start: number;
  end: number;
}

/** A passage some record (an event source, a claim, a perspective's position, an editor's note) asks to find in this article. */
export interface CiteRequest {
  key: string;
  quote: string;
  /** Shown on the paragraph when set: the event that cites it. */
  event?: { id: string; title: string; href: string } | undefined;
  /** Shown on the paragraph when set: the question (perspective) a position quoting it answers. */
  perspective?: { id: string; question: string; href: string } | undefined;
}

export interface CiteResult {
  key: string;
  paragraph?: string | undefined;
  /** The passage exactly as it stands in the paragraph. */
  exact?: string | undefined;
  /** "missing" or "ambiguous" (with how many times). */
  failure?: { reason: 'missing' } | { reason: 'ambiguous'; count: number } | undefined;
}

export interface PluginProblem {
  line?: number | undefined;
  field: string;
  message: string;
  expected?: string | undefined;
}

declare module 'vfile' {
  interface DataMap {
    paragraphs: ParagraphInfo[];
    headings: HeadingInfo[];
    mentions: MentionInfo[];
    citeRequests: CiteRequest[];
    citations: CiteResult[];
    problems: PluginProblem[];
  }
}

export function pushProblem(file: import('vfile').VFile, problem: PluginProblem): void {
  (file.data.problems ??= []).push(problem);
}
