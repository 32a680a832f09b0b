/** /data/articles.bib — see src/export/citation.ts. */
import type { APIRoute } from 'astro';
import { siteViews } from '../../site/views.ts';
import { buildDownload, downloads } from '../../export/downloads.ts';
import { siteExportContext } from '../../site/export-context.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(buildDownload(downloads.bibtex, siteViews().corpus, siteExportContext(site)), {
    headers: { 'Content-Type': 'application/x-bibtex; charset=utf-8' },
  });
