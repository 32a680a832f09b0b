/**
 * The share images (src/export/share-card.ts): a 1200×630 JPEG whose text comes from the
 * bundled fonts, broken into lines that fit, and the cache that serves a card drawn before.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { describe, expect, it } from 'vitest';
import { GlobalFonts, createCanvas } from '@napi-rs/canvas';
import { SHARE_CARD_FONT, SHARE_CARD_WEIGHTS, TEXT_WIDTH, shareCardFontFiles, shareCardImage, shareCardLines } from '../../src/export/share-card.ts';
import { cachedShareCardImage } from '../../src/site/share-cache.ts';
import { SHARE_CARD } from '../../src/views/share.ts';

/** Width and height from a JPEG's start-of-frame segment (SOF0–SOF2), walking the segments after SOI. */
function jpegSize(jpeg: Buffer): { width: number; height: number } | undefined {
  for (let at = 2; at + 9 < jpeg.length; at += 2 + jpeg.readUInt16BE(at + 2)) {
    if (jpeg[at] !== 0xff) return undefined;
    if ([0xc0, 0xc1, 0xc2].includes(jpeg[at + 1]!)) return { height: jpeg.readUInt16BE(at + 5), width: jpeg.readUInt16BE(at + 7) };
  }
  return undefined;
}

const card = { kicker: 'Corpus', title: 'Россия и Карабах: Ilham Əliyev & “peacekeepers”', byline: 'unsigned · Outlet · 1 May 2020' };

describe('share card', () => {
  it('is a JPEG of the size the pages announce', { timeout: 30_000 }, async () => {
    const image = await shareCardImage(card);
    expect([...image.subarray(0, 3)]).toEqual([0xff, 0xd8, 0xff]);
    expect(jpegSize(image)).toEqual({ width: SHARE_CARD.width, height: SHARE_CARD.height });
    expect(SHARE_CARD.type).toBe('image/jpeg');
  });

  it('registers every subset of the bundled font, in both weights, under a family of its own', async () => {
    await shareCardImage({ kicker: '', title: 'x', byline: '' });
    const family = GlobalFonts.families.find((f) => f.family === SHARE_CARD_FONT);
    const faces = shareCardFontFiles().length / SHARE_CARD_WEIGHTS.length;
    expect(faces).toBe(5);
    expect(family?.styles.map((s) => s.weight).sort()).toEqual(SHARE_CARD_WEIGHTS.flatMap((w) => Array(faces).fill(w)));
  });

  it('takes Armenian and Georgian letters from the bundled Noto faces, not from a font the machine happens to have', async () => {
    await shareCardImage({ kicker: '', title: 'x', byline: '' });
    const ctx = createCanvas(1, 1).getContext('2d');
    const width = (font: string, text: string) => ((ctx.font = font), ctx.measureText(text).width);
    for (const [script, text] of [['armenian', 'ԼեռնայինՂարաբաղՀայաստան'], ['georgian', 'სამხრეთოსეთისაქართველო']] as const) {
      // The script's face alone, under a name no other font has: the card must measure the same
      // (letters only: a space or a comma comes from the Latin face).
      const file = shareCardFontFiles().find((f) => f.includes(`-${script}-700-`))!;
      const only = `Share card test ${script} only`;
      GlobalFonts.register(readFileSync(file), only);
      const expected = width(`700 64px '${only}'`, text);
      expect(expected, script).toBeGreaterThan(0);
      expect(width(`700 64px '${SHARE_CARD_FONT}'`, text), script).toBeCloseTo(expected, 3);
    }
  });

  it('draws Cyrillic and Latin Extended letters, not one missing-glyph box for all', { timeout: 30_000 }, async () => {
    // A missing glyph is drawn as the same .notdef box whatever the letter: distinct letters give distinct images.
    const draw = (title: string) => shareCardImage({ kicker: '', title, byline: '' });
    expect((await draw('Ж')).equals(await draw('Щ'))).toBe(false);
    expect((await draw('Ə')).equals(await draw('Ğ'))).toBe(false);
  });

  it('keeps a short title whole and cuts a long one to four lines that fit, the last ending in an ellipsis', () => {
    const short = { ...card, title: 'Россия и Карабах' };
    expect(shareCardLines(short)).toEqual({ kicker: ['Corpus'], title: [short.title], byline: [card.byline] });
    // The words of a title that needs two lines are all there, in order.
    expect(shareCardLines(card).title.join(' ')).toBe(card.title);
    const long = { ...card, title: Array.from({ length: 40 }, (_, i) => `word${i}`).join(' '), kicker: 'A kicker far too long for one line '.repeat(4) };
    const lines = shareCardLines(long);
    expect(lines.title).toHaveLength(4);
    expect(lines.title[3]).toMatch(/…$/);
    expect(lines.kicker).toHaveLength(1);
    expect(lines.kicker[0]).toMatch(/…$/);
    // Every line fits the column, measured with the card's own font at the title's size.
    const ctx = createCanvas(1, 1).getContext('2d');
    ctx.font = `700 44px '${SHARE_CARD_FONT}'`;
    for (const line of lines.title) expect(ctx.measureText(line).width, line).toBeLessThanOrEqual(TEXT_WIDTH);
    // Nothing but the cut is lost: the words shown are the title's first words, in order.
    expect(lines.title.join(' ').replace(/…$/, '')).toBe(long.title.slice(0, lines.title.join(' ').length - 1));
  });
});

describe('share card cache', () => {
  it('draws a card once, then serves the same bytes; another text draws anew', { timeout: 60_000 }, async () => {
    const dir = mkdtempSync(`${os.tmpdir()}/share-cache-`);
    try {
      const one = { kicker: 'K', title: 'A title', byline: 'B' };
      const first = await cachedShareCardImage(one, dir);
      expect(readdirSync(dir)).toHaveLength(1);
      expect(Buffer.compare(await cachedShareCardImage(one, dir), first)).toBe(0);
      // Drawn again, the same card gives the same bytes: the cache can stand for a drawing.
      expect(Buffer.compare(first, await shareCardImage(one))).toBe(0);
      // Served from the cache, not redrawn: a marked cache file comes back as it is.
      writeFileSync(`${dir}/${readdirSync(dir)[0]}`, 'cached');
      expect((await cachedShareCardImage(one, dir)).toString()).toBe('cached');
      await cachedShareCardImage({ ...one, title: 'Another title' }, dir);
      expect(readdirSync(dir)).toHaveLength(2);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
