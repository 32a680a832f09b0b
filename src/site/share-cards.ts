/** Every share card of the site: the site's own and one per article, with the file name of each. */
import type { Article } from '../corpus/model.ts';
import type { ShareCard } from '../export/share-card.ts';
import { articleShareCard, siteShareCard } from '../views/share.ts';
import { SITE_NAME, SITE_TAGLINE } from './site.ts';

/** Set for the Astro step of `npm run build`, which writes the share images itself (src/cli/share-cards.ts): the route then yields none. */
export const SHARE_IMAGES_BY_BUILD_ENV = 'SHARE_IMAGES_BY_BUILD';

export function shareCards(articles: readonly Pick<Article, 'id' | 'data'>[]): { name: string; card: ShareCard }[] {
  return [{ name: 'site', card: siteShareCard(SITE_NAME, SITE_TAGLINE) }, ...articles.map((a) => ({ name: a.id, card: articleShareCard(a, SITE_NAME) }))];
}
