// Put the embedded SQLite database in WAL mode (persistent in the file). In the default rollback
// journal a commit must wait for every reader, and a reader for every commit, so a second process on
// the same file (the test runner, a seed) makes plain reads fail with SQLITE_BUSY. WAL lets readers
// and the one writer proceed side by side.
import { createClient } from "@libsql/client";
import { databaseUrl, providerOf, sqliteFile } from "../lib/database-url";

const url = databaseUrl();
if (providerOf(url) === "sqlite") {
  const client = createClient({ url: `file:${sqliteFile(url)}` });
  const r = await client.execute("PRAGMA journal_mode = WAL");
  client.close();
  if (String(r.rows[0]?.[0]).toLowerCase() !== "wal") throw new Error(`could not switch ${sqliteFile(url)} to WAL`);
}
