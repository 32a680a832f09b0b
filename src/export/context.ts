/**
 * What every download needs besides the model: how to turn a site path into an absolute URL,
 * and the site's name. Kept apart from Astro so the exports stay pure functions that unit
 * tests (and any script) can call.
 */
import { withBase } from '../shared/paths.ts';

export interface ExportContext {
  /** The site's name, e.g. "Post-Soviet Influence Corpus" (the container of citations). */
  siteName: string;
  /** Absolute URL for a root-relative site path such as "/articles/x/" (base path included). */
  url: (path: string) => string;
}

/**
 * A context for the site at `site` (origin, e.g. "https://example.org") deployed under `base`
 * (e.g. "/" or "/corpus/").
 */
export function exportContext(siteName: string, site: string | URL, base: string): ExportContext {
  return { siteName, url: (path) => new URL(withBase(base, path), site).href };
}
