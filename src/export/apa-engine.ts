/**
 * One APA reference at a time through citeproc-js, the processor citation-js drives, without the
 * work citation-js has it do that a single reference does not need. `apaBibliography` returns the
 * string `new Cite(item).format('bibliography', { template: 'apa', lang: 'en-US', format })`
 * returns, with the style and locale citation-js bundles (tests/unit/citation-identity.test.ts
 * holds it to that).
 *
 * Why it is cheaper: citation-js registers the item as it would a whole reference list, so
 * citeproc renders its in-text citation ("Author, 2020") to find the references it could be
 * confused with, and renders its sort keys to place it in the list — about as much work again as
 * the reference itself. Alone in the list, an item has nothing to be told apart from or sorted
 * against, so this engine is built from the APA style without the in-text citation's layout and
 * without the list's sort keys. Expanding those macros was also most of the cost of building
 * the engine.
 */
import CSL from 'citeproc';
import { plugins, util, type CSL as CslData } from '@citation-js/core';
// Registers the bundled styles and locales (and citation-js's hook on citeproc's output formats).
import '@citation-js/plugin-csl';

interface Register {
  has(name: string): boolean;
  get(name: string): string;
}
const { styles, locales } = plugins.config.get('@csl') as { styles: Register; locales: Register };

const STYLE = 'apa';
const LANG = 'en-US';

/**
 * The style less what a reference list of one never uses: the in-text citation's layout (left
 * empty, as CSL requires one; the citation's options stay) and the list's sort keys.
 */
export function bibliographyOnlyStyle(xml: string): string {
  return xml
    .replace(/(<citation\b[^>]*>)[\s\S]*?<\/citation>/, '$1<layout/></citation>')
    .replace(/(<bibliography\b[^>]*>)\s*<sort>[\s\S]*?<\/sort>/, '$1');
}

/** citation-js's locale lookup, as it is (a locale it does not bundle comes back empty). */
function retrieveLocale(lang: string): string | object {
  if (locales.has(lang)) return locales.get(lang);
  const underscored = lang.replace('-', '_');
  return locales.has(underscored) ? locales.get(underscored) : {};
}

let current: CslData | undefined;
let engine: InstanceType<typeof CSL.Engine> | undefined;

function retrieveItem(id: string): CslData {
  if (current && String(current.id) === String(id)) return current;
  throw new Error(`Cannot find entry with id '${id}'`);
}

/** Built on first use (about 0.2 s), so that importing this module costs nothing. */
function getEngine(): InstanceType<typeof CSL.Engine> {
  if (!engine) {
    engine = new CSL.Engine({ retrieveItem, retrieveLocale }, bibliographyOnlyStyle(styles.get(STYLE)), LANG, true);
    engine.opt.development_extensions.wrap_url_and_doi = false;
  }
  return engine;
}

/** The APA reference list holding `item` alone, as citation-js formats it (HTML: its wrapper divs included). */
export function apaBibliography(item: CslData, format: 'text' | 'html'): string {
  // The clean-up citation-js gives its input and its output (field types checked, CSL 1.0.2 names).
  const [entry] = plugins.input.util.clean([util.upgradeCsl(item)]);
  if (!entry) throw new Error('no CSL item to format');
  current = entry;
  const e = getEngine();
  e.setOutputFormat(format);
  // Emptied first: citeproc would not read an item again whose id it still holds.
  e.updateItems([]);
  const ids = e.updateItems([entry.id]);
  const bibliography = e.makeBibliography();
  if (!bibliography) throw new Error(`the ${STYLE} style has no bibliography`);
  const [{ bibstart, bibend }, entries] = bibliography;
  // citation-js marks each entry with its id.
  return bibstart + entries.map((html, i) => html.replace(/^\s*<[a-z]+/i, `$& data-csl-entry-id="${ids[i]}"`)).join('') + bibend;
}
