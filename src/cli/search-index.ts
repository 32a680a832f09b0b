/**
 * Builds the Pagefind index of a built site into <dist>/pagefind (cleared first: Pagefind
 * never clears its output folder).
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';

export interface IndexStats {
  pages: number;
}

export async function indexSite(dist: string): Promise<IndexStats> {
  const outputPath = path.join(dist, 'pagefind');
  rmSync(outputPath, { recursive: true, force: true });
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    const added = await index.addDirectory({ path: dist });
    if (added.errors.length > 0) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
    return { pages: added.page_count };
  } finally {
    await pagefind.close();
  }
}
