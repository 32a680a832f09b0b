/** /data/corpus.json — see src/export/corpus-json.ts. */
import type { APIRoute } from 'astro';
import { siteViews } from '../../site/views.ts';
import { buildDownload, downloads } from '../../export/downloads.ts';
import { siteExportContext } from '../../site/export-context.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(buildDownload(downloads.corpus, siteViews().corpus, siteExportContext(site)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
