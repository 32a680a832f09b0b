/** /data/corpus.json — see src/export/corpus-json.ts. */
import type { APIRoute } from 'astro';
import { getCorpus } from '../../corpus/load.ts';
import { buildDownload, downloads } from '../../export/downloads.ts';
import { siteExportContext } from '../../site/export-context.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(buildDownload(downloads.corpus, getCorpus(), siteExportContext(site)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
