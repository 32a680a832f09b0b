/**
 * The references prepare.ts formatted for this build (src/cli/references.ts), read once by the
 * Astro step and handed by the pages to "Cite this" as a prop.
 */
import { readFileSync } from 'node:fs';
import type { FormattedReference } from '../export/citation.ts';

/** Set for the Astro step of `npm run build` to the file of the formatted references. */
export const REFERENCES_BY_BUILD_ENV = 'REFERENCES_BY_BUILD';

let references: ReadonlyMap<string, FormattedReference> | undefined;

/** The formatted references by referenceKey; empty outside `npm run build` (`astro dev`), where each page formats its own. */
export function builtReferences(): ReadonlyMap<string, FormattedReference> {
  if (references) return references;
  const file = process.env[REFERENCES_BY_BUILD_ENV];
  return (references = new Map(file ? (JSON.parse(readFileSync(file, 'utf8')) as [string, FormattedReference][]) : []));
}
