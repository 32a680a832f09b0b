/**
 * The Content-Security-Policy every page carries as a meta tag, that the local server sends
 * as a header, and that public/_headers repeats for static hosts that read it.
 * 'wasm-unsafe-eval' is for Pagefind's WebAssembly; no inline script is allowed.
 */
export const CSP = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');
