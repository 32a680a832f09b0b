/**
 * Layout of the theme × article matrix picture (src/components/svg/ThemeMatrix.astro): rows
 * are articles (newest first), columns themes (registry order), as in the table on /themes/,
 * so the picture grows downwards as the corpus grows. Each cell's square grows with the
 * passage count (area ∝ count) and its shade steps up in four levels.
 */
import type { Theme } from '../schemas/theme.ts';
import type { Article } from '../corpus/model.ts';
import { themeArticleCounts } from './stats.ts';
import { textWidth } from './map/labels.ts';

/**
 * At most this many articles (the newest) get a row on /themes/, in the table and the picture:
 * at 300 articles the full grid was 2.5 MB. Each theme page lists all of its articles.
 */
export const MATRIX_ROWS = 40;

export const MATRIX = {
  labelWidth: 280,
  colWidth: 70,
  rowHeight: 30,
  fontSize: 13,
  /** Column headings are turned this many degrees. */
  headAngle: 50,
  maxSquare: 20,
  minSquare: 6,
  pad: 8,
} as const;

export interface MatrixCell {
  theme: string;
  article: string;
  count: number;
  /** 0 for none, else 1–4. */
  level: number;
  /** Side of the square. */
  size: number;
  x: number;
  y: number;
}

export interface MatrixLayout {
  width: number;
  height: number;
  /** Top of the first row. */
  top: number;
  max: number;
  columns: { theme: string; label: string; x: number }[];
  rows: { article: string; title: string; short: string; y: number }[];
  cells: MatrixCell[];
}

/** Cuts `text` to fit `width` at `fontSize`, ending in "…" when cut. */
export function fitText(text: string, width: number, fontSize: number): string {
  if (textWidth(text, fontSize) <= width) return text;
  let n = Math.floor(width / (fontSize * 0.56)) - 1;
  while (n > 1 && textWidth(`${text.slice(0, n).trimEnd()}…`, fontSize) > width) n--;
  return `${text.slice(0, n).trimEnd()}…`;
}

export function layoutThemeMatrix(themes: readonly Theme[], articles: readonly Article[]): MatrixLayout {
  const m = MATRIX;
  const counts = themeArticleCounts(themes, articles);
  const max = Math.max(1, ...[...counts.values()].flatMap((row) => [...row.values()]));
  const rad = (m.headAngle * Math.PI) / 180;
  const headWidths = themes.map((t) => textWidth(t.label, m.fontSize));
  const top = Math.ceil(Math.max(0, ...headWidths.map((w) => w * Math.sin(rad))) + m.fontSize + m.pad);
  // The last heading leans out to the right of its column.
  const overhang = Math.max(0, ...headWidths.map((w, i) => m.labelWidth + (i + 0.5) * m.colWidth + w * Math.cos(rad) - (m.labelWidth + themes.length * m.colWidth)));
  const width = Math.ceil(m.labelWidth + themes.length * m.colWidth + overhang + m.pad);
  const height = top + articles.length * m.rowHeight + m.pad;

  const columns = themes.map((t, i) => ({ theme: t.id, label: t.label, x: m.labelWidth + i * m.colWidth }));
  const rows = articles.map((a, j) => ({
    article: a.id,
    title: a.data.title,
    short: fitText(a.data.title, m.labelWidth - 2 * m.pad, m.fontSize),
    y: top + j * m.rowHeight,
  }));
  const cells = rows.flatMap((r) =>
    columns.map((c) => {
      const count = counts.get(c.theme)?.get(r.article) ?? 0;
      const share = count / max;
      return {
        theme: c.theme,
        article: r.article,
        count,
        level: count === 0 ? 0 : Math.max(1, Math.ceil(share * 4)),
        size: count === 0 ? 0 : m.minSquare + (m.maxSquare - m.minSquare) * Math.sqrt(share),
        x: c.x,
        y: r.y,
      };
    }),
  );
  return { width, height, top, max, columns, rows, cells };
}
