/**
 * The Markdown pipeline, listed in one place: remark (Markdown) → rehype (HTML) plugins,
 * in the order they run. Each plugin is one file; they pass data through `vfile.data`
 * (see ./types.ts).
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import remarkMarkdownLimits from './remark-markdown-limits.ts';
import remarkRejectUnsafe from './remark-reject-unsafe.ts';
import remarkHeadingRules from './remark-heading-rules.ts';
import remarkRejectFootnotes from './remark-reject-footnotes.ts';
import rehypeParagraphIds from './rehype-paragraph-ids.ts';
import rehypeMentions, { type Options as MentionOptions } from './rehype-mentions.ts';
import rehypeThemeTags, { type Options as ThemeTagOptions } from './rehype-theme-tags.ts';
import rehypeCitations from './rehype-citations.ts';
import rehypeParagraphMarks, { type Options as MarkOptions } from './rehype-paragraph-marks.ts';

export type PipelineOptions = MentionOptions & ThemeTagOptions & MarkOptions;

/** Markdown to HTML with the checks every corpus file gets: limits, no unsafe links or raw HTML, no h1, no footnotes. */
function checkedMarkdown() {
  return unified()
    .use(remarkParse)
    .use(remarkMarkdownLimits)
    .use(remarkRejectUnsafe)
    .use(remarkHeadingRules)
    .use(remarkRejectFootnotes)
    .use(remarkRehype);
}

/** Builds the article processor once per corpus; run it per article with a fresh VFile. */
export function createArticleProcessor(options: PipelineOptions) {
  return checkedMarkdown()
    .use(rehypeParagraphIds)
    .use(rehypeMentions, options)
    .use(rehypeThemeTags, options)
    .use(rehypeCitations)
    .use(rehypeParagraphMarks, options)
    .use(rehypeStringify);
}

/**
 * The processor for the corpus's other Markdown files (method.md on the About page): the same
 * limits and checks as an article body (no raw HTML, images, unsafe links, h1 or footnotes),
 * without paragraph numbers, mentions or theme tags.
 */
export function createDocProcessor() {
  return checkedMarkdown()
    .use(rehypeStringify);
}
