// Faults: a connection that met SQLITE_BUSY must not keep the write lock afterwards (the libsql
// client patch drops it). Without the patch, re-running the same SQL on that connection succeeds but
// leaves the lock held, and every other connection — the server's transactions — waits forever.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { createClient } from "@libsql/client";
import { afterAll, describe, expect, it } from "vitest";

const dir = mkdtempSync(path.join(os.tmpdir(), "registry-busy-"));
const url = `file:${path.join(dir, "busy.db")}`;
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("SQLite busy beyond the wait", () => {
  it("the client that failed recovers, and leaves no lock behind for the others", async () => {
    const setup = createClient({ url });
    await setup.execute("PRAGMA journal_mode = WAL");
    await setup.execute("CREATE TABLE t (x INTEGER)");
    await setup.execute("INSERT INTO t VALUES (1)");
    setup.close();

    const app = createClient({ url });
    const other = createClient({ url });
    const locker = createClient({ url });
    await app.execute("SELECT count(*) FROM t"); // an open connection, as in a running server
    const held = await locker.transaction("write");
    await expect(app.execute("UPDATE t SET x = 2")).rejects.toMatchObject({ code: expect.stringMatching(/^SQLITE_BUSY/) });
    await held.rollback();

    await app.execute("UPDATE t SET x = 2"); // the same SQL again, now that the lock is free
    const started = Date.now();
    const tx = await other.transaction("write"); // would wait out busy_timeout and fail without the fix
    await tx.execute("UPDATE t SET x = 3");
    await tx.commit();
    expect(Date.now() - started).toBeLessThan(1000);
    expect((await app.execute("SELECT x FROM t")).rows[0].x).toBe(3);
    for (const c of [app, other, locker]) c.close();
  });
});
