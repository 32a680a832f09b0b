/** The export context (absolute URLs, site name) for pages and endpoints of this build. */
import { exportContext, type ExportContext } from '../export/context.ts';
import { SITE_NAME, absoluteOrigin } from './site.ts';

/** `site` is Astro's `site` (SITE_URL, see ./site.ts absoluteOrigin); the base path is the build's BASE_URL. */
export function siteExportContext(site: URL | undefined): ExportContext {
  return exportContext(SITE_NAME, site ?? absoluteOrigin(), import.meta.env.BASE_URL);
}
