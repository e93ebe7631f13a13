/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // Native / driver packages stay in node_modules instead of being bundled.
  serverExternalPackages: ["@libsql/client", "libsql", "@prisma/adapter-libsql", "@prisma/adapter-pg", "pg", "@node-rs/argon2"],
  experimental: { authInterrupts: true },
  typedRoutes: false,
  // 3dcart clients keep their paths and only change the host: one implementation under /api/v2.
  async rewrites() {
    return [{ source: "/3dCartWebAPI/v2/:path*", destination: "/api/v2/:path*" }];
  },
};

export default nextConfig;
