/** Site-wide constants and link helpers for pages and components. */
import { paths as rootPaths, withBase } from '../shared/paths.ts';

export const SITE_NAME = 'Post-Soviet Influence Corpus';
export const SITE_TAGLINE = 'Articles on Russian influence in the post-Soviet space: read, search and cite.';

/** Root-relative path → path under the deploy base (import.meta.env.BASE_URL). */
export const href = (path: string): string => withBase(import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`, path);

export const paths = rootPaths;

export { CSP } from '../shared/csp.ts';
