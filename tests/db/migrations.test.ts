// Migrations apply from an empty database on the provider under test (scripts/migrations.ts).
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { databaseUrl, providerOf } from "../../lib/database-url";
import { withFreshPgDatabase } from "../helpers/fresh-pg";

const root = path.resolve(import.meta.dirname, "../..");
const url = databaseUrl();
const provider = providerOf(url);
const deploy = (DATABASE_URL: string) =>
  execFileSync(path.join(root, "node_modules/.bin/tsx"), ["scripts/migrations.ts", "deploy"], {
    cwd: root,
    env: { ...process.env, DATABASE_URL },
    encoding: "utf8",
  });

describe(`migrations (${provider})`, () => {
  it("apply from empty and a second run has nothing to do", async () => {
    if (provider === "sqlite") {
      const dir = mkdtempSync(path.join(os.tmpdir(), "mig-"));
      const fresh = `file:${path.join(dir, "fresh.db")}`;
      expect(deploy(fresh)).toMatch(/^Applied \d+ migrations/m);
      expect(deploy(fresh)).toMatch(/No pending migrations/i);
      rmSync(dir, { recursive: true, force: true });
    } else {
      await withFreshPgDatabase(url, "mig_test", async (fresh) => {
        expect(deploy(fresh)).toMatch(/^Applied \d+ migrations/m);
        expect(deploy(fresh)).toMatch(/No pending migrations/i);
        const check = new pg.Client({ connectionString: fresh });
        await check.connect();
        const { rows } = await check.query(
          `SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema = 'public' AND table_name = 'RegistryItem'`,
        );
        await check.end();
        expect(rows[0].n).toBe(1);
      });
    }
  });
});
