/**
 * /share/<article-id>.jpg and /share/site.jpg: the share images (og:image) of the article pages
 * and of every other page (src/export/share-card.ts). Made only when the site's origin is known
 * (SITE_URL): og:image must be an absolute URL, so without one no page names them. `npm run
 * build` draws and writes them itself beside the Astro step (src/cli/share-cards.ts) and tells
 * this route so: it then yields no pages. `astro dev` and a bare `astro build` use the route.
 */
import type { APIRoute } from 'astro';
import { siteViews } from '../../site/views.ts';
import type { ShareCard } from '../../export/share-card.ts';
import { cachedShareCardImage } from '../../site/share-cache.ts';
import { siteOrigin } from '../../site/origin-context.ts';
import { SHARE_IMAGES_BY_BUILD_ENV, shareCards } from '../../site/share-cards.ts';
import { SHARE_CARD } from '../../views/share.ts';

export function getStaticPaths() {
  if (process.env[SHARE_IMAGES_BY_BUILD_ENV]) return [];
  if (!siteOrigin(import.meta.env.SITE ? new URL(import.meta.env.SITE) : undefined)) return [];
  return shareCards(siteViews().corpus.articles).map(({ name, card }) => ({ params: { name }, props: { card } }));
}

export const GET: APIRoute = async ({ props }) => {
  const image = await cachedShareCardImage((props as { card: ShareCard }).card);
  return new Response(new Uint8Array(image), { headers: { 'Content-Type': SHARE_CARD.type } });
};
