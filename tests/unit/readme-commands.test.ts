/**
 * The README's commands run as written on a fresh clone: every `npm run x` names a script of
 * package.json, every option given to a script is one it parses, every file a command runs
 * exists, no command runs a .ts file with the machine's own `node` (Node 20 cannot; the npm
 * scripts use the pinned Node 24), and every environment variable the README names is read
 * by the code. A cheap guard against the README drifting from the code.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/site-build.ts';

const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };

/** npm's own commands the README may use. */
const NPM_BUILTINS = new Set(['install', 'ci']);
/** Words after `npm ` in text that is npm's output, not a command (`npm warn EBADENGINE`). */
const NPM_OUTPUT = new Set(['warn']);

/** Every command the README shows: inline code and shell blocks, split at `&&`, comments cut. */
function commands(markdown: string): string[] {
  const found: string[] = [];
  for (const block of markdown.matchAll(/```sh\n([\s\S]*?)```/g)) for (const line of block[1]!.split('\n')) found.push(line.replace(/#.*$/, ''));
  for (const span of markdown.replace(/```[\s\S]*?```/g, '').matchAll(/`([^`\n]+)`/g)) found.push(span[1]!);
  return found
    .flatMap((c) => c.split('&&'))
    .map((c) => c.trim().replace(/^([A-Z][A-Z0-9_]*=\S*\s+)+/, ''))
    .filter((c) => /^(npm|npx|node|bash)\s/.test(c) || c === 'npm');
}

/** The file a script runs (`node src/cli/bench.ts` → src/cli/bench.ts), if it is one of ours. */
const scriptFile = (script: string) => /^node (\S+\.ts)\b/.exec(pkg.scripts[script] ?? '')?.[1];

/** Every variable a README command sets, and every variable named on its own in inline code. */
function environmentVariables(markdown: string): string[] {
  const names = new Set<string>();
  for (const m of markdown.matchAll(/`([^`\n]+)`/g)) {
    const span = m[1]!;
    if (/^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$/.test(span) && span.length > 2) names.add(span);
    for (const a of span.matchAll(/(?:^|\s)([A-Z][A-Z0-9_]*)=/g)) names.add(a[1]!);
  }
  return [...names].sort();
}

/** The project's code that reads the environment. */
function sourceText(): string {
  const files = ['astro.config.mjs', 'playwright.config.ts', 'vitest.config.ts'];
  for (const entry of readdirSync(path.join(ROOT, 'src'), { recursive: true, withFileTypes: true }))
    if (entry.isFile() && /\.(ts|mjs|astro)$/.test(entry.name)) files.push(path.relative(ROOT, path.join(entry.parentPath, entry.name)));
  return files.map((f) => readFileSync(path.join(ROOT, f), 'utf8')).join('\n');
}

describe('the README', () => {
  const listed = commands(readme);

  it('shows the commands a newcomer needs', () => {
    // The extraction itself must work, or every other check here passes vacuously.
    expect(listed).toEqual(expect.arrayContaining(['npm install', 'npm start', 'npm test', 'npm run build']));
  });

  it('runs only npm scripts that exist, with options they parse', () => {
    const problems: string[] = [];
    for (const command of listed) {
      const words = command.split(/\s+/);
      if (words[0] === 'npx') problems.push(`${command}: npx may fetch from the network; use an npm script`);
      if (words[0] === 'node') problems.push(`${command}: the machine's node (20) cannot run the project's .ts files; use an npm script`);
      if (words[0] === 'bash' && !existsSync(path.join(ROOT, words[1]!))) problems.push(`${command}: no file ${words[1]}`);
      if (words[0] !== 'npm' || words.length === 1 || NPM_OUTPUT.has(words[1]!) || NPM_BUILTINS.has(words[1]!)) continue;
      const script = words[1] === 'run' ? words[2]! : words[1]!;
      if (!(script in pkg.scripts)) {
        problems.push(`${command}: package.json has no script "${script}"`);
        continue;
      }
      const file = scriptFile(script);
      const dashes = words.indexOf('--');
      if (!file || dashes < 0) continue;
      const source = readFileSync(path.join(ROOT, file), 'utf8');
      for (const option of words.slice(dashes + 1).filter((w) => w.startsWith('--'))) {
        const name = option.replace(/^--|=.*$/g, '').replace(/[[\]]/g, '');
        if (!new RegExp(`['"]?${name}['"]?\\s*:\\s*\\{\\s*type:`).test(source)) problems.push(`${command}: ${file} has no option --${name}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('names only files that exist', () => {
    const missing = [...readme.matchAll(/`((?:src|tests|public|\.github|\.ci)\/[\w./-]+\.\w+)`/g)].map((m) => m[1]!).filter((f) => !existsSync(path.join(ROOT, f)));
    expect(missing).toEqual([]);
  });

  it('names only environment variables the code reads', () => {
    const source = sourceText();
    const unread = environmentVariables(readme).filter((name) => !new RegExp(`\\b${name}\\b`).test(source));
    expect(unread).toEqual([]);
  });
});
