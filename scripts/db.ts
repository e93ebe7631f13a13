// Database scripts: npm run db:migrate | db:migrate:new NAME | db:seed | db:reset | db:status
import { spawnSync } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { baseEnv, dbInfo, ensureClient, migrate, root, run, seed } from "./lib";
import { sqliteFile } from "../lib/database-url";

const [command, ...args] = process.argv.slice(2);
const { url, provider, dataDir } = dbInfo();
const env = baseEnv({ DATABASE_URL: url });
const prisma = path.join(root, "node_modules", ".bin", "prisma");

function newMigration(name: string) {
  if (!/^[a-z0-9_]+$/.test(name ?? "")) throw new Error("usage: npm run db:migrate:new -- some_name (lower case, digits, _)");
  const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
  // Each provider: apply its existing migrations to a scratch database, then diff it against the models.
  for (const p of ["sqlite", "postgresql"] as const) {
    const scratch =
      p === "sqlite"
        ? `file:${path.join(os.tmpdir(), `registry-diff-${process.pid}.db`)}`
        : process.env.MIGRATE_PG_URL ?? "postgresql://registry:registry@localhost:5432/registry_shadow";
    const scratchEnv = baseEnv({ DATABASE_URL: scratch });
    if (p === "sqlite") rmSync(scratch.slice(5), { force: true });
    else run(prisma, ["migrate", "reset", "--force", "--skip-seed", "--skip-generate"], { env: scratchEnv, stdio: ["ignore", "ignore", "inherit"] });
    run(prisma, ["migrate", "deploy"], { env: scratchEnv, stdio: ["ignore", "ignore", "inherit"] });
    const out = spawnSync(prisma, ["migrate", "diff", "--from-schema-datasource", `prisma/${p}`, "--to-schema-datamodel", `prisma/${p}`, "--script"], { cwd: root, env: scratchEnv, encoding: "utf8" });
    if (out.status !== 0) throw new Error(out.stderr);
    const dir = path.join(root, "prisma", p, "migrations", `${stamp}_${name}`);
    if (/^-- This is an empty migration/m.test(out.stdout) || !out.stdout.trim()) {
      console.log(`${p}: no changes`);
      continue;
    }
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, "migration.sql"), out.stdout);
    console.log(`${p}: wrote ${path.relative(root, dir)}/migration.sql`);
  }
}

switch (command) {
  case "generate":
    ensureClient(provider, env);
    break;
  case "migrate":
    mkdirSync(dataDir, { recursive: true });
    ensureClient(provider, env);
    migrate(env);
    break;
  case "seed":
    ensureClient(provider, env);
    seed(env);
    break;
  case "reset":
    if (provider !== "sqlite") throw new Error("db:reset only resets the embedded SQLite database");
    for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(sqliteFile(url) + suffix, { force: true });
    mkdirSync(dataDir, { recursive: true });
    ensureClient(provider, env);
    migrate(env);
    seed(env);
    break;
  case "status":
    run(prisma, ["migrate", "status"], { env });
    break;
  case "new":
    newMigration(args[0]);
    break;
  default:
    console.error("usage: tsx scripts/db.ts generate|migrate|seed|reset|status|new NAME");
    process.exit(2);
}

