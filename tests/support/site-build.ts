/**
 * Runs the project's commands (`node src/cli/build.ts`, `validate.ts`) as child processes,
 * as a contributor would, and fingerprints a built folder, for the build tests.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { listTree } from './bad-corpora.ts';
import { LOCAL_ORIGIN } from '../../src/site/origin.ts';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface NodeRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `node <script>` from the project root with extra environment variables. */
export function runNode(script: string, env: Record<string, string>): Promise<NodeRun> {
  return new Promise((resolve, reject) => {
    // A local origin unless the test sets one: `npm run build` refuses to build without SITE_URL.
    const child = spawn(process.execPath, [script], { cwd: ROOT, env: { SITE_URL: LOCAL_ORIGIN, ...process.env, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d));
    child.stderr.on('data', (d: Buffer) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/**
 * Builds into `outDir` with its own cache folder, so the test never touches dist/ or a
 * build running beside it. `env` adds or overrides variables (CORPUS_DIR, BASE_PATH …).
 */
export function runBuild(outDir: string, cacheDir: string, env: Record<string, string> = {}): Promise<NodeRun> {
  return runNode('src/cli/build.ts', { ASTRO_OUT_DIR: outDir, ASTRO_CACHE_DIR: cacheDir, ...env });
}

/** Every file of a folder → sha256 of its bytes, by relative path. */
export function hashTree(dir: string): Map<string, string> {
  return new Map(listTree(dir).map((f) => [f, createHash('sha256').update(readFileSync(path.join(dir, f))).digest('hex')]));
}

/** A Node stack frame ("    at fn (file:1:2)") or an uncaught error's banner. */
export const STACK_TRACE = /^\s+at .+[:(]\d+|^\w*Error(\s*\[\w+\])?:|node:internal|triggerUncaughtException/m;
