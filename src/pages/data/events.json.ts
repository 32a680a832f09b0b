/**
 * /data/events.json: every timeline entry with its EDTF date, earliest and latest day, sort
 * key, human date, and its sources and disputed values with the paragraph each quote stands
 * in and the URL of that paragraph. Key order and indentation are fixed (see eventRecords),
 * so the file is byte-for-byte stable between builds of the same corpus.
 */
import type { APIRoute } from 'astro';
import { siteViews } from '../../site/views.ts';
import { eventsJson } from '../../views/timeline.ts';

export const GET: APIRoute = () => {
  const { events, base } = siteViews().corpus;
  return new Response(eventsJson(events, base), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
