/**
 * `npm run build`, `npm start` and `npm run bench` stop when told: Ctrl-C (SIGINT to the whole
 * process group, as a terminal sends it) or SIGTERM to the npm process (as `kill <pid>` or a
 * process manager sends it). Each test runs the real npm command on the small good corpus,
 * stops it mid-way, and checks that no process it started is left, the build lock is released,
 * the previous site is byte for byte what it was, and no staging folder is left behind.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, connect } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { GOOD_CORPUS } from '../support/bad-corpora.ts';
import { ROOT, STACK_TRACE, hashTree } from '../support/site-build.ts';
import { descendants } from '../../src/cli/signals.ts';
import { buildLockPath } from '../../src/cli/build-lock.ts';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'stopping-'));
const started: ChildProcess[] = [];
afterEach(() => {
  // A failed test must not leave its processes running either.
  for (const child of started.splice(0)) if (child.pid) for (const pid of [...descendants(child.pid), child.pid]) try { process.kill(pid, 'SIGKILL'); } catch { /* gone */ }
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

interface Run {
  child: ChildProcess;
  output: () => string;
  /** Every process seen in the command's tree (npm included) so far. */
  seen: Set<number>;
  /** npm's own end. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** The end of the output (every process that held npm's stdout or stderr closed it). */
  closed: Promise<void>;
}

/** `npm <args>` in its own process group (so a test can send Ctrl-C's SIGINT to the group). */
function npm(args: string[], env: Record<string, string>): Run {
  const child = spawn('npm', args, { cwd: ROOT, env: { ...process.env, ...env }, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  started.push(child);
  let output = '';
  child.stdout!.on('data', (d: Buffer) => (output += d));
  child.stderr!.on('data', (d: Buffer) => (output += d));
  const seen = new Set<number>([child.pid!]);
  const watch = setInterval(() => descendants(child.pid!).forEach((pid) => seen.add(pid)), 50);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  const closed = new Promise<void>((resolve) =>
    child.on('close', () => {
      clearInterval(watch);
      resolve();
    }),
  );
  return { child, output: () => output, seen, exited, closed };
}

/** Waits until `ready()` holds (polling), or fails with the command's output so far. */
async function until(ready: () => boolean, run: Run, what: string, ms = 240_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!ready()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; output:\n${run.output()}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Whether a process runs (a zombie, ended but not yet reaped by its parent, does not). */
function running(pid: number): boolean {
  try {
    return !/\) Z /.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
}

/** The command's scripts running: node processes of the project's CLI among `seen`. */
const runningScript = (run: Run, script: string) =>
  [...run.seen].some((pid) => running(pid) && readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(script));

/**
 * After the stop: npm ends, and every process of the tree within 10 s of it (the grace period
 * for children is 5 s); then the output is complete.
 */
async function expectAllEnded(run: Run): Promise<void> {
  await run.exited;
  const deadline = Date.now() + 10_000;
  while ([...run.seen].some(running) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  expect([...run.seen].filter(running).map((pid) => `${pid} ${readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ')}`)).toEqual([]);
  await run.closed;
}

/** The lock is free, or held by a build that is not one of this command's processes. */
function expectLockReleased(run: Run): void {
  const pidFile = path.join(buildLockPath(ROOT), 'pid');
  if (existsSync(pidFile)) expect(run.seen.has(Number(readFileSync(pidFile, 'utf8')))).toBe(false);
}

function previousSite(dist: string): Map<string, string> {
  mkdirSync(path.join(dist, 'articles', 'old'), { recursive: true });
  writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>previous build</title>\n');
  writeFileSync(path.join(dist, '404.html'), '<!doctype html><title>not found</title>\n');
  writeFileSync(path.join(dist, 'articles', 'old', 'index.html'), '<!doctype html><title>an old article</title>\n');
  return hashTree(dist);
}

function buildEnv(name: string): { dist: string; env: Record<string, string> } {
  const dist = path.join(tmp, name, 'dist');
  return {
    dist,
    env: { CORPUS_DIR: path.relative(ROOT, GOOD_CORPUS), ASTRO_OUT_DIR: dist, ASTRO_CACHE_DIR: path.join(tmp, name, 'cache'), SITE_URL: 'https://corpus.example' },
  };
}

const freePort = (): Promise<number> =>
  new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });

const accepts = (port: number): Promise<boolean> =>
  new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });

