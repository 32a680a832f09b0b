/**
 * Greedy line breaking for text drawn where no layout engine runs (the share images): words go
 * on a line while it fits `maxWidth`; a word wider than a whole line is cut between characters;
 * past `maxLines`, the last line kept ends with an ellipsis. `measure` gives a string's width.
 */
export function wrapLines(text: string, maxWidth: number, maxLines: number, measure: (s: string) => number): string[] {
  const lines: string[] = [];
  let line = '';
  const fits = (s: string) => measure(s) <= maxWidth;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (fits(candidate)) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    line = '';
    // A word that does not fit a line of its own is cut where the line is full.
    let rest = word;
    while (!fits(rest)) {
      const chars = [...rest];
      let n = 1;
      while (n < chars.length && fits(chars.slice(0, n + 1).join(''))) n++;
      lines.push(chars.slice(0, n).join(''));
      rest = chars.slice(n).join('');
    }
    line = rest;
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  return [...lines.slice(0, maxLines - 1), withEllipsis(lines[maxLines - 1]!, fits)];
}

/** The line with "…" after it, cut by whole words (or characters, for one word) until that fits. */
function withEllipsis(line: string, fits: (s: string) => boolean): string {
  let kept = line;
  while (kept && !fits(`${kept}…`)) kept = /\s/.test(kept) ? kept.replace(/\s+\S*$/, '') : [...kept].slice(0, -1).join('');
  return `${kept.replace(/[\s,;:.–—-]+$/, '')}…`;
}
