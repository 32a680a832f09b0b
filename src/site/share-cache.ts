/**
 * Share images cached between builds in Astro's cache folder (ASTRO_CACHE_DIR, default
 * node_modules/.astro): a card costs ~13 ms of CPU to draw, so a 10,000-article corpus would
 * otherwise redraw for two minutes of CPU on every build. The key is the card's text and
 * the renderer's fingerprint, so a changed title, layout, font or library draws anew.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { rendererFingerprint, shareCardImage, type ShareCard } from '../export/share-card.ts';
import { paths } from '../shared/paths.ts';

export function shareCacheDir(): string {
  return path.resolve(process.env.ASTRO_CACHE_DIR ?? 'node_modules/.astro', 'share-cards');
}

/** Where the card's image is (or will be) cached. */
export async function shareCachePath(card: ShareCard, dir = shareCacheDir()): Promise<string> {
  const key = createHash('sha256').update(await rendererFingerprint()).update(JSON.stringify([card.kicker, card.title, card.byline])).digest('hex');
  return path.join(dir, `${key}${path.extname(paths.shareImage(key))}`);
}

/** The card's image from the cache, or drawn and stored (written under a temporary name, then renamed, so a parallel build never reads half a file). */
export async function cachedShareCardImage(card: ShareCard, dir = shareCacheDir()): Promise<Buffer> {
  const file = await shareCachePath(card, dir);
  try {
    return readFileSync(file);
  } catch {
    // Not cached yet.
  }
  const image = await shareCardImage(card);
  try {
    mkdirSync(dir, { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, image);
    renameSync(tmp, file);
  } catch {
    // A cache that cannot be written only costs time.
  }
  return image;
}
