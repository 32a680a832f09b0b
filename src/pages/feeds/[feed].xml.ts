/**
 * /feeds/articles.xml and /feeds/timeline.xml: Atom feeds (src/export/feeds.ts). Written only
 * when the site's origin is known (SITE_URL): Atom links here are absolute.
 */
import type { APIRoute } from 'astro';
import { siteViews } from '../../site/views.ts';
import { corpusFeeds } from '../../export/feeds.ts';
import { originContext } from '../../site/origin-context.ts';

export function getStaticPaths() {
  const ctx = originContext(import.meta.env.SITE ? new URL(import.meta.env.SITE) : undefined);
  if (!ctx) return [];
  return Object.entries(corpusFeeds(siteViews().corpus, ctx)).map(([feed, xml]) => ({ params: { feed }, props: { xml } }));
}

export const GET: APIRoute = ({ props }) =>
  new Response((props as { xml: string }).xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
