/** /data/articles.csl.json — see src/export/csl.ts. */
import type { APIRoute } from 'astro';
import { siteViews } from '../../site/views.ts';
import { buildDownload, downloads } from '../../export/downloads.ts';
import { siteExportContext } from '../../site/export-context.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(buildDownload(downloads.csl, siteViews().corpus, siteExportContext(site)), {
    headers: { 'Content-Type': 'application/vnd.citationstyles.csl+json; charset=utf-8' },
  });
