/**
 * /robots.txt: every page may be crawled; the sitemap is named when the site's origin is known
 * (SITE_URL), since a Sitemap line must be an absolute URL.
 */
import type { APIRoute } from 'astro';
import { originContext } from '../site/origin-context.ts';
import { robotsTxt, SITEMAP_INDEX } from '../site/sitemap.ts';

export const GET: APIRoute = ({ site }) => {
  const ctx = originContext(site);
  return new Response(robotsTxt(ctx ? ctx.url(SITEMAP_INDEX) : undefined), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
