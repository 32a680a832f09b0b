/**
 * Stopping when told, for the long-running commands (build, start, preview, bench).
 *
 * On SIGINT (Ctrl-C) or SIGTERM — or when the process that started this one goes away
 * (npm runs scripts through `sh -c`; killing npm kills that shell but not its child, which
 * would otherwise go on building or serving unseen) — `stopOnSignals`:
 * 1. marks the process as stopping, so that `whileRunning` never lets the work continue
 *    (a stopped build must not go on to swap its output in);
 * 2. sends SIGTERM to every descendant process (Astro, esbuild, Pagefind, Chromium…), found
 *    before any of them ends, and SIGKILL to those still there after a grace period;
 * 3. runs the cleanup hooks registered with `onStop` (delete a staging folder, release a
 *    lock, close a server), prints one line, and exits with 128 + the signal's number (129,
 *    as for a hang-up, when the parent went).
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { constants } from 'node:os';

// Not SIGHUP: left to its default, so that `nohup npm run build &` keeps building after the
// terminal closes (a handler would override nohup's "ignore"); a closed terminal without nohup
// ends every process of the group, and the next build takes over the stale lock.
const SIGNALS = ['SIGINT', 'SIGTERM'] as const;
type StopSignal = (typeof SIGNALS)[number];
/** How long descendants get to end after SIGTERM before they are killed. */
const GRACE_MS = 5_000;
/** How often the parent process is looked for. */
const PARENT_POLL_MS = 500;

const hooks: (() => void | Promise<void>)[] = [];
let stopping: StopSignal | 'parent ended' | undefined;
let installed = false;

/** True once a stop was requested: long steps check it before doing anything irreversible. */
export function stopRequested(): boolean {
  return stopping !== undefined;
}

/** Registers work to do before exiting on a stop (run in reverse order of registration). */
export function onStop(hook: () => void | Promise<void>): void {
  hooks.push(hook);
}

/**
 * Resolves as `work` does, unless a stop was requested meanwhile: then it never resolves, so
 * the code after `await whileRunning(…)` does not run while the process is stopping.
 */
export function whileRunning<T>(work: Promise<T>): Promise<T> {
  const never = new Promise<never>(() => {});
  return work.then(
    (value) => (stopping ? never : value),
    (err: unknown) => (stopping ? never : Promise.reject(err)),
  );
}

/** Parent pid of every process, read from /proc (Linux) or `ps` (elsewhere). */
function parents(): Map<number, number> {
  const parent = new Map<number, number>();
  try {
    for (const entry of readdirSync('/proc')) {
      if (!/^\d+$/.test(entry)) continue;
      try {
        const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
        // The command name may hold spaces and parentheses: the fields start after the last ')'.
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        if (fields[0] !== 'Z') parent.set(Number(entry), Number(fields[1]));
      } catch {
        // The process ended while we looked.
      }
    }
    return parent;
  } catch {
    const table = execFileSync('ps', ['-A', '-o', 'pid=,ppid='], { encoding: 'utf8' });
    for (const line of table.trim().split('\n')) {
      const [pid, ppid] = line.trim().split(/\s+/).map(Number);
      if (pid && ppid !== undefined) parent.set(pid, ppid);
    }
    return parent;
  }
}

/** Every living process descended from `root` (not `root` itself). */
export function descendants(root: number): number[] {
  const parent = parents();
  const tree = [root];
  for (let i = 0; i < tree.length; i++) for (const [pid, ppid] of parent) if (ppid === tree[i]) tree.push(pid);
  return tree.slice(1);
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  // A child that ended but was not yet reaped still answers kill(0): ask /proc where there is one.
  try {
    return !/\) Z /.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return true;
  }
}

function signal(pids: number[], name: NodeJS.Signals): void {
  for (const pid of pids) {
    try {
      process.kill(pid, name);
    } catch {
      // Already gone.
    }
  }
}

/** SIGTERM to every descendant; SIGKILL to any still alive after the grace period. */
export async function stopDescendants(): Promise<void> {
  const tree = descendants(process.pid);
  signal(tree, 'SIGTERM');
  const deadline = Date.now() + GRACE_MS;
  while (tree.some(alive) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  // Processes started meanwhile (a child that was starting one) are stopped too.
  signal([...new Set([...tree.filter(alive), ...descendants(process.pid)])], 'SIGKILL');
}

/**
 * Installs the handlers (once per process). `describe` gives the one line printed on stopping,
 * e.g. "build: stopped (SIGTERM); dist/ was left as it was."
 */
export function stopOnSignals(describe: (signal: StopSignal | 'parent ended') => string): void {
  if (installed) return;
  installed = true;
  const stop = async (reason: StopSignal | 'parent ended') => {
    if (stopping) return;
    stopping = reason;
    await stopDescendants();
    for (const hook of hooks.reverse()) {
      try {
        await hook();
      } catch {
        // Cleanup is best effort: the next run cleans up too (stale locks and staging folders).
      }
    }
    console.error(describe(reason));
    process.exit(128 + constants.signals[reason === 'parent ended' ? 'SIGHUP' : reason]);
  };
  for (const name of SIGNALS) process.on(name, () => void stop(name));
  const parent = process.ppid;
  const watch = setInterval(() => {
    if (process.ppid !== parent) void stop('parent ended');
  }, PARENT_POLL_MS);
  watch.unref();
}
