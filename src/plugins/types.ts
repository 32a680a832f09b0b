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
  /** Theme ids with why each applies ("term: Karabakh", "actor: csto") and where in `text`. */
  themes: { theme: string; reasons: string[]; ranges: TextRange[] }[];
  /** Ids of timeline entries whose quotes stand in this paragraph (rehype-paragraph-marks). */
  events?: string[] | undefined;
}

/** Offsets of a run of a paragraph's text. */
export interface TextRange {
  start: number;
  end: number;
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

export type CiteFailure =
  | { reason: 'missing'; closest?: { paragraph: string; exact: string; differsAt: string } | undefined }
  | { reason: 'heading'; heading: string }
  | { reason: 'ambiguous'; count: number };

/** A failed citation in words, for the validator's message (after "quote "). */
export function describeCiteFailure(f: CiteFailure, article: string): string {
  switch (f.reason) {
    case 'ambiguous':
      return `quote ambiguous: found ${f.count} times in article "${article}"`;
    case 'heading':
      return `quote is in the heading "${f.heading.slice(0, 60)}" of article "${article}", and only paragraphs can be cited`;
    case 'missing': {
      const c = f.closest;
      const near = c ? ` (closest: "${c.exact.length > 80 ? `${c.exact.slice(0, 77)}…` : c.exact}" in ¶${c.paragraph.slice(1)} differs at '${c.differsAt}')` : '';
      return `quote not found in article "${article}"${near}`;
    }
  }
}

export interface CiteResult {
  key: string;
  paragraph?: string | undefined;
  /** The passage exactly as it stands in the paragraph. */
  exact?: string | undefined;
  /** Why it was not resolved: found nowhere (with the nearest passage, if one is close), only in a heading, or more than once. */
  failure?: CiteFailure | undefined;
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
    /** Set when the file broke a limit of remark-markdown-limits.ts and was not parsed. */
    refused: boolean;
  }
}

export function pushProblem(file: import('vfile').VFile, problem: PluginProblem): void {
  (file.data.problems ??= []).push(problem);
}
