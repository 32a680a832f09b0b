/**
 * The share image of a page (og:image, twitter:image): a 1200×630 JPEG card with the title,
 * the byline and the site's name. Made at build time with no network: drawn on a Skia canvas
 * (@napi-rs/canvas) with Noto Serif read from its npm packages (@fontsource/noto-serif: Latin,
 * Latin Extended and Cyrillic; @fontsource/noto-serif-armenian and -georgian: the scripts of
 * Armenian and Georgian names and titles, which would otherwise come from whatever font the
 * machine has, or show as empty boxes). Social sites take PNG, JPEG, WebP or GIF for og:image,
 * not SVG; JPEG, because a card costs ~13 ms of CPU that way against ~27 ms as a PNG from the same canvas
 * and ~39 ms as the PNG that satori and resvg made before (measured, 200 cards each).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createCanvas, GlobalFonts, type SKRSContext2D } from '@napi-rs/canvas';

import { wrapLines } from '../shared/wrap-lines.ts';
import { SHARE_CARD } from '../views/share.ts';

/** What a card shows; every field is plain text. */
export interface ShareCard {
  /** Small line at the top, e.g. the site's name. */
  kicker: string;
  /** The headline. */
  title: string;
  /** Bottom line, e.g. "Kseniya Kirillova · Byline Times · 21 October 2020". */
  byline: string;
}

/** Quality 90 keeps the edges of the letters clean. */
const JPEG_QUALITY = 90;

/** A family name of our own, so that a Noto Serif installed on the machine is never the one drawn. */
export const SHARE_CARD_FONT = 'Corpus Share Card Serif';
/** Each face's file in its npm package: Noto Serif's subsets, and the Armenian and Georgian scripts of their own families. */
const FACES = [
  ...(['latin', 'latin-ext', 'cyrillic'] as const).map((subset) => ({ family: 'noto-serif', subset })),
  { family: 'noto-serif-armenian', subset: 'armenian' },
  { family: 'noto-serif-georgian', subset: 'georgian' },
] as const;
export const SHARE_CARD_WEIGHTS = [400, 700] as const;
const require = createRequire(import.meta.url);
let fontsRegistered = false;

/** The font files, each face in both weights. */
export function shareCardFontFiles(): string[] {
  return FACES.flatMap(({ family, subset }) => SHARE_CARD_WEIGHTS.map((weight) => require.resolve(`@fontsource/${family}/files/${family}-${subset}-${weight}-normal.woff`)));
}

/** Every face under one family: the canvas takes each letter from the face that has it. */
function registerFonts(): void {
  if (fontsRegistered) return;
  for (const file of shareCardFontFiles()) {
    if (!GlobalFonts.register(readFileSync(file), SHARE_CARD_FONT)) throw new Error(`${file}: the share images' font could not be read — expected a WOFF font`);
  }
  fontsRegistered = true;
}

const COLOURS = { bg: '#fdfcf8', text: '#1d1c1a', muted: '#55524b', accent: '#8a2b17' };
const BAR = 24;
const PAD = { x: 64, y: 56 };
/** How wide a line of the card may be. */
export const TEXT_WIDTH = SHARE_CARD.width - BAR - 2 * PAD.x;

/** Long titles get a smaller size, so that most fit in full; the rest are cut to four lines. */
function titleSize(title: string): number {
  if (title.length <= 60) return 64;
  if (title.length <= 110) return 54;
  return 44;
}

interface Block {
  text: string;
  size: number;
  weight: 400 | 700;
  lineHeight: number;
  maxLines: number;
  colour: string;
}

const fontOf = (block: Block) => `${block.weight} ${block.size}px '${SHARE_CARD_FONT}'`;
const heightOf = (block: Block, lines: readonly string[]) => lines.length * block.size * block.lineHeight;

/** Draws a block's lines from `top`, each centred in its line box as CSS does; returns the height. */
function drawBlock(ctx: SKRSContext2D, block: Block, lines: string[], left: number, top: number): number {
  ctx.font = fontOf(block);
  ctx.fillStyle = block.colour;
  const box = block.size * block.lineHeight;
  lines.forEach((line, i) => {
    const m = ctx.measureText(line);
    const glyphs = m.fontBoundingBoxAscent + m.fontBoundingBoxDescent;
    ctx.fillText(line, left, top + i * box + (box - glyphs) / 2 + m.fontBoundingBoxAscent);
  });
  return heightOf(block, lines);
}

