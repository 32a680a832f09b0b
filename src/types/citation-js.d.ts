/** `@citation-js/name` ships no types; this is the part we use. */
declare module '@citation-js/name' {
  import type { CSLName } from '@citation-js/core';
  /** Splits a personal name as written ("Juan de la Cruz") into CSL name parts. */
  export function parse(name: string): CSLName;
}

/** The citation-js plugins register themselves with @citation-js/core on import. */
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-csl';
