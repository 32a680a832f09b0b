/**
 * The downloads of /data/ as `npm run build` makes them: prepare.ts writes the files
 * (src/cli/write-downloads.ts), outside the Astro step, and tells that step where their sizes
 * are. /data/corpus.json alone is 204 MB at 10,000 articles; built inside the Astro step, the
 * downloads raised its memory from ~3.2 GB to 4.2–4.5 GB at the end of the build (measured).
 */
import { readFileSync } from 'node:fs';

/** Set for the Astro step of `npm run build` to the file of the download sizes; the download route then yields no pages. */
export const DOWNLOADS_BY_BUILD_ENV = 'DOWNLOADS_BY_BUILD';

/** The sizes in bytes prepare.ts wrote, by site path (e.g. "/data/corpus.json"); undefined outside `npm run build`. */
export function builtDownloadSizes(): Record<string, number> | undefined {
  const file = process.env[DOWNLOADS_BY_BUILD_ENV];
  return file ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, number>) : undefined;
}
