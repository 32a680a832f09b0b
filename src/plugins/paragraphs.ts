/** Helpers shared by the plugins that work paragraph by paragraph. */
import type { Root, Element, ElementContent, Text } from 'hast';
import { visit } from 'unist-util-visit';

/** The numbered paragraphs (`<p id="pN">`) of a tree, by id. */
export function numberedParagraphs(tree: Root): Map<string, Element> {
  const out = new Map<string, Element>();
  visit(tree, 'element', (node: Element) => {
    if (node.tagName === 'p' && typeof node.properties.id === 'string' && /^p\d+$/.test(node.properties.id))
      out.set(node.properties.id, node);
  });
  return out;
}

/**
 * Calls `onText` for every text node of `el` in reading order with its offset in the
 * element's text, skipping the insides of links. `onText` may return replacement nodes.
 */
export function mapTextNodes(
  el: Element,
  onText: (node: Text, offset: number) => ElementContent[] | undefined,
): void {
  let offset = 0;
  const walk = (parent: Element) => {
    const next: ElementContent[] = [];
    for (const child of parent.children) {
      if (child.type === 'text') {
        const replaced = onText(child, offset);
        offset += child.value.length;
        next.push(...(replaced ?? [child]));
      } else if (child.type === 'element') {
        if (child.tagName === 'a') offset += textLength(child);
        else walk(child);
        next.push(child);
      } else next.push(child);
    }
    parent.children = next;
  };
  walk(el);
}

function textLength(el: Element): number {
  let n = 0;
  visit(el, 'text', (t: Text) => {
    n += t.value.length;
  });
  return n;
}