describe('npm run build, stopped while Astro builds', () => {
  for (const how of ['Ctrl-C (SIGINT to the process group)', 'SIGTERM to npm'] as const) {
    it(`by ${how}: ends every process, releases the lock, leaves the previous site`, { timeout: 300_000 }, async () => {
      const { dist, env } = buildEnv(how.startsWith('Ctrl') ? 'build-int' : 'build-term');
      const before = previousSite(dist);
      const run = npm(['run', 'build'], env);
      await until(() => runningScript(run, 'astro-build.ts'), run, 'the Astro child');
      if (how.startsWith('Ctrl')) process.kill(-run.child.pid!, 'SIGINT');
      else process.kill(run.child.pid!, 'SIGTERM');

      await expectAllEnded(run);
      expectLockReleased(run);
      expect(run.output()).toMatch(/^build: stopped \((SIGINT|SIGTERM|parent ended)\); .* was left as it was\.$/m);
      expect(run.output()).not.toMatch(STACK_TRACE);
      // Long enough for a build that went on unseen to have swapped its site in.
      await new Promise((r) => setTimeout(r, 3_000));
      expect(hashTree(dist)).toEqual(before);
      expect(existsSync(`${dist}-next`)).toBe(false);
    });
  }
});

describe('npm start', () => {
  it('builds for the local server without SITE_URL, and stops on SIGTERM to npm, freeing the port', { timeout: 300_000 }, async () => {
    const { env } = buildEnv('start');
    const port = await freePort();
    // Without SITE_URL, as a newcomer runs it: the site is built for the local server.
    const run = npm(['start'], { ...env, SITE_URL: '', PORT: String(port) });
    await until(() => /^serve: .* at http:\/\/localhost:\d+\//m.test(run.output()), run, 'the server');
    expect(run.output()).toContain(`at http://localhost:${port}/`);
    const home = await (await fetch(`http://127.0.0.1:${port}/`)).text();
    expect(home).toContain(`<link rel="canonical" href="http://localhost:${port}/">`);
    process.kill(run.child.pid!, 'SIGTERM');
    await expectAllEnded(run);
    expectLockReleased(run);
    expect(await accepts(port)).toBe(false);
    expect(run.output()).not.toMatch(STACK_TRACE);
  });

  it('says in one line, before building, that the port asked for is busy', { timeout: 120_000 }, async () => {
    const { env } = buildEnv('start-busy');
    const port = await freePort();
    const blocker = createServer().listen(port, '127.0.0.1');
    try {
      await new Promise((r) => blocker.once('listening', r));
      const run = npm(['start', '--silent'], { ...env, PORT: String(port) });
      const { code } = await run.exited;
      await run.closed;
      expect(code).toBe(1);
      expect(run.output().trim().split('\n')).toEqual([`start: port ${port} is in use — stop what is using it, or choose another with PORT=<port>`]);
    } finally {
      blocker.close();
    }
  });
});

describe('npm run bench', () => {
  it('stopped by SIGTERM during a build: ends every process (the build included) and removes its work folder', { timeout: 300_000 }, async () => {
    const benchDirs = () => new Set(readdirSync(ROOT).filter((f) => f.startsWith('.dist-bench-')));
    const before = benchDirs();
    const run = npm(['run', 'bench', '--', '--sizes', '3'], {});
    await until(() => runningScript(run, 'astro-build.ts'), run, 'the build the bench measures');
    const work = [...benchDirs()].filter((d) => !before.has(d));
    expect(work).toHaveLength(1);
    process.kill(run.child.pid!, 'SIGTERM');
    await expectAllEnded(run);
    expectLockReleased(run);
    expect(run.output()).toMatch(/^bench: stopped \((SIGTERM|parent ended)\); no results written\.$/m);
    expect(existsSync(path.join(ROOT, work[0]!))).toBe(false);
  });
});
