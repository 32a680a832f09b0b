/** Site-wide constants and link helpers for pages and components. */
import { paths as rootPaths, withBase } from '../corpus/paths.ts';

export const SITE_NAME = 'Post-Soviet Influence Corpus';
export const SITE_TAGLINE = 'Articles on Russian influence in the post-Soviet space: read, search and cite.';

/** Root-relative path → path under the deploy base (import.meta.env.BASE_URL). */
export const href = (path: string): string => withBase(import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`, path);

export const paths = rootPaths;

/** The Content-Security-Policy every page carries (and public/_headers repeats for hosts that read it). */
export const CSP = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');
