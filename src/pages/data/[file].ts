/**
 * The downloads of /data/ (src/export/downloads.ts): corpus.json, events.csv, actors.csv,
 * perspectives.csv, articles.bib, articles.csl.json. `npm run build` writes them outside the
 * Astro step (src/site/data-files.ts says why) and this route then yields no pages; `astro dev`
 * and a bare `astro build` use it.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { siteViews } from '../../site/views.ts';
import { downloads, type DownloadName } from '../../export/downloads.ts';
import { siteExportContext } from '../../site/export-context.ts';
import { DOWNLOADS_BY_BUILD_ENV } from '../../site/data-files.ts';

export const getStaticPaths = (() => {
  if (process.env[DOWNLOADS_BY_BUILD_ENV]) return [];
  return Object.entries(downloads).map(([name, d]) => ({ params: { file: d.path.slice('/data/'.length) }, props: { name: name as DownloadName } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, site }) => {
  const download = downloads[(props as { name: DownloadName }).name];
  return new Response(download.build(siteViews().corpus, siteExportContext(site)), {
    headers: { 'Content-Type': download.contentType },
  });
};
