/**
 * The share image of a page (og:image, twitter:image): a 1200×630 PNG card with the title,
 * the byline and the site's name. Made at build time with no network: satori lays the text out
 * with Noto Serif read from its npm package (@fontsource/noto-serif, Latin, Latin Extended and
 * Cyrillic) and turns every glyph into an outline, and resvg (WebAssembly, so no per-platform
 * binary) rasterises the SVG. Social sites take PNG, JPEG, WebP or GIF for og:image, not SVG.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import satori from 'satori';
import { initWasm, Resvg } from '@resvg/resvg-wasm';

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

const require = createRequire(import.meta.url);
const fontFile = (subset: string, weight: number) =>
  readFileSync(require.resolve(`@fontsource/noto-serif/files/noto-serif-${subset}-${weight}-normal.woff`));

type Font = { name: string; data: Buffer; weight: 400 | 700; style: 'normal' };
const SUBSETS = ['latin', 'latin-ext', 'cyrillic'] as const;
let fonts: Font[] | undefined;
let wasmReady: Promise<void> | undefined;

function loadFonts(): Font[] {
  // Satori falls back from one font of the list to the next glyph by glyph: the subsets together cover the corpus's scripts.
  fonts ??= SUBSETS.flatMap((subset) =>
    ([400, 700] as const).map((weight) => ({ name: `Noto Serif ${subset}`, data: fontFile(subset, weight), weight, style: 'normal' as const })),
  );
  return fonts;
}

const wasmFile = () => readFileSync(require.resolve('@resvg/resvg-wasm/index_bg.wasm'));

function ready(): Promise<void> {
  wasmReady ??= initWasm(wasmFile());
  return wasmReady;
}

let fingerprint: Promise<string> | undefined;

/** A card whose SVG stands for the layout in the fingerprint: long enough to wrap, with a Cyrillic and a Latin Extended letter. */
const REFERENCE_CARD: ShareCard = { kicker: 'Kicker', title: 'A reference title long enough to wrap over two lines: Россия, Erdoğan', byline: 'Author · Outlet · 1 January 2020' };

/**
 * A hash of everything that decides a card's pixels besides its text: the SVG of a reference
 * card (the layout, the fonts and satori's behaviour, whatever form the code was loaded in:
 * the build's own process and Astro's bundle must agree) and resvg's WebAssembly. A cache keyed
 * by it and the card's text (src/site/share-cache.ts) never serves a card drawn by an older
 * layout or library.
 */
export function rendererFingerprint(): Promise<string> {
  fingerprint ??= shareCardSvg(REFERENCE_CARD).then((svg) => createHash('sha256').update(svg).update(wasmFile()).digest('hex'));
  return fingerprint;
}

/** Long titles get a smaller size, so that most fit in full; the rest are cut to four lines. */
function titleSize(title: string): number {
  if (title.length <= 60) return 64;
  if (title.length <= 110) return 54;
  return 44;
}

/** The card as SVG (text as outlines, so the SVG needs no font to display). */
export async function shareCardSvg(card: ShareCard): Promise<string> {
  const colours = { bg: '#fdfcf8', text: '#1d1c1a', muted: '#55524b', accent: '#8a2b17' };
  const node = (style: Record<string, unknown>, children: unknown) => ({ type: 'div', props: { style, children } });
  const tree = node({ width: '100%', height: '100%', display: 'flex', background: colours.bg, fontFamily: SUBSETS.map((s) => `'Noto Serif ${s}'`).join(', '), color: colours.text }, [
    node({ width: 24, flexShrink: 0, height: '100%', background: colours.accent }, []),
    node({ flexGrow: 1, display: 'flex', flexDirection: 'column', justifyContent: 'space-between', padding: '56px 64px' }, [
      node({ display: 'flex', fontSize: 30, fontWeight: 700, color: colours.accent }, card.kicker),
      node({ display: 'block', fontSize: titleSize(card.title), fontWeight: 700, lineHeight: 1.2, lineClamp: 4 }, card.title),
      node({ display: 'block', fontSize: 28, lineHeight: 1.3, color: colours.muted, lineClamp: 2 }, card.byline),
    ]),
  ]);
  // satori's types expect React elements; the plain { type, props } objects are what it reads.
  return satori(tree as Parameters<typeof satori>[0], { ...SHARE_CARD, fonts: loadFonts() });
}

/** The card as PNG bytes. */
export async function shareCardPng(card: ShareCard): Promise<Buffer> {
  const [svg] = await Promise.all([shareCardSvg(card), ready()]);
  const resvg = new Resvg(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } });
  // Both objects live in WebAssembly memory, which the garbage collector does not see: each
  // is freed by hand (an unfreed image kept ~3 MB a card, gigabytes over a large corpus).
  const image = resvg.render();
  try {
    return Buffer.from(image.asPng());
  } finally {
    image.free();
    resvg.free();
  }
}
