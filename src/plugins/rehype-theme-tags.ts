/**
 * Tags each numbered paragraph with themes: a theme applies when one of its terms occurs in
 * the paragraph or one of its actors is mentioned there. The reasons are kept so the site
 * can say why a passage carries a theme. Runs after rehype-mentions.
 */
import type { Root } from 'hast';
import type { VFile } from 'vfile';
import type { PhraseMatcher } from '../shared/matcher.ts';
import { numberedParagraphs } from './paragraphs.ts';

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
      const reasons = new Map<string, Set<string>>();
      const add = (theme: string, reason: string) => {
        if (!reasons.has(theme)) reasons.set(theme, new Set());
        reasons.get(theme)!.add(reason);
      };
      for (const m of options.terms.find(para.text)) for (const theme of m.target) add(theme, `term “${m.text}”`);
      for (const m of mentionsByParagraph.get(para.id) ?? [])
        for (const theme of options.actorThemes.get(m.actor) ?? []) add(theme, `actor “${m.text}”`);
      para.themes = [...reasons].map(([theme, why]) => ({ theme, reasons: [...why] }));
      if (para.themes.length > 0) elements.get(para.id)!.properties.dataThemes = para.themes.map((t) => t.theme).join(' ');
    }
  };
}
