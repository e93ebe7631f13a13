// Prisma CLI on driver adapters with the bundled WASM schema engine: no engine binary is ever
// downloaded. The provider (and so schema folder and migrations) follows DATABASE_URL.
import { defineConfig } from "prisma/config";
import { databaseUrl, pgConfig, providerOf, sqliteFile } from "./lib/database-url";

const url = databaseUrl();
const provider = providerOf(url);
process.env.DATABASE_URL = url; // the schema's env("DATABASE_URL") must resolve

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: `prisma/${provider}`,
  migrations: { path: `prisma/${provider}/migrations` },
  async adapter() {
    if (provider === "postgresql") {
      const { PrismaPg } = await import("@prisma/adapter-pg");
      return new PrismaPg(pgConfig(url));
    }
    const { SqliteAdapterFactory } = await import("./lib/sqlite-adapter");
    return new SqliteAdapterFactory(sqliteFile(url));
  },
});
