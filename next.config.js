/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // Native / driver packages stay in node_modules instead of being bundled.
  serverExternalPackages: ["@libsql/client", "libsql", "@prisma/adapter-libsql", "@prisma/adapter-pg", "pg", "@node-rs/argon2"],
  experimental: { authInterrupts: true },
  typedRoutes: false,
};

export default nextConfig;
