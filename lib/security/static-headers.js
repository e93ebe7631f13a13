// The protective headers on every response, static files and APIs included (next.config.js headers());
// the production server's own /api/checkout handler (scripts/serve.ts) sets them too. The CSP (with
// its nonce) and HSTS come from proxy.ts.
/** @type {{ key: string, value: string }[]} */
export const STATIC_HEADERS = [
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=()" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];
