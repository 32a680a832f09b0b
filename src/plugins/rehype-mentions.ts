/**
 * Finds actor mentions in numbered paragraphs (never in headings or inside links), records
 * every one in `file.data.mentions`, and links the first mention of each actor in a
 * paragraph to the actor's page.
 */
import type { Root, ElementContent } from 'hast';
import type { VFile } from 'vfile';
import type { PhraseMatcher } from '../shared/matcher.ts';
import { mapTextNodes, numberedParagraphs } from './paragraphs.ts';

export interface Options {
  /** Alias → actor id matcher, built once from the registry. */
  matcher: PhraseMatcher<string>;
  /** The page of an actor. */
  href: (actorId: string) => string;
}

export default function rehypeMentions(options: Options) {
  return (tree: Root, file: VFile) => {
    const mentions: NonNullable<typeof file.data.mentions> = [];
    for (const [paragraph, el] of numberedParagraphs(tree)) {
      const linked = new Set<string>();
      mapTextNodes(el, (node, offset) => {
        const matches = options.matcher.find(node.value);
        if (matches.length === 0) return undefined;
        const out: ElementContent[] = [];
        let last = 0;
        for (const m of matches) {
          mentions.push({ actor: m.target, paragraph, text: m.text, start: offset + m.start, end: offset + m.end });
          if (linked.has(m.target)) continue;
          linked.add(m.target);
          if (m.start > last) out.push({ type: 'text', value: node.value.slice(last, m.start) });
          out.push({
            type: 'element',
            tagName: 'a',
            properties: { href: options.href(m.target), className: ['mention'], dataActor: m.target },
            children: [{ type: 'text', value: m.text }],
          });
          last = m.end;
        }
        if (last === 0) return undefined;
        if (last < node.value.length) out.push({ type: 'text', value: node.value.slice(last) });
        return out;
      });
    }
    file.data.mentions = mentions;
  };
}
