// A backup taken while the database is in use restores into an empty database with every registry,
// and with the photos (stored in the database: lib/images/store.ts), byte for byte.
import { createHash } from "node:crypto";
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
    // The demo wedding's cover at least (lib/data/demo-cover.ts): a digest of every image's bytes.
    const images = await prisma.image.findMany({ select: { hash: true, width: true, data: true }, orderBy: { id: "asc" } });
    expect(images.length).toBeGreaterThan(0);
    const digest = (rows: { hash: string; width: number; data: Uint8Array }[]) =>
      rows.map((r) => `${r.hash}-${r.width}:${createHash("sha256").update(r.data).digest("hex")}`);
    try {
      if (providerOf(url) === "sqlite") {
        await backup(url, path.join(dir, "copy.db"));
        const target = `file:${path.join(dir, "restored.db")}`;
        restore(target, path.join(dir, "copy.db"));
        const c = openSqlite(sqliteFile(target));
        expect(c.prepare('SELECT "id", "title" FROM "Registry" ORDER BY "id"').all()).toEqual(before);
        expect(c.prepare('SELECT COUNT(*) AS n FROM "RegistryItem"').get()).toEqual({ n: items });
        const restored = c.prepare('SELECT "hash", "width", "data" FROM "Image" ORDER BY "id"').all() as {
          hash: string;
          width: number;
          data: ArrayBuffer;
        }[];
        expect(digest(restored.map((r) => ({ ...r, data: new Uint8Array(r.data) })))).toEqual(digest(images));
        c.close();
      } else {
        await backup(url, path.join(dir, "copy.dump"));
        await withFreshPgDatabase(url, "restore_test", async (fresh) => {
          restore(fresh, path.join(dir, "copy.dump"));
          const c = new pg.Client({ connectionString: fresh });
          await c.connect();
          expect((await c.query('SELECT "id", "title" FROM "Registry" ORDER BY "id"')).rows).toEqual(before);
          expect(Number((await c.query('SELECT COUNT(*) AS n FROM "RegistryItem"')).rows[0].n)).toBe(items);
          const restored = (await c.query('SELECT "hash", "width", "data" FROM "Image" ORDER BY "id"')).rows;
          expect(digest(restored)).toEqual(digest(images));
          await c.end();
        });
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
