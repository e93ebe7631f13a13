import createNextIntlPlugin from "next-intl/plugin";
import { STATIC_HEADERS } from "./lib/security/static-headers.js";

// next-intl without locale-prefixed URLs: i18n/request.ts picks the language per request.
const withNextIntl = createNextIntlPlugin("./i18n/request.ts");

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // Native / driver packages stay in node_modules instead of being bundled.
  serverExternalPackages: ["libsql", "@prisma/adapter-pg", "pg", "@node-rs/argon2", "sharp"],
  experimental: {
    authInterrupts: true,
    // Photos are sent to server actions (lib/actions/photos.ts): up to 15 MB (lib/images/variants.ts) plus the
    // form's overhead. The proxy (proxy.ts) sees the body first and would cut it at its default 10 MB.
    serverActions: { bodySizeLimit: "16mb" },
    proxyClientMaxBodySize: "16mb",
  },
  // proxy.ts sees requests as they came (flight headers, ?_rsc): the page cache must tell a client
  // navigation's RSC payload from a page load (lib/page-cache.ts).
  skipProxyUrlNormalize: true,
  typedRoutes: false,
  // A private registry's photos on its guest pages: under /r/{slug}, where its access cookie is sent (app/images).
  async rewrites() {
    return [{ source: "/r/:slug/images/:file", destination: "/images/:file" }];
  },
  // Every response, static files and APIs included; the CSP (with its nonce) and HSTS come from proxy.ts.
  async headers() {
    return [{ source: "/:path*", headers: STATIC_HEADERS }];
  },
};

export default withNextIntl(nextConfig);
