/**
 * The site's public origin, for what only an absolute URL can say (og:url, og:image, the
 * sitemap, the feeds). A build always has SITE_URL (origin.ts: `npm run build` refuses to run
 * without it; `npm start` and `npm test` set a local one); `astro dev` has none, and then what
 * needs an absolute origin is left out rather than pointed at a guessed address.
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
