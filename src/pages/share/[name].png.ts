/**
 * /share/<article-id>.png and /share/site.png: the share images (og:image) of the article pages
 * and of every other page (src/export/share-card.ts). Made only when the site's origin is known
 * (SITE_URL): og:image must be an absolute URL, so without one no page names them. `npm run
 * build` has drawn them into the cache before Astro starts (src/cli/share-cards.ts).
 */
import type { APIRoute } from 'astro';
import { siteViews } from '../../site/views.ts';
import type { ShareCard } from '../../export/share-card.ts';
import { cachedShareCardPng } from '../../site/share-cache.ts';
import { siteOrigin } from '../../site/origin-context.ts';
import { shareCards } from '../../site/share-cards.ts';

export function getStaticPaths() {
  if (!siteOrigin(import.meta.env.SITE ? new URL(import.meta.env.SITE) : undefined)) return [];
  return shareCards(siteViews().corpus.articles).map(({ name, card }) => ({ params: { name }, props: { card } }));
}

export const GET: APIRoute = async ({ props }) => {
  const png = await cachedShareCardPng((props as { card: ShareCard }).card);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
