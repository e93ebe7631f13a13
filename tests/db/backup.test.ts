// A backup taken while the database is in use restores into an empty database with every registry.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { prisma } from "../../lib/db";
import { databaseUrl, providerOf, sqliteFile } from "../../lib/database-url";
import { openSqlite } from "../../lib/sqlite-adapter";
import { backup, restore } from "../../scripts/backup-lib";
import { withFreshPgDatabase } from "../helpers/fresh-pg";

const url = databaseUrl();
afterAll(() => prisma.$disconnect());

describe(`backup and restore (${providerOf(url)})`, () => {
  it("restores every registry and item", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "backup-"));
    const before = await prisma.registry.findMany({ select: { id: true, title: true }, orderBy: { id: "asc" } });
    const items = await prisma.registryItem.count();
    try {
      if (providerOf(url) === "sqlite") {
        await backup(url, path.join(dir, "copy.db"));
        const target = `file:${path.join(dir, "restored.db")}`;
        restore(target, path.join(dir, "copy.db"));
        const c = openSqlite(sqliteFile(target));
        expect(c.prepare('SELECT "id", "title" FROM "Registry" ORDER BY "id"').all()).toEqual(before);
        expect(c.prepare('SELECT COUNT(*) AS n FROM "RegistryItem"').get()).toEqual({ n: items });
        c.close();
      } else {
        await backup(url, path.join(dir, "copy.dump"));
        await withFreshPgDatabase(url, "restore_test", async (fresh) => {
          restore(fresh, path.join(dir, "copy.dump"));
          const c = new pg.Client({ connectionString: fresh });
          await c.connect();
          expect((await c.query('SELECT "id", "title" FROM "Registry" ORDER BY "id"')).rows).toEqual(before);
          expect(Number((await c.query('SELECT COUNT(*) AS n FROM "RegistryItem"')).rows[0].n)).toBe(items);
          await c.end();
        });
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
