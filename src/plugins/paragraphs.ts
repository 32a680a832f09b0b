/** Helpers shared by the plugins that work paragraph by paragraph. */
import type { Root, Element, ElementContent, Text } from 'hast';
import { visit } from 'unist-util-visit';

const found = new WeakMap<Root, Map<string, Element>>();

/**
 * The numbered paragraphs (`<p id="pN">`) of a tree, by id. Found once per tree and shared by
 * the plugins that run after rehype-paragraph-ids (they change what is inside a paragraph,
 * never which elements the paragraphs are).
 */
export function numberedParagraphs(tree: Root): Map<string, Element> {
  let out = found.get(tree);
  if (out && out.size > 0) return out;
  out = new Map<string, Element>();
  found.set(tree, out);
  visit(tree, 'element', (node: Element) => {
    if (node.tagName === 'p' && typeof node.properties.id === 'string' && /^p\d+$/.test(node.properties.id))
      out!.set(node.properties.id, node);
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
