/** Site-wide constants and link helpers for pages and components. */
import { paths as rootPaths, withBase } from '../shared/paths.ts';
import { LOCAL_ORIGIN } from './origin.ts';

export const SITE_NAME = 'Post-Soviet Influence Corpus';
export const SITE_TAGLINE = 'Articles on Russian influence in the post-Soviet space: read, search and cite.';

/** Root-relative path → path under the deploy base (import.meta.env.BASE_URL). */
export const href = (path: string): string => withBase(import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`, path);

export const paths = rootPaths;

/**
 * The site's public origin (SITE_URL, e.g. https://example.org/) that absolute URLs are built
 * on: canonical links, citation meta, JSON-LD, downloads, sitemap and feeds. Always set in a
 * build: `npm run build` refuses to run without SITE_URL, `npm start` and `npm test` set a local
 * origin explicitly, and `astro dev` uses http://localhost:4321 (see ./origin.ts).
 */
export const absoluteOrigin = (): URL => new URL(import.meta.env.SITE ?? LOCAL_ORIGIN);

/** Absolute URL of a root-relative site path ("/articles/x/"), base path included. */
export const absoluteUrl = (path: string): string => new URL(href(path), absoluteOrigin()).href;

export { CSP } from '../shared/csp.ts';
