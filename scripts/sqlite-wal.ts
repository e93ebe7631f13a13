// Put the embedded SQLite database in WAL mode (persistent in the file). In the default rollback
// journal a commit must wait for every reader, and a reader for every commit, so a second process on
// the same file (the test runner, a seed) makes plain reads fail with SQLITE_BUSY. WAL lets readers
// and the one writer proceed side by side.
import { databaseUrl, providerOf, sqliteFile } from "../lib/database-url";
import { openSqlite } from "../lib/sqlite-adapter";

const url = databaseUrl();
if (providerOf(url) === "sqlite") {
  const db = openSqlite(sqliteFile(url));
  const { journal_mode: mode } = db.prepare("PRAGMA journal_mode = WAL").get() as { journal_mode: string };
  db.close();
  if (String(mode).toLowerCase() !== "wal") throw new Error(`could not switch ${sqliteFile(url)} to WAL`);
}
