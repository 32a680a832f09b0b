/**
 * Integrity of the built site (the folder `astro preview` serves: ASTRO_OUT_DIR or dist/),
 * under whatever base path it was built for (BASE_PATH).
 *
 * Read from the files, every page:
 *  - every internal href and every #fragment resolves to an existing file and element id;
 *  - external links carry rel="noopener noreferrer";
 *  - nothing is loaded from another origin (scripts, styles, icons, images, frames, forms, CSS url()s);
 *  - the CSP meta tag is the one in src/shared/csp.ts, no inline script, style or event handler needs
 *    an exception, and the host headers file (public/_headers) is shipped.
 * In the browser, one page of each type found in the built folder (so new page types are
 * covered as they land): zero console errors and zero requests to any other origin.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { test, expect, type Page } from '@playwright/test';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import type { Element, Root } from 'hast';
import { CSP } from '../../src/shared/csp.ts';
import { basePath } from '../../src/shared/paths.ts';

const DIST = path.resolve(process.env.ASTRO_OUT_DIR ?? 'dist');
const BASE = basePath();
/** Absolute URLs on the site's own origin (canonical links, citation meta) use SITE_URL. */
const SITE_ORIGIN = new URL(process.env.SITE_URL ?? 'http://localhost:4321').origin;
/** The origin pages are resolved against when read from disk. */
const LOCAL = 'http://site.invalid';

