/**
 * The share images of `npm run build`, drawn outside the Astro step and beside it. A card costs
 * ~13 ms of CPU in a small process of its own (far more inside the Astro step, whose heap holds
 * the whole model: at 10,000 articles every card's allocations paid for collecting a 4 GB heap,
 * 0.7 s a card). Astro renders on about one core, so the cards are written on the others while
 * it runs, and on every core once it is done, into a folder build.ts then moves into the site as
 * `/share/`; the Astro route that would otherwise serve them yields no pages. A card already in
 * the cache (src/site/share-cache.ts) is copied from it, any other is drawn and cached.
 *
 * Each child walks the whole list from its own starting point and claims a card by creating a
 * claim file exclusively, so no card is drawn twice and a child started late takes what is left.
 * Whatever is still missing at the end (a child failed) is written by one more child, `--fill`.
 * Ended by `signal`, a child finishes its card first, so a later call with the same work folder
 * goes on where this one stopped (build.ts pauses the drawing while the search is indexed).
 * (Replacing a child every 150 cards kept its memory at ~280 MB instead of ~440 MB at 10,000
 * articles, but a fresh child costs ~1.5 s of CPU before its first card, measured, against ~6 s
 * for 150 cards: each child lives to the end instead.)
 *
 * `node src/cli/share-cards.ts <cards.json> <output folder> <claims folder> <start>` is one
 * child; `node src/cli/share-cards.ts <cards.json> <output folder> --fill` the last pass.
 */
import { spawn } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { availableParallelism, setPriority } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ShareCard } from '../export/share-card.ts';
import { cachedShareCardImage } from '../site/share-cache.ts';
import { paths } from '../shared/paths.ts';

export interface NamedCard {
  /** The file name under /share/, without its extension. */
  name: string;
  card: ShareCard;
}

/**
 * The niceness the drawing children take: the lowest. The Astro step at 1,000 articles took
 * 20.5 and 19.6 s alone, 23.3 and 29.5 s beside a drawing child at the normal priority, 21.5
 * and 27.6 s beside one at this (measured in turn, twice).
 */
const CARD_PRIORITY = 19;

function runChild(args: string[], signal?: AbortSignal): Promise<number | null> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [fileURLToPath(import.meta.url), ...args], { stdio: 'inherit', signal });
    // 'close' comes after an 'error' too (a failed start, or `signal` ended it), once the child is gone.
    child.on('error', () => undefined);
    child.on('close', resolve);
  });
}

/** The image's file in `outDir`, named as the site links it (paths.shareImage). */
const imageFile = (outDir: string, c: NamedCard) => path.join(outDir, path.basename(paths.shareImage(c.name)));
const missingImages = (cards: readonly NamedCard[], outDir: string) => cards.filter((c) => !existsSync(imageFile(outDir, c)));

/**
 * Writes the image of every card listed in `list` (a JSON array of NamedCard, which the
 * children read too) to `<outDir>/<name>.jpg` in child processes: while `busy` is pending one
 * core is left to it, then every core is used if cards are left; `signal` ends the children.
 * Claims are kept in `workDir`. Resolves once every image is written and `busy` has settled;
 * rejects if one could not be.
 */
export async function writeShareImages(list: string, outDir: string, workDir: string, busy?: Promise<unknown>, signal?: AbortSignal): Promise<void> {
  const cards = JSON.parse(readFileSync(list, 'utf8')) as NamedCard[];
  if (cards.length === 0) {
    await busy?.catch(() => undefined);
    return;
  }
  const claims = path.join(workDir, 'share-card-claims');
  mkdirSync(claims, { recursive: true });
  mkdirSync(outDir, { recursive: true });
  // Small lists are not worth a process per core (each loads the fonts and the renderer).
  const total = Math.max(1, Math.min(availableParallelism(), Math.ceil(cards.length / 50)));
  const early = busy ? Math.max(1, total - 1) : total;
  const start = (k: number) => runChild([list, outDir, claims, String(Math.floor((k * cards.length) / total))], signal);
  const children = Array.from({ length: early }, (_, k) => start(k));
  if (busy) {
    await busy.catch(() => undefined);
    // More children only while cards are left to claim: a child that finds none still costs
    // ~1.5 s of CPU to start (the fonts and the renderer).
    const unclaimed = cards.length - readdirSync(claims).length;
    if (!signal?.aborted && unclaimed > 0) for (let k = early; k < total; k++) children.push(start(k));
  }
  await Promise.all(children);
  if (signal?.aborted) return;
  if (missingImages(cards, outDir).length > 0) await runChild([list, outDir, '--fill'], signal);
  const left = missingImages(cards, outDir);
  if (left.length > 0 && !signal?.aborted) throw new Error(`${left.length} share image(s) could not be drawn (see above), e.g. ${paths.shareImage(left[0]!.name)}`);
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
  // The cards take the cores the steps leave idle: at the lowest priority, a child yields a
  // core to a step that wants it instead of sharing it (the threads it starts inherit it).
  try {
    setPriority(CARD_PRIORITY);
  } catch {
    // Not allowed on this system: drawn at the normal priority.
  }
  // Told to stop (the build pauses the drawing, or is stopped), a child finishes the card it
  // is drawing and ends: no card is left claimed without its image.
  let stopped = false;
  process.on('SIGTERM', () => (stopped = true));
  const [list, outDir, claims, from] = process.argv.slice(2);
  const cards = JSON.parse(readFileSync(list!, 'utf8')) as NamedCard[];
  const fill = claims === '--fill';
  for (let step = 0; step < cards.length && !stopped; step++) {
    // A turn of the event loop, so that a SIGTERM is seen between two cards.
    await new Promise((resolve) => setImmediate(resolve));
    if (stopped) break;
    const i = (Number(fill ? 0 : from) + step) % cards.length;
    const target = imageFile(outDir!, cards[i]!);
    if (fill ? existsSync(target) : !claim(claims!, i)) continue;
    // Written under a temporary name, then renamed: a child that dies mid-write leaves no half image.
    const tmp = `${target}.${process.pid}.tmp`;
    writeFileSync(tmp, await cachedShareCardImage(cards[i]!.card));
    renameSync(tmp, target);
  }
}
