/**
 * The site's public origin, SITE_URL (e.g. https://example.org): every absolute URL the site
 * writes is built on it — canonical links, citation meta, JSON-LD, "Cite this", the downloads.
 * A production build (`npm run build`, `astro build`) refuses to run without it, so a site
 * deployed without it never tells search engines and reference managers that it lives on
 * localhost; `npm start` and `npm test` set a local origin explicitly, `astro dev` uses
 * LOCAL_ORIGIN. Plain module (no Astro, no import.meta.env): the CLI and astro.config.mjs read it.
 */

/** The origin of a local server (`npm start`'s default port; `astro dev` serves there too). */
export const LOCAL_ORIGIN = 'http://localhost:4321';

/** Why `value` cannot be the site's origin, or undefined when it can. */
export function siteUrlProblem(value: string | undefined): string | undefined {
  if (!value)
    return 'SITE_URL is not set — canonical links, citations and downloads need the address the site will be served from: SITE_URL=https://example.org npm run build (for a local build, SITE_URL=http://localhost:4321)';
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return `SITE_URL "${value}" is not an absolute URL — expected an origin such as https://example.org`;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return `SITE_URL "${value}" is not an http(s) address — expected an origin such as https://example.org`;
  if (url.pathname !== '/' || url.search || url.hash)
    return `SITE_URL "${value}" has a path — give the origin only (https://example.org) and the sub-folder in BASE_PATH (BASE_PATH=/corpus/)`;
  return undefined;
}
