/** /data/articles.bib — see src/export/citation.ts. */
import type { APIRoute } from 'astro';
import { getCorpus } from '../../corpus/load.ts';
import { buildDownload, downloads } from '../../export/downloads.ts';
import { siteExportContext } from '../../site/export-context.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(buildDownload(downloads.bibtex, getCorpus(), siteExportContext(site)), {
    headers: { 'Content-Type': 'application/x-bibtex; charset=utf-8' },
  });
