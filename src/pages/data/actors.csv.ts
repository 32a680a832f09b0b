/** /data/actors.csv — see src/corpus/export/csv.ts. */
import type { APIRoute } from 'astro';
import { getCorpus } from '../../corpus/load.ts';
import { buildDownload, downloads } from '../../corpus/export/downloads.ts';
import { siteExportContext } from '../../lib/export-context.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(buildDownload(downloads.actors, getCorpus(), siteExportContext(site)), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