/** Every file of the built site, relative, forward slashes. */
const files: string[] = readdirSync(DIST, { recursive: true, withFileTypes: true })
  .filter((e) => e.isFile())
  .map((e) => path.relative(DIST, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
  .sort();
const fileSet = new Set(files);
const pages = files.filter((f) => f.endsWith('.html'));

/** The URL path a built file is served at, under the base path. */
const urlPathOf = (file: string) => BASE + (file === 'index.html' ? '' : file.endsWith('/index.html') ? file.slice(0, -'index.html'.length) : file);

const parsed = new Map<string, Root>();
function tree(file: string): Root {
  let t = parsed.get(file);
  if (!t) parsed.set(file, (t = fromHtml(readFileSync(path.join(DIST, file), 'utf8'))));
  return t;
}

const ids = new Map<string, Set<string>>();
/** Every id (and a[name]) a page defines: what a #fragment may point to. */
function idsOf(file: string): Set<string> {
  let set = ids.get(file);
  if (!set) {
    set = new Set();
    visit(tree(file), 'element', (el: Element) => {
      if (typeof el.properties.id === 'string') set!.add(el.properties.id);
      if (el.tagName === 'a' && typeof el.properties.name === 'string') set!.add(el.properties.name);
    });
    ids.set(file, set);
  }
  return set;
}

/** The built file a same-site URL path is served from, or undefined when there is none. */
function fileFor(pathname: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  if (!decoded.startsWith(BASE)) return undefined; // outside the base path: a 404 once deployed
  const rel = decoded.slice(BASE.length);
  const candidate = rel === '' || rel.endsWith('/') ? `${rel}index.html` : rel;
  return fileSet.has(candidate) ? candidate : undefined;
}

/** The element attribute as a string (hast keeps class/rel as lists). */
const attr = (el: Element, name: string) => {
  const v = el.properties[name];
  return Array.isArray(v) ? v.join(' ') : v === undefined || v === null ? undefined : String(v);
};

/** Attributes that make the browser fetch something, by element. */
const LOADS: Record<string, string[]> = {
  script: ['src'],
  img: ['src', 'srcSet'],
  source: ['src', 'srcSet'],
  video: ['src', 'poster'],
  audio: ['src'],
  track: ['src'],
  iframe: ['src'],
  frame: ['src'],
  embed: ['src'],
  object: ['data'],
  input: ['src'],
  form: ['action'],
  image: ['href', 'xLinkHref'],
  use: ['href', 'xLinkHref'],
};
/** <link rel> values that only describe the page and fetch nothing. */
const DESCRIPTIVE_LINKS = new Set(['canonical', 'alternate', 'author', 'license', 'cite-as']);

/** Urls in srcset ("a.png 1x, b.png 2x"). */
const urlsIn = (name: string, value: string) => (name === 'srcSet' ? value.split(',').map((s) => s.trim().split(/\s+/)[0]!).filter(Boolean) : [value]);

interface Finding {
  page: string;
  problem: string;
}

test.describe('built site, read from its files', () => {
  // In order in one worker, so the pages are parsed once (the cache is per worker), not once per test.
  // Parsing ~300 pages takes a while on a busy machine: more than the default 30 s per test.
  test.describe.configure({ mode: 'default', timeout: 120_000 });

  test('the built folder has pages to check', () => {
    expect(pages.length, `no HTML pages in ${DIST}`).toBeGreaterThan(5);
    expect(fileSet.has('index.html')).toBe(true);
    expect(fileSet.has('404.html')).toBe(true);
  });

  test('every internal link and #fragment resolves to an existing file and element id', () => {
    const broken: Finding[] = [];
    let checked = 0;
    for (const page of pages) {
      const pageUrl = new URL(urlPathOf(page), LOCAL);
      visit(tree(page), 'element', (el: Element) => {
        if (!['a', 'area', 'link'].includes(el.tagName)) return;
        const href = attr(el, 'href');
        if (href === undefined) return;
        if (el.tagName === 'link' && (attr(el, 'rel') ?? '').split(/\s+/).some((r) => DESCRIPTIVE_LINKS.has(r))) return;
        let url: URL;
        try {
          url = new URL(href, pageUrl);
        } catch {
          broken.push({ page, problem: `unparsable href "${href}"` });
          return;
        }
        if (url.origin !== LOCAL && url.origin !== SITE_ORIGIN) return; // external or mailto: checked below
        checked++;
        const target = fileFor(url.pathname);
        if (!target) {
          broken.push({ page, problem: `<${el.tagName} href="${href}"> → no file for ${url.pathname}${url.pathname.startsWith(BASE) ? '' : ` (outside the base path ${BASE})`}` });
          return;
        }
        // "#p7:~:text=…": the element id is what comes before the text directive.
        const fragment = decodeURIComponent(url.hash.slice(1).split(':~:')[0]!);
        if (fragment && target.endsWith('.html') && !idsOf(target).has(fragment))
          broken.push({ page, problem: `<${el.tagName} href="${href}"> → ${target} has no element id="${fragment}"` });
      });
    }
    expect(checked).toBeGreaterThan(pages.length);
    expect(broken.slice(0, 30).map((b) => `${b.page}: ${b.problem}`), `${broken.length} broken internal link(s)`).toEqual([]);
  });

  test('external links carry rel="noopener noreferrer"', () => {
    const bad: string[] = [];
    let external = 0;
    for (const page of pages) {
      const pageUrl = new URL(urlPathOf(page), LOCAL);
      visit(tree(page), 'element', (el: Element) => {
        if (el.tagName !== 'a' && el.tagName !== 'area') return;
        const href = attr(el, 'href');
        if (!href) return;
        let url: URL;
        try {
          url = new URL(href, pageUrl);
        } catch {
          return; // reported by the internal-link test
        }
        if (!/^https?:$/.test(url.protocol) || url.origin === LOCAL || url.origin === SITE_ORIGIN) return;
        external++;
        const rel = new Set((attr(el, 'rel') ?? '').split(/\s+/));
        if (!rel.has('noopener') || !rel.has('noreferrer')) bad.push(`${page}: <a href="${href}" rel="${attr(el, 'rel') ?? ''}">`);
      });
    }
    expect(external, 'no external link found: is the check looking at the right pages?').toBeGreaterThan(0);
    expect(bad.slice(0, 30), `${bad.length} external link(s) without rel="noopener noreferrer"`).toEqual([]);
  });

  test('no element or stylesheet loads anything from another origin', () => {
    const foreign: string[] = [];
    const isForeign = (value: string, base: URL) => {
      const v = value.trim();
      if (/^(data|blob):/i.test(v)) return false;
      try {
        return new URL(v, base).origin !== LOCAL;
      } catch {
        return false;
      }
    };
    for (const page of pages) {
      const pageUrl = new URL(urlPathOf(page), LOCAL);
      visit(tree(page), 'element', (el: Element) => {
        const names = el.tagName === 'link' && !(attr(el, 'rel') ?? '').split(/\s+/).some((r) => DESCRIPTIVE_LINKS.has(r)) ? ['href'] : (LOADS[el.tagName] ?? []);
        for (const name of names) {
          const value = attr(el, name);
          if (value === undefined) continue;
          for (const u of urlsIn(name, value)) if (isForeign(u, pageUrl)) foreign.push(`${page}: <${el.tagName} ${name}="${u}">`);
        }
        const refresh = el.tagName === 'meta' && /refresh/i.test(attr(el, 'httpEquiv') ?? '') ? /url=(.+)$/i.exec(attr(el, 'content') ?? '')?.[1] : undefined;
        if (refresh && isForeign(refresh, pageUrl)) foreign.push(`${page}: <meta http-equiv="refresh"> to ${refresh}`);
      });
    }
    for (const css of files.filter((f) => f.endsWith('.css'))) {
      const text = readFileSync(path.join(DIST, css), 'utf8');
      const cssUrl = new URL(urlPathOf(css), LOCAL);
      for (const m of text.matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)|@import\s+(['"])([^'"]+)\3/g)) {
        const u = m[2] ?? m[4]!;
        if (isForeign(u, cssUrl)) foreign.push(`${css}: ${m[0]}`);
      }
    }
    expect(foreign.slice(0, 30), `${foreign.length} reference(s) to another origin`).toEqual([]);
  });

  test('every page carries the CSP of src/shared/csp.ts and needs no inline exception', () => {
    const bad: string[] = [];
    for (const page of pages) {
      let csp: string | undefined;
      visit(tree(page), 'element', (el: Element) => {
        if (el.tagName === 'meta' && attr(el, 'httpEquiv')?.toLowerCase() === 'content-security-policy') csp = attr(el, 'content');
        // JSON-LD is data, never run: the CSP does not block it and it needs no exception.
        if (el.tagName === 'script' && !attr(el, 'src') && attr(el, 'type') !== 'application/ld+json') bad.push(`${page}: inline <script>`);
        if (el.tagName === 'style') bad.push(`${page}: inline <style>`);
        if (attr(el, 'style') !== undefined) bad.push(`${page}: style="…" on <${el.tagName}>`);
        const handler = Object.keys(el.properties).find((k) => /^on[A-Z]/.test(k));
        if (handler) bad.push(`${page}: ${handler.toLowerCase()}="…" on <${el.tagName}>`);
      });
      if (csp !== CSP) bad.push(`${page}: CSP meta is ${csp === undefined ? 'missing' : `"${csp}"`}`);
    }
    expect(bad.slice(0, 30), `${bad.length} page(s) at odds with the CSP`).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------
// In the browser: one page of each type.

/**
 * Page types found in the built folder: "home", "404", "articles" (the index), "articles/*"
 * (one entry), "timeline/*\/*" … one representative (the first by name) of each.
 */
function pageTypes(): { type: string; path: string }[] {
  const byType = new Map<string, string>();
  for (const file of pages) {
    if (file === '404.html') continue;
    const dir = file === 'index.html' ? '' : file.replace(/(^|\/)index\.html$/, '').replace(/\.html$/, '');
    const parts = dir ? dir.split('/') : [];
    const type = parts.length === 0 ? 'home' : [parts[0], ...parts.slice(1).map(() => '*')].join('/');
    if (!byType.has(type)) byType.set(type, file === 'index.html' ? '' : file.endsWith('index.html') ? `${dir}/` : file);
  }
  return [...byType].map(([type, p]) => ({ type, path: p }));
}

/** Console errors, page errors, and requests to this origin and to any other, from now on. */
function watch(page: Page, origin: string) {
  const errors: string[] = [];
  const foreign: string[] = [];
  const own: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(`${msg.text()} (${msg.location().url})`);
  });
  page.on('pageerror', (err) => errors.push(err.message));
  page.on('request', (req) => {
    const url = req.url();
    if (/^(data|blob|about):/.test(url)) return;
    (new URL(url).origin === origin ? own : foreign).push(url);
  });
  return { errors, foreign, own };
}

for (const { type, path: pagePath } of pageTypes()) {
  test(`${type} page (${pagePath || './'}): no console error, no request to another origin`, async ({ page, baseURL }) => {
    const origin = new URL(baseURL!).origin;
    const seen = watch(page, origin);
    // The search page is visited with a query so Pagefind (a worker and WebAssembly) runs under the CSP.
    const target = type === 'search' ? `${pagePath}?q=Karabakh` : pagePath || './';
    const response = await page.goto(target, { waitUntil: 'networkidle' });
    expect(response?.status(), `status of ${target}`).toBe(200);
    // Pagefind ran under the CSP: its WebAssembly loaded and the query fetched result fragments.
    if (type === 'search') await expect.poll(() => seen.own.filter((u) => /\.pf_fragment$/.test(u)).length, { timeout: 10_000 }).toBeGreaterThan(0);
    expect(seen.errors, `console errors on ${target}`).toEqual([]);
    expect(seen.foreign, `requests to another origin from ${target}`).toEqual([]);
  });
}

test('404 page (an unknown address): served with its status, no console error beyond the 404 itself, no request to another origin', async ({ page, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  const seen = watch(page, origin);
  const response = await page.goto('no-such-page/', { waitUntil: 'networkidle' });
  expect(response?.status()).toBe(404);
  await expect(page.locator('h1')).toBeVisible();
  // Chromium logs the document's own 404 as a console error; anything else is a real one.
  const missing = new URL('no-such-page/', baseURL).href;
  expect(seen.errors.filter((e) => !(e.includes('status of 404') && e.includes(missing)))).toEqual([]);
  expect(seen.foreign).toEqual([]);
});

test('the CSP blocks what it should: an injected inline script does not run', async ({ page }) => {
  const seen = watch(page, 'http://unused.invalid');
  await page.goto('./');
  const ran = await page.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = 'window.__injected = true';
    document.head.append(s);
    return (window as unknown as { __injected?: boolean }).__injected === true;
  });
  expect(ran).toBe(false);
  expect(seen.errors.some((e) => /Content Security Policy/i.test(e))).toBe(true);
});

test('the built site ships public/_headers unchanged (its agreement with the CSP: tests/unit/headers.test.ts)', () => {
  expect(readFileSync(path.join(DIST, '_headers'), 'utf8')).toBe(readFileSync(path.resolve('public/_headers'), 'utf8'));
});
