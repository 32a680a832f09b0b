/** What the share images (og:image) say: an article's title and byline, or the site's name and tagline. */
import type { Article } from '../corpus/model.ts';
import { articleCredits } from '../shared/authors.ts';
import { authorLine, publishedLabel } from '../shared/format.ts';

/** Size and media type of the share images: the 1.91:1 of Open Graph's large image cards, as JPEG (src/export/share-card.ts says why). */
export const SHARE_CARD = { width: 1200, height: 630, type: 'image/jpeg' } as const;

/**
 * An EDTF date as a W3C date (what article:published_time and a sitemap's lastmod take), when it
 * is a plain year, month or day; undefined for an uncertain, approximate, season or range date.
 */
export function w3cDate(edtf: string): string | undefined {
  return /^\d{4}(-(0[1-9]|1[0-2])(-\d{2})?)?$/.test(edtf) ? edtf : undefined;
}

/** Text of an article's card; the byline says "unsigned" or "attributed to" as the article page does. */
export function articleShareCard(article: Pick<Article, 'data'>, siteName: string) {
  const d = article.data;
  const attributed = articleCredits(d).find((c) => c.attributed);
  const who = attributed ? `unsigned (attributed to ${attributed.name})` : authorLine(d);
  return { kicker: siteName, title: d.title, byline: [who, d.outlet.name, publishedLabel(d)].join(' · ') };
}

export function siteShareCard(siteName: string, tagline: string) {
  return { kicker: 'A corpus to read, search and cite', title: siteName, byline: tagline };
}