function linesOf(ctx: SKRSContext2D, block: Block, width: number): string[] {
  ctx.font = fontOf(block);
  return wrapLines(block.text, width, block.maxLines, (s) => ctx.measureText(s).width);
}

/** The card's three blocks with their lines, broken to fit the text column. */
function layout(ctx: SKRSContext2D, card: ShareCard) {
  // The text's language, not the machine's, picks the letter forms (the canvas otherwise follows the host's).
  ctx.lang = 'en';
  const kicker: Block = { text: card.kicker, size: 30, weight: 700, lineHeight: 1.2, maxLines: 1, colour: COLOURS.accent };
  const title: Block = { text: card.title, size: titleSize(card.title), weight: 700, lineHeight: 1.2, maxLines: 4, colour: COLOURS.text };
  const byline: Block = { text: card.byline, size: 28, weight: 400, lineHeight: 1.3, maxLines: 2, colour: COLOURS.muted };
  const lines = (block: Block) => ({ block, lines: linesOf(ctx, block, TEXT_WIDTH) });
  return { kicker: lines(kicker), title: lines(title), byline: lines(byline) };
}

/** The lines a card shows, as drawn (for tests and for a reader of the code). */
export function shareCardLines(card: ShareCard): Record<keyof ShareCard, string[]> {
  registerFonts();
  const { kicker, title, byline } = layout(createCanvas(1, 1).getContext('2d'), card);
  return { kicker: kicker.lines, title: title.lines, byline: byline.lines };
}

/** The card's image bytes (JPEG). */
export async function shareCardImage(card: ShareCard): Promise<Buffer> {
  registerFonts();
  const { width, height } = SHARE_CARD;
  const canvas = createCanvas(width, height);
  const ctx = canvas.getContext('2d');
  ctx.textBaseline = 'alphabetic';
  ctx.fillStyle = COLOURS.bg;
  ctx.fillRect(0, 0, width, height);
  ctx.fillStyle = COLOURS.accent;
  ctx.fillRect(0, 0, BAR, height);

  // A column from the top padding to the bottom one: the kicker at its top, the byline at its
  // bottom and the title centred between them.
  const left = BAR + PAD.x;
  const { kicker, title, byline } = layout(ctx, card);
  const kickerHeight = drawBlock(ctx, kicker.block, kicker.lines, left, PAD.y);
  const bylineTop = height - PAD.y - heightOf(byline.block, byline.lines);
  drawBlock(ctx, byline.block, byline.lines, left, bylineTop);
  const titleHeight = heightOf(title.block, title.lines);
  drawBlock(ctx, title.block, title.lines, left, PAD.y + kickerHeight + (bylineTop - PAD.y - kickerHeight - titleHeight) / 2);
  // The asynchronous encoder: measured, it costs about half the CPU of the synchronous one.
  return canvas.encode('jpeg', JPEG_QUALITY);
}

let fingerprint: Promise<string> | undefined;

/**
 * Cards that stand for the layout in the fingerprint: one whose title wraps, with Cyrillic, Latin
 * Extended, Armenian and Georgian letters, and one whose every line is cut short with an ellipsis.
 */
const REFERENCE_CARDS: ShareCard[] = [
  { kicker: 'Kicker', title: 'A reference title long enough to wrap over two lines: Россия, Erdoğan, Հայաստան, საქართველო', byline: 'Author · Outlet · 1 January 2020' },
  { kicker: 'A kicker too long for its one line '.repeat(3), title: 'A title far too long for four lines of the card '.repeat(6), byline: 'A byline too long for its two lines '.repeat(6) },
];

/**
 * A hash of everything that decides a card's pixels besides its text: the images of reference
 * cards, which the layout, the fonts and the canvas library all show in. A cache keyed by it and
 * the card's text (src/site/share-cache.ts) never serves a card drawn by an older layout or
 * library.
 */
export function rendererFingerprint(): Promise<string> {
  fingerprint ??= Promise.all(REFERENCE_CARDS.map(shareCardImage)).then((images) => images.reduce((hash, image) => hash.update(image), createHash('sha256')).digest('hex'));
  return fingerprint;
}
