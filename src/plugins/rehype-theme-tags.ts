/**
 * Tags each numbered paragraph with themes: a theme applies when one of its terms occurs in
 * the paragraph or one of its actors is mentioned there. The reasons are kept so the site
 * can say why a passage carries a theme. Runs after rehype-mentions.
 */
import type { Root } from 'hast';
import type { VFile } from 'vfile';
import type { PhraseMatcher } from '../shared/matcher.ts';
import { numberedParagraphs } from './paragraphs.ts';
import type { TextRange } from './types.ts';

export interface Options {
  /** Term → theme ids matcher (case-insensitive). */
  terms: PhraseMatcher<string[]>;
  /** Actor id → theme ids that a mention of the actor brings. */
  actorThemes: ReadonlyMap<string, readonly string[]>;
}

export default function rehypeThemeTags(options: Options) {
  return (tree: Root, file: VFile) => {
    const elements = numberedParagraphs(tree);
    const mentionsByParagraph = Map.groupBy(file.data.mentions ?? [], (m) => m.paragraph);
    for (const para of file.data.paragraphs ?? []) {
      // Reasons and the words that gave them, kept so pages can mark them without matching again.
      const tags = new Map<string, { reasons: Set<string>; ranges: TextRange[] }>();
      const add = (theme: string, reason: string, range: TextRange) => {
        let tag = tags.get(theme);
        if (!tag) tags.set(theme, (tag = { reasons: new Set(), ranges: [] }));
        tag.reasons.add(reason);
        tag.ranges.push(range);
      };
      for (const m of options.terms.find(para.text)) for (const theme of m.target) add(theme, `term “${m.text}”`, { start: m.start, end: m.end });
      for (const m of mentionsByParagraph.get(para.id) ?? [])
        for (const theme of options.actorThemes.get(m.actor) ?? []) add(theme, `actor “${m.text}”`, { start: m.start, end: m.end });
      para.themes = [...tags].map(([theme, tag]) => ({ theme, reasons: [...tag.reasons], ranges: tag.ranges.toSorted((a, b) => a.start - b.start) }));
      if (para.themes.length > 0) elements.get(para.id)!.properties.dataThemes = para.themes.map((t) => t.theme).join(' ');
    }
  };
}
