/**
 * `npm start`: build the site (src/cli/build.ts, as a child process), then serve it
 * (src/cli/serve.ts) in this process. One process for npm to stop: Ctrl-C or SIGTERM during
 * the build stops the build (the previous dist/ stays), during serving stops the server.
 * The port is checked before building, so a busy PORT is said at once, not after the build.
 * Without SITE_URL the site is built for http://localhost:<port>: canonical links and citations
 * then name the local server, as they should for a site served only here.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { DEFAULT_PORT, ServeError, probePort, serveOptions, serveUntilStopped } from './serve.ts';
import { stopOnSignals, whileRunning } from './signals.ts';

function build(env: NodeJS.ProcessEnv): Promise<number | null> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [fileURLToPath(new URL('./build.ts', import.meta.url))], { stdio: 'inherit', env });
    child.on('error', reject);
    child.on('close', (code) => resolve(code));
  });
}

async function main(): Promise<number> {
  // The build child says how it stopped; this line only closes the story.
  stopOnSignals((why) => `start: stopped (${why}).`);
  const options = serveOptions();
  const port = await probePort(options);
  if (options.port === undefined && port !== DEFAULT_PORT) console.log(`start: port ${DEFAULT_PORT} is in use; the site will be served on port ${port}.`);
  // A site for this machine: without SITE_URL, its absolute URLs name the local server.
  const siteUrl = process.env.SITE_URL || `http://localhost:${port}`;
  if (!process.env.SITE_URL) console.log(`start: SITE_URL is not set — building a local site for ${siteUrl} (set SITE_URL to build for the web)`);
  const built = await whileRunning(build({ ...process.env, SITE_URL: siteUrl }));
  if (built !== 0) return built ?? 1;
  // The port found free before the build is asked for explicitly now: if it was taken meanwhile, say so.
  return serveUntilStopped({ ...options, port });
}

try {
  const code = await main();
  if (code !== 0) process.exit(code);
} catch (err) {
  if (!(err instanceof ServeError)) throw err;
  console.error(`start: ${err.message}`);
  process.exit(1);
}
