/**
 * `npm run preview`: serves a built site (dist/, or ASTRO_OUT_DIR) on http://localhost:4321,
 * under the base path (BASE_PATH) when there is one, with the site's 404 page for unknown
 * addresses and the security headers of public/_headers' CSP. Also behind `npm start`
 * (src/cli/start.ts) and the browser tests.
 *
 * The port: PORT (or the first argument) is used as given, and a busy one is refused in one
 * line; without it, 4321 or the next free port, said in the line that gives the address.
 * Ctrl-C, SIGTERM or the end of the npm process that started it stops the server.
 *
 * Why not `astro preview`: Astro 7 allows one preview server per project at a time, and the
 * browser tests, the benchmark and a developer's `npm start` may each want one.
 */
import { createServer, type Server } from 'node:http';
import { createServer as createNetServer } from 'node:net';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import sirv from 'sirv';
import { CSP } from '../shared/csp.ts';
import { basePath } from '../shared/paths.ts';
import { onStop, stopOnSignals } from './signals.ts';

export const DEFAULT_PORT = 4321;
/** Ports tried after the default one when it is busy (and no port was asked for). */
const FALLBACK_PORTS = 20;

export interface ServeOptions {
  /** The built site. */
  root: string;
  /** The port asked for, or undefined for the default (and the next free ones). */
  port: number | undefined;
  host: string;
  /** The deploy base path, with slashes on both sides ("/" or "/corpus/"). */
  base: string;
}

/** A problem the user can fix, said in one line (no stack trace). */
export class ServeError extends Error {}

/** The options from the environment (ASTRO_OUT_DIR, PORT, HOST, BASE_PATH) and a port argument. */
export function serveOptions(env: NodeJS.ProcessEnv = process.env, portArgument?: string): ServeOptions {
  const asked = env.PORT || portArgument;
  const port = asked === undefined ? undefined : Number(asked);
  if (port !== undefined && !(Number.isInteger(port) && port > 0 && port < 65536))
    throw new ServeError(`PORT must be a port number from 1 to 65535, not "${asked}".`);
  return {
    root: path.resolve(env.ASTRO_OUT_DIR ?? 'dist'),
    port,
    host: env.HOST || '127.0.0.1',
    base: basePath(env.BASE_PATH),
  };
}

/** Listens on `port`; false when it is taken, a ServeError for other refusals. */
function tryListen(server: Server | ReturnType<typeof createNetServer>, port: number, host: string): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const onError = (err: NodeJS.ErrnoException) => {
      server.off('listening', onListening);
      if (err.code === 'EADDRINUSE') resolve(false);
      else reject(new ServeError(`cannot listen on ${host}:${port} — ${err.code === 'EACCES' ? 'permission denied (ports below 1024 need privileges)' : err.message}.`));
    };
    const onListening = () => {
      server.off('error', onError);
      resolve(true);
    };
    server.once('error', onError);
    server.once('listening', onListening);
    server.listen(port, host);
  });
}

const busy = (port: number) => `port ${port} is in use — stop what is using it, or choose another with PORT=<port>`;

/**
 * Listens on the port asked for, or on the default one or the next free one. Resolves with
 * the port; a ServeError names a busy port that was asked for.
 */
export async function listen(server: Server | ReturnType<typeof createNetServer>, options: Pick<ServeOptions, 'port' | 'host'>): Promise<number> {
  if (options.port !== undefined) {
    if (await tryListen(server, options.port, options.host)) return options.port;
    throw new ServeError(busy(options.port));
  }
  for (let port = DEFAULT_PORT; port <= DEFAULT_PORT + FALLBACK_PORTS; port++) if (await tryListen(server, port, options.host)) return port;
  throw new ServeError(`ports ${DEFAULT_PORT}–${DEFAULT_PORT + FALLBACK_PORTS} are all in use — choose a free one with PORT=…`);
}

/** The port `listen` would take now (checked before a long build, so a busy port is said at once). */
export async function probePort(options: Pick<ServeOptions, 'port' | 'host'>): Promise<number> {
  const probe = createNetServer();
  const port = await listen(probe, options);
  await new Promise((r) => probe.close(r));
  return port;
}

/** The HTTP server for a built site (not yet listening). */
export function siteServer(options: ServeOptions): Server {
  if (!existsSync(path.join(options.root, 'index.html'))) throw new ServeError(`no built site in ${options.root} — run \`npm run build\` first.`);
  const files = sirv(options.root, { dev: false, etag: true, extensions: ['html'], gzip: false, brotli: false });
  const notFound = readFileSync(path.join(options.root, '404.html'));
  return createServer((req, res) => {
    res.setHeader('Content-Security-Policy', CSP);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Referrer-Policy', 'no-referrer');
    const url = req.url ?? '/';
    const sendNotFound = () => {
      res.statusCode = 404;
      res.setHeader('Content-Type', 'text/html; charset=utf-8');
      res.end(notFound);
    };
    if (!url.startsWith(options.base)) return sendNotFound();
    req.url = `/${url.slice(options.base.length)}`;
    files(req, res, sendNotFound);
  });
}

/**
 * Serves the built site until the process is stopped; prints where. `note` is said when the
 * default port was busy and another was taken. Returns the exit code on a refusal.
 */
export async function serveUntilStopped(options: ServeOptions): Promise<number> {
  stopOnSignals((why) => `serve: stopped (${why}).`);
  try {
    const server = siteServer(options);
    onStop(() => {
      server.closeAllConnections();
      server.close();
    });
    const port = await listen(server, options);
    const moved = options.port === undefined && port !== DEFAULT_PORT ? ` (port ${DEFAULT_PORT} is in use)` : '';
    const shownHost = options.host === '127.0.0.1' ? 'localhost' : options.host;
    console.log(`serve: ${options.root} at http://${shownHost}:${port}${options.base}${moved} — Ctrl-C stops it`);
    return 0;
  } catch (err) {
    if (!(err instanceof ServeError)) throw err;
    console.error(`serve: ${err.message}`);
    return 1;
  }
}

if (import.meta.main) {
  try {
    const code = await serveUntilStopped(serveOptions(process.env, process.argv[2]));
    if (code !== 0) process.exit(code);
  } catch (err) {
    if (!(err instanceof ServeError)) throw err;
    console.error(`serve: ${err.message}`);
    process.exit(1);
  }
}
