/**
 * public/_headers (read by Netlify, Cloudflare Pages and other static hosts) agrees with the
 * policy every page carries as a meta tag (src/shared/csp.ts), and that policy stays strict.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CSP } from '../../src/shared/csp.ts';

/** `_headers` as path pattern → header name (lowercased) → value. */
function parseHeaders(text: string): Map<string, Map<string, string>> {
  const rules = new Map<string, Map<string, string>>();
  let current: Map<string, string> | undefined;
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.set(line.trim(), (current = new Map()));
    else {
      const m = /^\s+([\w-]+):\s*(.*)$/.exec(line);
      if (!m || !current) throw new Error(`unreadable _headers line: ${line}`);
      current.set(m[1]!.toLowerCase(), m[2]!.trim());
    }
  }
  return rules;
}

/** A policy as directive name → its value, e.g. "script-src" → "'self' 'wasm-unsafe-eval'". */
const directives = (policy: string) => new Map(policy.split(';').map((d) => d.trim().split(/\s+/)).filter((d) => d[0]).map(([name, ...v]) => [name!, v.join(' ')]));

const headers = parseHeaders(readFileSync('public/_headers', 'utf8'));
const all = headers.get('/*');

describe('public/_headers', () => {
  it('has a rule for every path', () => expect(all).toBeDefined());

  it('sends the pages\' CSP, plus only the directive a meta tag cannot carry (frame-ancestors)', () => {
    const header = directives(all!.get('content-security-policy') ?? '');
    const meta = directives(CSP);
    for (const [name, value] of meta) expect(header.get(name), name).toBe(value);
    expect([...header.keys()].filter((k) => !meta.has(k))).toEqual(['frame-ancestors']);
    expect(header.get('frame-ancestors')).toBe("'none'");
  });

  it('sets the other security headers', () => {
    expect(all!.get('x-content-type-options')).toBe('nosniff');
    expect(all!.get('x-frame-options')).toBe('DENY');
    // The same as <meta name="referrer"> in the layout.
    expect(readFileSync('src/layouts/Base.astro', 'utf8')).toContain(`<meta name="referrer" content="${all!.get('referrer-policy')}" />`);
  });
});

describe('the CSP', () => {
  const csp = directives(CSP);
  it('allows no inline script and no eval, only WebAssembly for search', () => {
    expect(csp.get('script-src')).toBe("'self' 'wasm-unsafe-eval'");
    expect(CSP).not.toMatch(/unsafe-inline|'unsafe-eval'/);
  });
  it('loads nothing from another origin', () => {
    for (const [name, value] of csp) expect(value, name).not.toMatch(/https?:|\*/);
    expect(csp.get('default-src')).toBe("'self'");
    expect(csp.get('object-src')).toBe("'none'");
  });
});
