/**
 * Checks for the site's machine-readable files, shared by the unit and build tests: an Atom
 * document against the requirements of RFC 4287, and a sitemap against the sitemaps.org
 * protocol. The XML is read by a real parser (@xmldom/xmldom), which rejects a malformed file.
 */
import { DOMParser, type Element } from '@xmldom/xmldom';

export const ATOM_NS = 'http://www.w3.org/2005/Atom';
export const SITEMAP_NS = 'http://www.sitemaps.org/schemas/sitemap/0.9';

/** RFC 3339 date-time, as atom:updated and atom:published require. */
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
/** An absolute IRI: a scheme, then a colon. */
const ABSOLUTE_IRI = /^[a-z][a-z0-9+.-]*:\S+$/i;
/** W3C Datetime (a sitemap's lastmod). */
const W3C_DATETIME = /^\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?)?)?$/;

/** Parses XML strictly: any parser warning or error throws. */
export function parseXml(xml: string): Element {
  const doc = new DOMParser({
    onError: (level, message) => {
      throw new Error(`XML ${level}: ${message}`);
    },
  }).parseFromString(xml, 'application/xml');
  return doc.documentElement!;
}

const children = (el: Element, name: string, ns = ATOM_NS) =>
  [...el.childNodes].filter((n): n is Element => n.nodeType === 1 && (n as Element).localName === name && (n as Element).namespaceURI === ns);
const text = (el: Element | undefined) => el?.textContent?.trim() ?? '';

export interface AtomEntry {
  id: string;
  title: string;
  updated: string;
  published?: string;
  alternate: string;
  authors: { name: string; uri?: string }[];
  summary: string;
  categories: string[];
}
export interface AtomFeed {
  id: string;
  title: string;
  updated: string;
  self: string;
  alternate: string;
  entries: AtomEntry[];
}

/**
 * Reads an Atom feed and returns a list of what breaks RFC 4287 (empty when valid) with the
 * parsed feed. Checked: root atom:feed; exactly one id (an absolute IRI), title and updated
 * (RFC 3339) in the feed and in every entry; a rel="self" link; an alternate link (rel absent
 * means alternate) in the feed and in every entry; an author with a name in every entry (the
 * feed has none to inherit); unique entry ids; published, when given, is RFC 3339.
 */
export function checkAtom(xml: string): { problems: string[]; feed: AtomFeed } {
  const root = parseXml(xml);
  const problems: string[] = [];
  if (root.localName !== 'feed' || root.namespaceURI !== ATOM_NS) problems.push(`root is <${root.tagName}>, not atom:feed`);
  const one = (el: Element, name: string, where: string) => {
    const found = children(el, name);
    if (found.length !== 1) problems.push(`${where}: ${found.length} atom:${name} elements, expected exactly 1`);
    return found[0];
  };
  const links = (el: Element) => children(el, 'link').map((l) => ({ rel: l.getAttribute('rel') || 'alternate', href: l.getAttribute('href') ?? '' }));
  const checkCommon = (el: Element, where: string) => {
    const id = text(one(el, 'id', where));
    if (!ABSOLUTE_IRI.test(id)) problems.push(`${where}: id "${id}" is not an absolute IRI`);
    const title = text(one(el, 'title', where));
    if (!title) problems.push(`${where}: empty title`);
    const updated = text(one(el, 'updated', where));
    if (!RFC3339.test(updated)) problems.push(`${where}: updated "${updated}" is not an RFC 3339 date-time`);
    const alternate = links(el).find((l) => l.rel === 'alternate')?.href ?? '';
    if (!alternate) problems.push(`${where}: no alternate link`);
    return { id, title, updated, alternate };
  };

  const head = checkCommon(root, 'feed');
  const self = links(root).find((l) => l.rel === 'self')?.href ?? '';
  if (!self) problems.push('feed: no rel="self" link');
  const feedAuthors = children(root, 'author');
  const entries = children(root, 'entry').map((e, i): AtomEntry => {
    const where = `entry ${i + 1}`;
    const common = checkCommon(e, where);
    const authors = children(e, 'author').map((a) => {
      const names = children(a, 'name');
      if (names.length !== 1 || !text(names[0])) problems.push(`${where}: an author without exactly one non-empty name`);
      const uri = text(children(a, 'uri')[0]);
      return { name: text(names[0]), ...(uri ? { uri } : {}) };
    });
    if (authors.length === 0 && feedAuthors.length === 0) problems.push(`${where}: no author, and the feed has none to inherit`);
    const published = children(e, 'published');
    if (published.length > 1) problems.push(`${where}: more than one published`);
    if (published[0] && !RFC3339.test(text(published[0]))) problems.push(`${where}: published is not an RFC 3339 date-time`);
    return {
      ...common,
      ...(published[0] ? { published: text(published[0]) } : {}),
      authors,
      summary: text(children(e, 'summary')[0]),
      categories: children(e, 'category').map((c) => c.getAttribute('term') ?? ''),
    };
  });
  const ids = entries.map((e) => e.id);
  if (new Set(ids).size !== ids.length) problems.push('entry ids are not unique');
  return { problems, feed: { ...head, self, entries } };
}

/** Reads a sitemap (urlset) and returns what breaks the protocol, with each URL and its lastmod. */
export function checkSitemap(xml: string): { problems: string[]; urls: { loc: string; lastmod?: string }[] } {
  const root = parseXml(xml);
  const problems: string[] = [];
  if (root.localName !== 'urlset' || root.namespaceURI !== SITEMAP_NS) problems.push(`root is <${root.tagName}>, not a sitemaps.org urlset`);
  const urls = children(root, 'url', SITEMAP_NS).map((u, i) => {
    const locs = children(u, 'loc', SITEMAP_NS);
    if (locs.length !== 1) problems.push(`url ${i + 1}: ${locs.length} loc elements`);
    const loc = text(locs[0]);
    if (!/^https?:\/\//.test(loc)) problems.push(`url ${i + 1}: loc "${loc}" is not an absolute http(s) URL`);
    const lastmod = text(children(u, 'lastmod', SITEMAP_NS)[0]);
    if (lastmod && !W3C_DATETIME.test(lastmod)) problems.push(`url ${i + 1}: lastmod "${lastmod}" is not a W3C datetime`);
    return { loc, ...(lastmod ? { lastmod } : {}) };
  });
  if (urls.length > 50_000) problems.push(`${urls.length} URLs in one sitemap (at most 50,000)`);
  return { problems, urls };
}

/** The <loc> entries of a sitemap index. */
export function sitemapIndexLocs(xml: string): string[] {
  const root = parseXml(xml);
  if (root.localName !== 'sitemapindex' || root.namespaceURI !== SITEMAP_NS) throw new Error(`root is <${root.tagName}>, not a sitemapindex`);
  return children(root, 'sitemap', SITEMAP_NS).map((s) => text(children(s, 'loc', SITEMAP_NS)[0]));
}
