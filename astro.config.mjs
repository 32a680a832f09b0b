// @ts-check
import { defineConfig } from 'astro/config';
import { sitemapWithLastmod } from './src/site/sitemap.ts';
import { LOCAL_ORIGIN, siteUrlProblem } from './src/site/origin.ts';

/** Deploy base path, e.g. BASE_PATH=/corpus/ for a project page; "/" by default. */
const base = `/${(process.env.BASE_PATH ?? '/').replace(/^\/+|\/+$/g, '')}`.replace(/^\/$/, '') || '/';

// Absolute URLs (canonical links, citation meta, JSON-LD, downloads) are built from SITE_URL.
// `npm run build` checks it first (src/cli/build.ts); this catches `astro build` run by hand.
// `astro dev` and `astro check` without it use the local origin.
const siteUrl = process.env.SITE_URL;
if (process.argv.slice(2).includes('build') && siteUrlProblem(siteUrl)) throw new Error(siteUrlProblem(siteUrl));

export default defineConfig({
  site: siteUrl || LOCAL_ORIGIN,
  base,
  trailingSlash: 'always',
  // The build CLI writes into a staging folder and swaps it in only on success. Where it may
  // point: src/cli/out-dir.ts (checked by `npm run build`).
  outDir: process.env.ASTRO_OUT_DIR ?? './dist',
  // Separate caches let several builds (bench corpora, parallel checkouts) run side by side.
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  output: 'static',
  // A sitemap needs absolute URLs: written only when SITE_URL gives the site's address.
  integrations: process.env.SITE_URL ? sitemapWithLastmod() : [],
  // Four pages at a time: with one, the thread sat idle while each page's file was written
  // (34 s of 180 s in a profiled 10,000-article build); the step alone went from 166 to 150 s
  // there. The pages are byte for byte the same (1,000 articles, the real corpus); rendering
  // stays on one thread, and eight measured no better.
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
  // Keep whitespace between tags: Pagefind would otherwise read adjacent chips as one word.
  compressHTML: false,
  devToolbar: { enabled: false },
  server: { port: 4321, host: '127.0.0.1' },
  vite: { build: { assetsInlineLimit: 0 } },
});
