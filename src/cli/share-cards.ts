/**
 * The share images of `npm run build`, drawn outside the Astro step and beside it. A card costs
 * ~40 ms of CPU in a small process of its own (far more inside the Astro step, whose heap holds
 * the whole model: at 10,000 articles every card's allocations paid for collecting a 4 GB heap,
 * 0.7 s a card). Astro renders on about one core, so the cards not cached yet are drawn on the
 * others while it runs, and on every core once it is done; then they are copied into the site
 * (`/share/<name>.png`), and the Astro route that would otherwise serve them yields no pages.
 *
 * Each child walks the whole list from its own starting point and claims a card by creating a
 * claim file exclusively, so no card is drawn twice and a child started late takes what is left.
 * A card no child drew (one crashed) is drawn by the build itself when the images are copied.
 *
 * `node src/cli/share-cards.ts <cards.json> <claims folder> <start>` is one such child.
 */
import { spawn } from 'node:child_process';
import { closeSync, copyFileSync, existsSync, mkdirSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ShareCard } from '../export/share-card.ts';
import { cachedShareCardPng, shareCachePath } from '../site/share-cache.ts';

export interface NamedCard {
  /** The file name under /share/, without `.png`. */
  name: string;
  card: ShareCard;
}

/** The cards of `cards` not in the cache yet. */
async function missingCards(cards: readonly ShareCard[]): Promise<ShareCard[]> {
  const cached = await Promise.all(cards.map(async (c) => existsSync(await shareCachePath(c))));
  return cards.filter((_, k) => !cached[k]);
}

function runChild(list: string, claims: string, start: number, signal?: AbortSignal): Promise<number | null> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [fileURLToPath(import.meta.url), list, claims, String(start)], { stdio: 'inherit', signal });
    child.on('error', () => resolve(null));
    child.on('close', resolve);
  });
}

/**
 * Draws the cards not cached yet into the cache, in child processes: while `busy` is pending
 * one core is left to it, then every core is used; `signal` ends the children. Resolves, once
 * every child has ended and `busy` has settled, with how many cards were missing.
 */
export async function drawShareCards(cards: readonly ShareCard[], workDir: string, busy?: Promise<unknown>, signal?: AbortSignal): Promise<number> {
  const missing = await missingCards(cards);
  if (missing.length === 0) {
    await busy?.catch(() => undefined);
    return 0;
  }
  const list = path.join(workDir, 'share-cards.json');
  const claims = path.join(workDir, 'share-card-claims');
  writeFileSync(list, JSON.stringify(missing));
  mkdirSync(claims, { recursive: true });
  // Small lists are not worth a process per core (each loads the fonts and the renderer).
  const total = Math.max(1, Math.min(availableParallelism(), Math.ceil(missing.length / 50)));
  const early = busy ? Math.max(1, total - 1) : total;
  const start = (k: number) => runChild(list, claims, Math.floor((k * missing.length) / total), signal);
  const children = Array.from({ length: early }, (_, k) => start(k));
  if (busy) {
    await busy.catch(() => undefined);
    if (!signal?.aborted) for (let k = early; k < total; k++) children.push(start(k));
  }
  const codes = await Promise.all(children);
  if (!signal?.aborted && codes.some((c) => c !== 0)) console.warn('build: a share image process failed; the cards it left are drawn by the build.');
  return missing.length;
}

/** Copies each card's image from the cache to `<outDir>/share/<name>.png`, drawing any the children left. */
export async function copyShareImages(cards: readonly NamedCard[], outDir: string): Promise<void> {
  const dir = path.join(outDir, 'share');
  mkdirSync(dir, { recursive: true });
  for (const { name, card } of cards) {
    const file = await shareCachePath(card);
    const target = path.join(dir, `${name}.png`);
    if (existsSync(file)) copyFileSync(file, target);
    else writeFileSync(target, await cachedShareCardPng(card));
  }
}

/** Claims card `i` for this process; false when another has it. */
function claim(claims: string, i: number): boolean {
  try {
    closeSync(openSync(path.join(claims, String(i)), 'wx'));
    return true;
  } catch {
    return false;
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [list, claims, from] = process.argv.slice(2);
  const cards = JSON.parse(readFileSync(list!, 'utf8')) as ShareCard[];
  for (let step = 0; step < cards.length; step++) {
    const i = (Number(from) + step) % cards.length;
    if (claim(claims!, i)) await cachedShareCardPng(cards[i]!);
  }
}
