/**
 * Highlights search terms on the page a search result opens. The search page adds the words
 * that matched as `?highlight=word&highlight=word` to each result's link (before any `#pN`
 * fragment, which the browser keeps handling). This marks whole-word, case-insensitive
 * occurrences inside <main> with <mark class="search-hit">, building elements (never HTML
 * strings). A page without the parameter is left untouched.
 */
import './highlight.css';

const MAX_TERMS = 12;
const MAX_MARKS = 400;
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEXTAREA', 'INPUT', 'SELECT', 'MARK', 'SVG']);

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The terms asked for in `search` (a location.search string), longest first. */
export function highlightTerms(search: string): string[] {
  const terms = new URLSearchParams(search)
    .getAll('highlight')
    .map((t) => t.trim())
    .filter((t) => t.length > 0 && t.length <= 80);
  return [...new Set(terms)].sort((a, b) => b.length - a.length).slice(0, MAX_TERMS);
}

/** A regular expression matching any of `terms` as whole words (spaces match any whitespace). */
export function termPattern(terms: readonly string[]): RegExp | undefined {
  if (terms.length === 0) return undefined;
  const alternatives = terms.map((t) => escapeRegExp(t).replace(/\s+/g, '\\s+'));
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
}

/** Wraps matches of `pattern` in the text under `root`; returns how many were marked. */
export function markTerms(root: Element, pattern: RegExp): number {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode(node) {
      for (let el = node.parentElement; el && el !== root; el = el.parentElement)
        if (SKIP.has(el.tagName.toUpperCase()) || el.hidden) return NodeFilter.FILTER_REJECT;
      return node.nodeValue && node.nodeValue.trim() ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_REJECT;
    },
  });
  const nodes: Text[] = [];
  while (walker.nextNode()) nodes.push(walker.currentNode as Text);
  let count = 0;
  for (const node of nodes) {
    const text = node.nodeValue ?? '';
    pattern.lastIndex = 0;
    const parts: (string | HTMLElement)[] = [];
    let last = 0;
    for (const m of text.matchAll(pattern)) {
      if (count >= MAX_MARKS) break;
      const at = m.index ?? 0;
      if (at > last) parts.push(text.slice(last, at));
      const mark = document.createElement('mark');
      mark.className = 'search-hit';
      mark.textContent = m[0];
      parts.push(mark);
      last = at + m[0].length;
      count++;
    }
    if (parts.length === 0) continue;
    if (last < text.length) parts.push(text.slice(last));
    node.replaceWith(...parts);
  }
  return count;
}

function run(): void {
  const pattern = termPattern(highlightTerms(location.search));
  const main = document.querySelector('main');
  if (!pattern || !main) return;
  markTerms(main, pattern);
}

if (typeof document !== 'undefined') {
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', run, { once: true });
  else run();
}
