// The page Content-Security-Policy. Scripts: only those carrying this response's nonce (Next adds
// it to its own scripts when it sees the policy on the request) and what they load ('strict-dynamic').
// Styles keep 'unsafe-inline' because progress bars and charts set style attributes, which a nonce
// cannot cover; style injection cannot run code. Images may come from catalog URLs (https).
export function contentSecurityPolicy(nonce: string, https: boolean): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' blob: data: https:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

export const HSTS = "max-age=63072000; includeSubDomains";

export function newNonce(): string {
  return Buffer.from(crypto.randomUUID()).toString("base64");
}
