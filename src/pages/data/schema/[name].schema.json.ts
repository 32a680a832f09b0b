/**
 * /data/schema/<name>.schema.json — JSON Schemas of the content files, generated from the zod
 * schemas (src/export/json-schema.ts), for editors and other validators.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { siteViews } from '../../../site/views.ts';
import { schemaDownloads } from '../../../export/downloads.ts';
import { siteExportContext } from '../../../site/export-context.ts';

export const getStaticPaths = (() => schemaDownloads.map((d) => ({ params: { name: d.name } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, site }) => {
  const download = schemaDownloads.find((d) => d.name === params.name)!;
  return new Response(download.build(siteViews().corpus, siteExportContext(site)), {
    headers: { 'Content-Type': download.contentType },
  });
};
