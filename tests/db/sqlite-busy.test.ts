// Faults: a connection that met SQLITE_BUSY must not keep the write lock afterwards (lib/sqlite-adapter
// discards it). Without that, re-running the same SQL on that connection succeeds but leaves the lock
// held, and every other connection — another process's transactions — waits forever.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { SqlDriverAdapter, SqlQuery } from "@prisma/driver-adapter-utils";
import { afterAll, describe, expect, it } from "vitest";
import { PrismaClient } from "../../lib/generated/prisma/client";
import { openSqlite, SqliteAdapterFactory } from "../../lib/sqlite-adapter";
import { databaseUrl, providerOf } from "../../lib/database-url";
import { isBusyError, isDatabaseUnavailable } from "../../lib/unavailable";

const dir = mkdtempSync(path.join(os.tmpdir(), "registry-busy-"));
const file = path.join(dir, "busy.db");
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const sql = (text: string): SqlQuery => ({ sql: text, args: [], argTypes: [] });
const BUSY = { name: "DriverAdapterError", cause: { kind: "SocketTimeout", originalCode: "5" } }; // what Prisma sees

const setup = openSqlite(file);
setup.prepare("PRAGMA journal_mode = WAL").get();
setup.exec("CREATE TABLE t (x INTEGER); INSERT INTO t VALUES (1)");
setup.close();

/** Another process's write transaction must get the lock at once: nobody else holds it. */
async function writeFromAnotherProcess(other: SqlDriverAdapter, x: number) {
  const started = Date.now();
  const tx = await other.startTransaction();
  await tx.executeRaw(sql(`UPDATE t SET x = ${x}`)); // would wait out busy_timeout and fail without the fix
  await tx.commit();
  expect(Date.now() - started).toBeLessThan(1000);
}

describe("SQLite busy beyond the wait", () => {
  it("the adapter that failed recovers, and leaves no lock behind for the others", async () => {
    const factory = new SqliteAdapterFactory(file);
    const [app, other] = [await factory.connect(), await factory.connect()];
    const locker = openSqlite(file);
    await app.queryRaw(sql("SELECT count(*) FROM t")); // an open connection, as in a running server
    locker.exec("BEGIN IMMEDIATE");
    await expect(app.executeRaw(sql("UPDATE t SET x = 2"))).rejects.toMatchObject(BUSY);
    locker.exec("ROLLBACK");

    expect(await app.executeRaw(sql("UPDATE t SET x = 2"))).toBe(1); // the same SQL again, now that the lock is free
    await writeFromAnotherProcess(other, 3);
    expect((await app.queryRaw(sql("SELECT x FROM t"))).rows).toEqual([[3]]);
    for (const c of [app, other]) await c.dispose();
    locker.close();
  });

  it("a transaction that met it is over (rolled back), and the adapter serves again", async () => {
    const factory = new SqliteAdapterFactory(file);
    const [app, other] = [await factory.connect(), await factory.connect()];
    const locker = openSqlite(file);
    locker.exec("BEGIN IMMEDIATE");
    const tx = await app.startTransaction();
    await expect(tx.executeRaw(sql("UPDATE t SET x = 4"))).rejects.toMatchObject(BUSY);
    await expect(tx.executeRaw(sql("UPDATE t SET x = 4"))).rejects.toMatchObject({ cause: { kind: "TransactionAlreadyClosed" } });
    await tx.rollback();
    locker.exec("ROLLBACK");

    await writeFromAnotherProcess(other, 5);
    expect(await app.executeRaw(sql("UPDATE t SET x = x + 1"))).toBe(1);
    await writeFromAnotherProcess(other, 7);
    expect((await app.queryRaw(sql("SELECT x FROM t"))).rows).toEqual([[7]]);
    for (const c of [app, other]) await c.dispose();
    locker.close();
  });

  // The Prisma client is generated for the suite's provider: on the PostgreSQL run it cannot take an SQLite adapter.
  // skipped on the PostgreSQL run: the client there is generated for PostgreSQL and cannot take the SQLite adapter
  it.runIf(providerOf(databaseUrl()) === "sqlite")(
    "reaches Prisma's callers as a busy, unavailable database: retried, else a 503 (SQLite run: the client is generated per provider)",
    async () => {
      const prisma = new PrismaClient({ adapter: new SqliteAdapterFactory(file) });
      const locker = openSqlite(file);
      locker.exec("BEGIN IMMEDIATE");
      const error = await prisma.$executeRawUnsafe("UPDATE t SET x = 8").catch((e: unknown) => e);
      locker.exec("ROLLBACK");
      expect(error).toMatchObject({ code: "P2010", meta: { driverAdapterError: BUSY } }); // the shape tests/faults/unavailable.test.ts covers
      expect(isBusyError(error)).toBe(true); // lib/data/retry.ts runs it again
      expect(isDatabaseUnavailable(error)).toBe(true); // lib/db.ts: the answer is a 503
      expect(await prisma.$executeRawUnsafe("UPDATE t SET x = 8")).toBe(1);
      await prisma.$disconnect();
      locker.close();
    },
  );
});
