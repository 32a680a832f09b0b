/**
 * Draws the share cards the build will need into the cache (src/site/share-cache.ts) before
 * Astro starts, in as many small processes as there are cores: a card costs ~45 ms in a fresh
 * process, but far more inside the Astro step, whose heap holds the whole model (at 10,000
 * articles every card's allocations paid for collecting a 4 GB heap: 0.7 s a card). Astro then
 * reads each card from the cache. A card that fails here is only drawn later by Astro.
 *
 * `node src/cli/share-cards.ts <cards.json> <k> <n>` draws the k-th of n shares of a list.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ShareCard } from '../export/share-card.ts';
import { cachedShareCardPng, shareCachePath } from '../site/share-cache.ts';

/** Draws the cards not cached yet; resolves with how many were drawn. */
export async function drawShareCards(cards: readonly ShareCard[], workDir: string): Promise<number> {
  const cached = await Promise.all(cards.map(async (c) => existsSync(await shareCachePath(c))));
  const missing = cards.filter((_, k) => !cached[k]);
  if (missing.length === 0) return 0;
  const list = path.join(workDir, 'share-cards.json');
  writeFileSync(list, JSON.stringify(missing));
  const n = Math.max(1, Math.min(availableParallelism(), Math.ceil(missing.length / 50)));
  const script = fileURLToPath(import.meta.url);
  const codes = await Promise.all(
    Array.from({ length: n }, (_, k) => new Promise<number | null>((resolve) => {
      const child = spawn(process.execPath, [script, list, String(k), String(n)], { stdio: 'inherit' });
      child.on('error', () => resolve(null));
      child.on('close', resolve);
    })),
  );
  if (codes.some((c) => c !== 0)) console.warn('build: some share images could not be drawn ahead; the site build draws them.');
  return missing.length;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [list, k, n] = process.argv.slice(2);
  const cards = JSON.parse(readFileSync(list!, 'utf8')) as ShareCard[];
  for (let i = Number(k); i < cards.length; i += Number(n)) await cachedShareCardPng(cards[i]!);
}
