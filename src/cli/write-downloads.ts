/**
 * Writes the downloads of /data/ (src/export/downloads.ts) into a folder, one file each, and
 * returns their sizes by site path. prepare.ts calls it, since it holds the model anyway; the
 * build then moves the files into the site (see src/site/data-files.ts for why not Astro).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Corpus } from '../corpus/model.ts';
import type { ExportContext } from '../export/context.ts';
import { downloads } from '../export/downloads.ts';

export function writeDownloads(corpus: Corpus, ctx: ExportContext, dir: string): Record<string, number> {
  mkdirSync(dir, { recursive: true });
  const sizes: Record<string, number> = {};
  for (const download of Object.values(downloads)) {
    // Every download sits directly under /data/ (the build moves the folder's files there).
    if (path.posix.dirname(download.path) !== '/data') throw new Error(`download ${download.path} is not directly under /data/`);
    const body = download.build(corpus, ctx);
    writeFileSync(path.join(dir, path.posix.basename(download.path)), body);
    sizes[download.path] = Buffer.byteLength(body, 'utf8');
  }
  return sizes;
}
