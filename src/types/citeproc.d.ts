/** `citeproc` (citeproc-js) ships no types; this is the part src/export/apa-engine.ts uses. */
declare module 'citeproc' {
  interface Sys {
    retrieveItem(id: string): unknown;
    retrieveLocale(lang: string): unknown;
  }
  class Engine {
    constructor(sys: Sys, style: string, lang?: string, forceLang?: boolean);
    opt: { development_extensions: { wrap_url_and_doi: boolean } };
    setOutputFormat(format: string): void;
    /** Registers exactly these items (others are dropped); returns their ids in bibliography order. */
    updateItems(ids: Array<string | number>): string[];
    /** False when the style has no bibliography. */
    makeBibliography(): false | [{ bibstart: string; bibend: string }, string[]];
  }
  const CSL: { Engine: typeof Engine };
  export default CSL;
}
