/** /data/perspectives.csv — see src/export/csv.ts. */
import type { APIRoute } from 'astro';
import { siteViews } from '../../site/views.ts';
import { buildDownload, downloads } from '../../export/downloads.ts';
import { siteExportContext } from '../../site/export-context.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(buildDownload(downloads.perspectives, siteViews().corpus, siteExportContext(site)), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
