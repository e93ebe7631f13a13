// npm test: every test — unit and database (Vitest), then browser and API (Playwright) against a
// production build on a fresh temporary database. Ends with one plain line: N passed, N failed, N skipped.
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { baseEnv, ensureBuild, ensureClient, migrate, root, seed } from "./lib";
import { databaseUrl, providerOf } from "../lib/database-url";

type Counts = { passed: number; failed: number; skipped: number };
const total: Counts = { passed: 0, failed: 0, skipped: 0 };
const add = (c: Counts) => ((total.passed += c.passed), (total.failed += c.failed), (total.skipped += c.skipped));
const bin = (n: string) => path.join(root, "node_modules", ".bin", n);
const tmp = mkdtempSync(path.join(os.tmpdir(), "registry-test-"));

/** What the browser and SOAP-client specs run: Debian's Chromium, Python zeep and suds, PHP's SoapClient. */
const SYSTEM_TOOLS = [
  { pkg: "chromium", present: () => existsSync(process.env.CHROMIUM_PATH ?? "/usr/bin/chromium") },
  { pkg: "python3-zeep", present: () => spawnSync("/usr/bin/python3", ["-c", "import zeep"]).status === 0 },
  { pkg: "python3-suds", present: () => spawnSync("/usr/bin/python3", ["-c", "import suds"]).status === 0 },
  { pkg: "php-cli php-soap", present: () => /^soap$/m.test(spawnSync("php", ["-m"], { encoding: "utf8" }).stdout ?? "") },
];

function ensureSystemTools() {
  const missing = SYSTEM_TOOLS.filter((t) => !t.present()).flatMap((t) => t.pkg.split(" "));
  if (missing.length === 0) return;
  if (process.getuid?.() !== 0)
    throw new Error(`Missing for the tests: install Debian's ${missing.join(" ")} (apt-get install -y ${missing.join(" ")})`);
  console.log(`• Installing Debian's ${missing.join(", ")} for the browser and SOAP-client tests`);
  for (const args of [
    ["update", "-qq"],
    ["install", "-y", "-qq", ...missing],
  ]) {
    const r = spawnSync("apt-get", args, { stdio: "inherit", env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } });
    if (r.status !== 0) throw new Error(`apt-get install ${missing.join(" ")} failed`);
  }
}

/** A fresh database: a temp SQLite file, or (DATABASE_URL=postgresql://…) a new database on that server. */
async function freshDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const given = databaseUrl();
  if (providerOf(given) === "sqlite") return { url: `file:${path.join(tmp, "test.db")}`, drop: async () => {} };
  const name = `registry_test_${process.pid}_${Date.now()}`;
  const admin = new pg.Client({ connectionString: given });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const u = new URL(given);
  u.pathname = `/${name}`;
  return {
    url: u.toString(),
    drop: async () => {
      const c = new pg.Client({ connectionString: given });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await c.end();
    },
  };
}

function runVitest(env: NodeJS.ProcessEnv): Counts {
  const out = path.join(tmp, "vitest.json");
  spawnSync(bin("vitest"), ["run", "--reporter=default", "--reporter=json", `--outputFile.json=${out}`], {
    cwd: root,
    env,
    stdio: "inherit",
  });
  if (!existsSync(out)) return { passed: 0, failed: 1, skipped: 0 };
  const r = JSON.parse(readFileSync(out, "utf8"));
  return {
    passed: r.numPassedTests,
    failed: r.numFailedTests + (r.success || r.numFailedTests ? 0 : 1),
    skipped: r.numPendingTests + r.numTodoTests,
  };
}

function runPlaywright(env: NodeJS.ProcessEnv): Counts {
  const out = path.join(tmp, "playwright.json");
  const args = ["test", ...(process.env.E2E_ARGS ? process.env.E2E_ARGS.split(" ") : [])];
  const r = spawnSync(bin("playwright"), args, { cwd: root, env: { ...env, SUMMARY_FILE: out }, stdio: "inherit" });
  if (!existsSync(out)) return { passed: 0, failed: 1, skipped: 0 };
  const c = JSON.parse(readFileSync(out, "utf8")) as Counts;
  if (r.status !== 0 && c.failed === 0) c.failed = 1; // the runner itself failed (e.g. the server did not start)
  return c;
}

const db = await freshDatabase();
const provider = providerOf(db.url);
const env = baseEnv({ DATABASE_URL: db.url, AUTH_SECRET: randomBytes(33).toString("base64"), AUTH_TRUST_HOST: "true" });
try {
  console.log(`• Test database: ${provider}`);
  ensureClient(provider, env);
  migrate(env);
  seed(env);
  if (process.env.TEST_SUITE !== "e2e") add(runVitest(env));
  if (process.env.TEST_SUITE !== "db") {
    ensureSystemTools();
    ensureBuild(provider, env);
    add(runPlaywright(env));
  }
} catch (e) {
  console.error(e);
  total.failed += 1;
} finally {
  await db.drop().catch(() => {});
  rmSync(tmp, { recursive: true, force: true });
}
console.log(`${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
process.exit(total.failed > 0 ? 1 : 0);
