// @ts-check
import { defineConfig } from 'astro/config';
import { sitemapWithLastmod } from './src/site/sitemap.ts';

/** Deploy base path, e.g. BASE_PATH=/corpus/ for a project page; "/" by default. */
const base = `/${(process.env.BASE_PATH ?? '/').replace(/^\/+|\/+$/g, '')}`.replace(/^\/$/, '') || '/';

export default defineConfig({
  // Absolute URLs (canonical links, citation meta, JSON-LD) are built from SITE_URL.
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  base,
  trailingSlash: 'always',
  // The build CLI writes into a staging folder and swaps it in only on success.
  outDir: process.env.ASTRO_OUT_DIR ?? './dist',
  // Separate caches let several builds (bench corpora, parallel checkouts) run side by side.
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  output: 'static',
  // A sitemap needs absolute URLs: written only when SITE_URL gives the site's address.
  integrations: process.env.SITE_URL ? sitemapWithLastmod() : [],
  build: { format: 'directory', inlineStylesheets: 'never' },
  // Keep whitespace between tags: Pagefind would otherwise read adjacent chips as one word.
  compressHTML: false,
  devToolbar: { enabled: false },
  server: { port: 4321, host: '127.0.0.1' },
  vite: { build: { assetsInlineLimit: 0 } },
});
