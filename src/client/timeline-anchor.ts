/**
 * Links of the form /timeline/#<entry-id> date from when the whole timeline was one page.
 * Now that it is split into pages, an entry's anchor may be on another page: when the hash
 * names no element here but looks like an entry id, the entry's own page (/timeline/<id>/)
 * is opened instead. Without JavaScript such a link lands on /timeline/; the README says
 * that /timeline/<id>/ is the permanent address.
 */

/** Entry ids are lowercase slugs (src/schemas/common.ts). */
const ENTRY_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * The address of the entry page a timeline page's hash stands for, or undefined when the
 * hash is empty, names something on the page, or cannot be an entry id.
 */
export function entryPageFor(pathname: string, hash: string, existsHere: (id: string) => boolean): string | undefined {
  const id = decodeURIComponent(hash.replace(/^#/, ''));
  if (!id || existsHere(id) || !ENTRY_ID.test(id) || /^year-\d+$/.test(id)) return undefined;
  const root = pathname.replace(/timeline\/(?:page\/\d+\/)?$/, 'timeline/');
  if (!root.endsWith('timeline/')) return undefined;
  return `${root}${id}/`;
}

export function initTimelineAnchor(doc: Document = document): void {
  const target = entryPageFor(location.pathname, location.hash, (id) => doc.getElementById(id) !== null);
  if (target) location.replace(target);
}
