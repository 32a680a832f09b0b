/**
 * The sitemap: @astrojs/sitemap lists every page the build wrote (sitemap-index.xml pointing at
 * sitemap-0.xml, …) and this file adds each page's `lastmod` from what the page itself states:
 * its `article:modified_time` or `article:published_time` meta (an article's publication date),
 * read from the head of the written HTML. Pages that state no date get no lastmod: the build's
 * own time would tell a crawler nothing about the content.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import sitemap from '@astrojs/sitemap';

/** Root-relative path of the sitemap index that @astrojs/sitemap writes. */
export const SITEMAP_INDEX = '/sitemap-index.xml';

/** robots.txt: everything may be crawled; the sitemap's absolute URL when there is one. */
export function robotsTxt(sitemapUrl: string | undefined): string {
  return ['User-agent: *', 'Allow: /', ...(sitemapUrl ? ['', `Sitemap: ${sitemapUrl}`] : [])].join('\n') + '\n';
}

const DATE_META = /<meta\s+property="article:(modified|published)_time"\s+content="([^"]+)"/g;
/** W3C Datetime as sitemaps accept it: a year, a month, a day, or a date-time with a zone. */
const W3C_DATETIME = /^\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?)?)?$/;

/** The date a page's head states: modified time before published time; undefined when none is valid. */
export function lastmodFromHead(head: string): string | undefined {
  const found = new Map([...head.matchAll(DATE_META)].map((m) => [m[1], m[2]!]));
  const date = found.get('modified') ?? found.get('published');
  return date && W3C_DATETIME.test(date) ? date : undefined;
}

/** The written file of a page URL, e.g. https://x.org/base/articles/a/ → <outDir>/articles/a/index.html. */
export function pageFile(pageUrl: string, outDir: URL, base: string): string {
  const pathname = decodeURIComponent(new URL(pageUrl).pathname);
  const inSite = (pathname.startsWith(base) ? pathname.slice(base.length) : pathname).replace(/^\/+/, '');
  // "" for the home page, "articles/a/" for the others: a relative path, so it stays under outDir.
  const folder = inSite === '' || inSite.endsWith('/') ? inSite : `${inSite}/`;
  return fileURLToPath(new URL(`${folder}index.html`, outDir));
}

/**
 * One buffer for every head read: the sitemap reads every page in one synchronous pass, where
 * a buffer per page is garbage the collector does not get to (45,000 pages × 16 KB: the Astro
 * step's memory rose by ~1 GB at its very end at 10,000 articles).
 */
const headBuffer = Buffer.allocUnsafe(16_384);

/** The first bytes of a file (the head is near the top), or '' when it cannot be read. */
function readHead(file: string): string {
  let fd: number | undefined;
  try {
    fd = openSync(file, 'r');
    return headBuffer.toString('utf8', 0, readSync(fd, headBuffer, 0, headBuffer.length, 0));
  } catch {
    return '';
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** @astrojs/sitemap with per-page lastmod; add only when the site's origin is known (SITE_URL). */
export function sitemapWithLastmod(): AstroIntegration[] {
  let outDir: URL | undefined;
  let base = '/';
  const locate: AstroIntegration = {
    name: 'corpus-sitemap-lastmod',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = config.outDir;
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
    },
  };
  return [
    locate,
    sitemap({
      serialize(item) {
        const lastmod = outDir ? lastmodFromHead(readHead(pageFile(item.url, outDir, base))) : undefined;
        return lastmod ? { ...item, lastmod } : item;
      },
    }),
  ];
}
