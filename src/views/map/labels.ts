/**
 * Greedy label placement for a map: each label tries candidate positions around its anchor,
 * nearest first, and takes the first that overlaps no label or marker already placed and stays
 * inside the frame. Deterministic (same input, same output), so a rebuild never moves a label.
 * Text width is estimated from the character count: there is no font metrics at build time.
 */

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface LabelRequest {
  /** The label text. */
  text: string;
  /** Anchor point (marker centre or a country's centroid), in SVG units. */
  x: number;
  y: number;
  /** Radius kept clear around the anchor (a marker's size; 0 for a country label). */
  clearance: number;
  /** Font size in SVG units. */
  fontSize: number;
  /** Average character advance as a share of the font size (default 0.56, mixed-case UI text). */
  charWidth?: number;
}

export interface PlacedLabel {
  /** Baseline start of the text (text-anchor start). */
  x: number;
  y: number;
  box: Box;
  /** True when the label sits away from its anchor and needs a leader line. */
  leader: boolean;
  /** True when no free position was found and the label overlaps another. */
  overlaps: boolean;
}

/** Average advance of a character of the UI font, as a share of the font size. */
const CHAR_WIDTH = 0.56;

export const textWidth = (text: string, fontSize: number, charWidth = CHAR_WIDTH) => text.length * fontSize * charWidth;

const intersects = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const inside = (a: Box, frame: Box) => a.x >= frame.x && a.y >= frame.y && a.x + a.width <= frame.x + frame.width && a.y + a.height <= frame.y + frame.height;

/** Unit directions tried around an anchor: right, left, above, below, then the diagonals. */
const DIRECTIONS: [number, number][] = [
  [1, 0], [-1, 0], [0, -1], [0, 1], [1, -1], [-1, -1], [1, 1], [-1, 1],
];

/** Box of a label whose text is centred on (cx, cy). */
function boxAround(cx: number, cy: number, width: number, height: number): Box {
  return { x: cx - width / 2, y: cy - height / 2, width, height };
}

/**
 * Places labels in the order given (put the most important first). `obstacles` are boxes no
 * label may cover (markers); placed labels become obstacles for the next ones.
 */
export function placeLabels(requests: readonly LabelRequest[], frame: Box, obstacles: readonly Box[] = []): PlacedLabel[] {
  const taken: Box[] = [...obstacles];
  return requests.map((r) => {
    const width = textWidth(r.text, r.fontSize, r.charWidth);
    const height = r.fontSize * 1.2;
    const candidates: { box: Box; leader: boolean }[] = [];
    if (r.clearance === 0) candidates.push({ box: boxAround(r.x, r.y, width, height), leader: false });
    // Rings of growing distance; beyond the first ring a leader line joins label and anchor.
    for (const [ring, gap] of [[0, 3], [1, 14], [2, 28], [3, 44]] as const) {
      for (const [dx, dy] of DIRECTIONS) {
        const reachX = r.clearance + gap + width / 2;
        const reachY = r.clearance + gap + height / 2;
        const cx = r.x + dx * (dx === 0 ? 0 : reachX);
        const cy = r.y + dy * (dy === 0 ? 0 : reachY);
        // A country label moved off its centroid needs no line; a marker's label beyond the first ring does.
        candidates.push({ box: boxAround(cx, cy, width, height), leader: ring > 0 && r.clearance > 0 });
      }
    }
    const free = candidates.find((c) => inside(c.box, frame) && !taken.some((t) => intersects(c.box, t)));
    const within = candidates.find((c) => inside(c.box, frame));
    const chosen = free ?? within ?? candidates[0]!;
    taken.push(chosen.box);
    return {
      x: chosen.box.x,
      y: chosen.box.y + chosen.box.height * 0.8,
      box: chosen.box,
      leader: chosen.leader,
      overlaps: free === undefined,
    };
  });
}
