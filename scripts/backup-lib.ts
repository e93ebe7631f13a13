// Online backup and restore for both providers (used by npm run db:backup / db:restore and tests).
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, rmSync } from "node:fs";
import { providerOf, sqliteFile } from "../lib/database-url";
import { openSqlite } from "../lib/sqlite-adapter";

/** SQLite: VACUUM INTO takes a consistent copy while the app keeps running. PostgreSQL: pg_dump (custom format). */
export async function backup(url: string, file: string) {
  if (existsSync(file)) throw new Error(`${file} already exists`);
  if (providerOf(url) === "sqlite") {
    const db = openSqlite(sqliteFile(url));
    try {
      db.prepare("VACUUM INTO ?").run(file);
    } finally {
      db.close();
    }
  } else {
    execFileSync("pg_dump", ["--format=custom", "--no-owner", "--file", file, url], { stdio: ["ignore", "inherit", "inherit"] });
  }
}

/** Restore into the database at `url` (SQLite: stop the app first; the file is replaced). */
export function restore(url: string, file: string) {
  if (!existsSync(file)) throw new Error(`${file} not found`);
  if (providerOf(url) === "sqlite") {
    const target = sqliteFile(url);
    for (const suffix of ["-wal", "-shm", "-journal"]) rmSync(target + suffix, { force: true });
    copyFileSync(file, target);
  } else {
    execFileSync("pg_restore", ["--clean", "--if-exists", "--no-owner", "--dbname", url, file], {
      stdio: ["ignore", "inherit", "inherit"],
    });
  }
}
