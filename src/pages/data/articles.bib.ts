/** /data/articles.bib — see src/corpus/export/citation.ts. */
import type { APIRoute } from 'astro';
import { getCorpus } from '../../corpus/load.ts';
import { buildDownload, downloads } from '../../corpus/export/downloads.ts';
import { siteExportContext } from '../../lib/export-context.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(buildDownload(downloads.bibtex, getCorpus(), siteExportContext(site)), {
    headers: { 'Content-Type': 'application/x-bibtex; charset=utf-8' },
  });
