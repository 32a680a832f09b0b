/** An article's plain text: headings and paragraphs in reading order, joined by blank lines. */
export function plainBody(paragraphs: readonly { text: string }[], headings: readonly { text: string; afterParagraphs: number }[]): string {
  const blocks: string[] = [];
  let h = 0;
  paragraphs.forEach((p, i) => {
    while (h < headings.length && headings[h]!.afterParagraphs <= i) blocks.push(headings[h++]!.text);
    blocks.push(p.text);
  });
  while (h < headings.length) blocks.push(headings[h++]!.text);
  return blocks.join('\n\n');
}
