// Database scripts: npm run db:migrate | db:migrate:new NAME | db:seed | db:reset | db:status
import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { baseEnv, dbInfo, ensureClient, migrate, root, run, seed } from "./lib";
import { sqliteFile } from "../lib/database-url";

const [command, ...args] = process.argv.slice(2);
const { url, provider, dataDir } = dbInfo();
const env = baseEnv({ DATABASE_URL: url });
const prisma = path.join(root, "node_modules", ".bin", "prisma");

/**
 * New migration for both providers without any database: diff the models as they were at the last
 * migration (prisma/snapshot, kept by this command) against the models now.
 */
function newMigration(name: string) {
  if (!/^[a-z0-9_]+$/.test(name ?? "")) throw new Error("usage: npm run db:migrate:new -- some_name (lower case, digits, _)");
  const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
  const snapshot = path.join(root, "prisma", "snapshot");
  const models = path.join(root, "prisma", "models");
  let changed = false;
  for (const p of ["sqlite", "postgresql"] as const) {
    const from = mkdtempSync(path.join(os.tmpdir(), `from-${p}-`));
    cpSync(path.join(root, "prisma", p, "schema.prisma"), path.join(from, "schema.prisma"));
    cpSync(snapshot, path.join(from, "models"), { recursive: true });
    // A datamodel-to-datamodel diff: no database is opened. Prisma 7's CLI runs it on its native
    // schema engine, which it downloads on first use (from binaries.prisma.sh).
    const out = spawnSync(prisma, ["migrate", "diff", "--from-schema", from, "--to-schema", `prisma/${p}`, "--script"], {
      cwd: root,
      env: baseEnv({ DATABASE_URL: p === "sqlite" ? "file:./data/diff.db" : "postgresql://localhost/diff" }),
      encoding: "utf8",
    });
    rmSync(from, { recursive: true, force: true });
    if (out.status !== 0) throw new Error(out.stderr);
    if (/^-- This is an empty migration/m.test(out.stdout) || !out.stdout.trim()) {
      console.log(`${p}: no changes`);
      continue;
    }
    const dir = path.join(root, "prisma", p, "migrations", `${stamp}_${name}`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, "migration.sql"), out.stdout);
    console.log(`${p}: wrote ${path.relative(root, dir)}/migration.sql`);
    changed = true;
  }
  if (changed) {
    rmSync(snapshot, { recursive: true, force: true });
    cpSync(models, snapshot, { recursive: true });
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
    run(path.join(root, "node_modules", ".bin", "tsx"), ["scripts/migrations.ts", "status"], { env });
    break;
  case "new":
    newMigration(args[0]);
    break;
  default:
    console.error("usage: tsx scripts/db.ts generate|migrate|seed|reset|status|new NAME");
    process.exit(2);
}
