// Prisma CLI settings. The provider (and so the schema folder and migrations) follows DATABASE_URL.
// The app and the scripts connect through driver adapters (lib/db.ts); migrations are applied by
// scripts/migrations.ts. `datasource.url` serves the CLI's own commands (migrate diff in db:migrate:new).
import { defineConfig } from "prisma/config";
import { databaseUrl, providerOf } from "./lib/database-url";

const url = databaseUrl();
const provider = providerOf(url);

export default defineConfig({
  schema: `prisma/${provider}`,
  migrations: { path: `prisma/${provider}/migrations` },
  datasource: { url },
});
