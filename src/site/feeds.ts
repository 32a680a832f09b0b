/** The Atom feeds this build writes (none when the origin is unknown), for page heads and /data/. */
import { href, paths } from './site.ts';
import { siteOrigin } from './origin-context.ts';

export interface SiteFeed {
  name: 'articles' | 'timeline';
  title: string;
  /** Link under the base path. */
  href: string;
  /** What the feed follows. */
  summary: string;
}

export function siteFeeds(site: URL | undefined): SiteFeed[] {
  if (!siteOrigin(site)) return [];
  return [
    { name: 'articles', title: 'New articles (Atom)', href: href(paths.feed('articles')), summary: 'The newest articles, by publication date, with their authors, outlet and the editors’ summary.' },
    { name: 'timeline', title: 'Timeline entries (Atom)', href: href(paths.feed('timeline')), summary: 'Timeline entries, those resting on the newest articles first, each linked to its page.' },
  ];
}
