/**
 * One Astro build at a time per project. Astro writes its prerender chunks to <project>/.astro/
 * whenever the output folder lies outside the project (a temporary folder: the benchmark,
 * tests), and two such builds at once delete each other's chunks ("Cannot find module
 * …/.astro/.prerender/chunks/…"). Builds wait for the lock instead; a lock left by a process
 * that no longer runs is taken over. A build stopped by a signal releases it (src/cli/signals.ts).
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const WAIT_MS = 250;
const GIVE_UP_MS = 30 * 60_000;

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** The pid written in the lock, or NaN when there is none (yet). */
function heldBy(dir: string): number {
  try {
    return Number(readFileSync(path.join(dir, 'pid'), 'utf8'));
  } catch {
    return NaN;
  }
}

/** Where the project's build lock lives (a folder: mkdir is atomic). */
export const buildLockPath = (root: string): string => path.join(root, 'node_modules', '.cache', 'corpus-build.lock');

/** Releases the lock if this process holds it (safe to call twice, or when it was never taken). */
export function releaseBuildLock(root: string): void {
  const dir = buildLockPath(root);
  if (heldBy(dir) === process.pid) rmSync(dir, { recursive: true, force: true });
}

/** Waits for the project's build lock and returns a function that releases it. */
export async function acquireBuildLock(root: string): Promise<() => void> {
  const dir = buildLockPath(root);
  mkdirSync(path.dirname(dir), { recursive: true });
  const started = Date.now();
  let announced = false;
  for (;;) {
    try {
      mkdirSync(dir);
      writeFileSync(path.join(dir, 'pid'), String(process.pid));
      return () => releaseBuildLock(root);
    } catch {
      // NaN while the other build is between mkdir and writing its pid: wait.
      const owner = heldBy(dir);
      if (Number.isInteger(owner) && owner > 0 && !alive(owner)) {
        rmSync(dir, { recursive: true, force: true });
        continue;
      }
      if (Date.now() - started > GIVE_UP_MS) throw new Error(`another build has held ${dir} for 30 minutes; delete it if no build is running`);
      if (!announced) {
        console.log(`build: waiting for another build of this project to finish (pid ${Number.isNaN(owner) ? '?' : owner})…`);
        announced = true;
      }
      await new Promise((r) => setTimeout(r, WAIT_MS));
    }
  }
}
