/**
 * The site's public origin, for what only an absolute URL can say (og:url, og:image, the
 * sitemap, the feeds). Read in this one place so that a site-wide SITE_URL policy can replace it.
 *
 * Astro's `site` falls back to http://localhost:4321 when SITE_URL is unset; that address is
 * wrong on any deployed site, so without SITE_URL the origin is unknown and what needs it is left out.
 */
import { exportContext, type ExportContext } from '../export/context.ts';
import { SITE_NAME } from './site.ts';

/** Astro's `site` when SITE_URL is set; otherwise undefined (never the localhost fallback). */
export function siteOrigin(site: URL | undefined): URL | undefined {
  return process.env.SITE_URL ? site : undefined;
}

/** Absolute URLs for this build's pages, or undefined when the origin is unknown. */
export function originContext(site: URL | undefined): ExportContext | undefined {
  const origin = siteOrigin(site);
  return origin ? exportContext(SITE_NAME, origin, import.meta.env.BASE_URL) : undefined;
}
