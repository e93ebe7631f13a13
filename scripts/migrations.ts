// Applies prisma/<provider>/migrations in order and records them in Prisma's own `_prisma_migrations`
// table (same columns and checksums, so `prisma migrate status` on a machine with Prisma's schema
// engine reads the same history). Why ours: Prisma 7's CLI runs migrations only through its native
// schema engine, which it downloads on first use; this machine (and CI) cannot download it.
//   tsx scripts/migrations.ts deploy | status      (DATABASE_URL picks the database)
import { createHash, randomUUID } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import Database from "libsql";
import pg from "pg";
import { databaseUrl, providerOf, sqliteFile, type Provider } from "../lib/database-url";

const root = path.resolve(import.meta.dirname, "..");

type Applied = { migration_name: string; checksum: string; finished_at: unknown };

/** The few operations the runner needs, per provider. */
interface Db {
  query<T>(sql: string, params?: unknown[]): Promise<T[]>;
  /** Runs one migration's whole script and records it; PostgreSQL in one transaction. */
  apply(name: string, script: string): Promise<void>;
  close(): Promise<void>;
}

const TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL, "checksum" VARCHAR(64) NOT NULL, "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL, "logs" TEXT, "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(), "applied_steps_count" INTEGER NOT NULL DEFAULT 0)`;
const TABLE_SQLITE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" TEXT PRIMARY KEY NOT NULL, "checksum" TEXT NOT NULL, "finished_at" DATETIME, "migration_name" TEXT NOT NULL,
  "logs" TEXT, "rolled_back_at" DATETIME, "started_at" DATETIME NOT NULL DEFAULT current_timestamp,
  "applied_steps_count" INTEGER UNSIGNED NOT NULL DEFAULT 0)`;
const RECORD = `INSERT INTO "_prisma_migrations" ("id", "checksum", "migration_name", "finished_at", "applied_steps_count") VALUES `;

async function openPg(url: string): Promise<Db> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  // Two instances starting at once: the second waits, then finds nothing pending (Prisma's lock key).
  await client.query("SELECT pg_advisory_lock(72707369)");
  await client.query(TABLE);
  return {
    query: async (sql, params) => (await client.query(sql, params)).rows,
    async apply(name, script) {
      await client.query("BEGIN");
      try {
        await client.query(script); // simple protocol: the server splits the statements ($$ bodies intact)
        await client.query(`${RECORD}($1, $2, $3, now(), 1)`, [randomUUID(), checksum(script), name]);
        await client.query("COMMIT");
      } catch (e) {
        await client.query("ROLLBACK");
        throw e;
      }
    },
    close: () => client.end(),
  };
}

function openSqlite(url: string): Db {
  const db = new Database(sqliteFile(url));
  db.exec(TABLE_SQLITE);
  return {
    query: async (sql) => db.prepare(sql).all() as never,
    async apply(name, script) {
      // As Prisma runs them: outside a transaction, so a script's `PRAGMA foreign_keys=OFF` takes
      // effect while it redefines a table (inside one, SQLite ignores it and DROP TABLE cascades).
      // Recorded as started first: a script that fails half-way leaves a row without finished_at.
      const id = randomUUID();
      db.prepare(`${RECORD}(?, ?, ?, NULL, 0)`).run(id, checksum(script), name);
      db.exec(script);
      db.prepare(`UPDATE "_prisma_migrations" SET "finished_at" = ?, "applied_steps_count" = 1 WHERE "id" = ?`).run(Date.now(), id);
    },
    close: async () => void db.close(),
  };
}

const checksum = (script: string) => createHash("sha256").update(script).digest("hex");

function migrationsOf(provider: Provider): { name: string; script: string }[] {
  const dir = path.join(root, "prisma", provider, "migrations");
  return readdirSync(dir)
    .filter((name) => existsSync(path.join(dir, name, "migration.sql")))
    .sort()
    .map((name) => ({ name, script: readFileSync(path.join(dir, name, "migration.sql"), "utf8") }));
}

async function main(command: string | undefined) {
  const url = databaseUrl();
  const provider = providerOf(url);
  const db = provider === "postgresql" ? await openPg(url) : openSqlite(url);
  try {
    const rows = await db.query<Applied>(
      `SELECT "migration_name", "checksum", "finished_at" FROM "_prisma_migrations" WHERE "rolled_back_at" IS NULL`,
    );
    const failed = rows.filter((r) => r.finished_at === null);
    if (failed.length)
      throw new Error(
        `migration ${failed[0].migration_name} failed earlier: fix the database, then remove its row from _prisma_migrations`,
      );
    const applied = new Map(rows.map((r) => [r.migration_name, r.checksum]));
    const all = migrationsOf(provider);
    for (const m of all)
      if (applied.has(m.name) && applied.get(m.name) !== checksum(m.script))
        console.warn(`warning: ${m.name} was changed after it was applied`);
    const pending = all.filter((m) => !applied.has(m.name));
    if (command === "status") {
      console.log(`${all.length} migrations, ${all.length - pending.length} applied`);
      for (const m of pending) console.log(`pending: ${m.name}`);
      process.exitCode = pending.length ? 1 : 0;
      return;
    }
    if (command !== "deploy") throw new Error("usage: tsx scripts/migrations.ts deploy | status");
    if (!pending.length) return console.log("No pending migrations to apply.");
    for (const m of pending) {
      try {
        await db.apply(m.name, m.script);
      } catch (e) {
        throw new Error(`migration ${m.name} failed: ${(e as Error).message}`);
      }
    }
    console.log(`Applied ${pending.length} migration${pending.length === 1 ? "" : "s"}: ${pending.map((m) => m.name).join(", ")}`);
  } finally {
    await db.close();
  }
}

main(process.argv[2]).catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
