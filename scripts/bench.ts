// npm run bench: a fresh database of the chosen provider (embedded SQLite by default,
// DATABASE_URL=postgresql://… for PostgreSQL), the bench data set, a production build and server,
// then seven load scenarios driven by autocannon from a separate process. Prints a table (with the
// server's resident memory after each scenario) and writes bench/results/<provider>-<date>.json.
// Stops everything it started, also on errors and Ctrl-C.
//   BENCH_SECONDS (default 10) per scenario · BENCH_MIXED_SECONDS (default 60) for the mixed run.
//   BENCH_SCALE, BENCH_EDITS_PER_SECOND, BENCH_NEW_REGISTRIES_PER_SECOND, BENCH_CHECKOUTS_PER_SECOND,
//   BENCH_EXPLAIN, BENCH_PORT, BENCH_ONLY, BENCH_DATABASE: see scripts/bench-settings.ts.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import pg from "pg";
import { baseEnv, ensureBuild, ensureClient, migrate, root } from "./lib";
import { databaseUrl, providerOf, sqliteFile } from "../lib/database-url";
import { resetEnv } from "../lib/env";
import { parseBenchSettings } from "./bench-settings";

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const MIXED_SECONDS = Number(process.env.BENCH_MIXED_SECONDS ?? 60);
const CONNECTIONS = 16;
const settings = parseBenchSettings(); // fails here, before anything starts, on a bad value
const started = Date.now();
const tsx = path.join(root, "node_modules", ".bin", "tsx");
const tmp = mkdtempSync(path.join(os.tmpdir(), "registry-bench-"));
let server: ChildProcess | undefined;
let dropDatabase: () => Promise<void> = async () => {};

async function cleanup() {
  if (server?.pid && server.exitCode === null) {
    server.kill("SIGTERM");
    await new Promise((r) => setTimeout(r, 300));
    if (server.exitCode === null) server.kill("SIGKILL");
  }
  await dropDatabase().catch((e) => console.error("could not drop the bench database:", e.message));
  rmSync(tmp, { recursive: true, force: true });
}
for (const sig of ["SIGINT", "SIGTERM"] as const)
  process.on(sig, () => {
    console.error(`\n${sig}: stopping the bench server and removing the bench database`);
    void cleanup().then(() => process.exit(130));
  });

/** A fresh database: a temp SQLite file, or a new database registry_bench_<pid> on the given PostgreSQL server; or BENCH_DATABASE, kept. */
async function freshDatabase(): Promise<string> {
  if (settings.database) return settings.database;
  const given = databaseUrl();
  if (providerOf(given) === "sqlite") return `file:${path.join(tmp, "bench.db")}`;
  const name = `registry_bench_${process.pid}`;
  const admin = new pg.Client({ connectionString: given });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  dropDatabase = async () => {
    const c = new pg.Client({ connectionString: given });
    await c.connect();
    await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await c.end();
  };
  const u = new URL(given);
  u.pathname = `/${name}`;
  return u.toString();
}

/** The loaded database's size on disk: PostgreSQL's own count, or the SQLite file and its WAL. */
async function databaseBytes(url: string): Promise<number> {
  if (providerOf(url) === "postgresql") {
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    const { rows } = await c.query<{ n: string }>("SELECT pg_database_size(current_database()) AS n");
    await c.end();
    return Number(rows[0].n);
  }
  const file = sqliteFile(url);
  return [file, `${file}-wal`].reduce((t, f) => t + (existsSync(f) ? statSync(f).size : 0), 0);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
    s.on("error", reject);
  });
}

async function waitUntilUp(base: string) {
  for (let i = 0; i < 240; i++) {
    if (server?.exitCode !== null) throw new Error(`the server exited (code ${server?.exitCode})`);
    try {
      if ((await fetch(`${base}/`)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error("the server did not answer within 60 s");
}

type Result = {
  name: string;
  requests: number;
  seconds: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  errors: number;
  non2xx: number;
  statuses: Record<string, number>;
  kBPerRequest: number;
  /** The server's resident memory (VmRSS) right after the scenario, MB. */
  rssMB?: number;
  writes?: Record<
    string,
    { perSecond: number; sent: number; ok: number; failed: number; skipped: number; p95: number; firstFailure?: string }
  >;
};

/** The server process's resident memory now (VmRSS of /proc/<pid>/status), in MB. */
function serverRss(): number {
  const kB = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${server!.pid}/status`, "utf8"))?.[1]);
  return Number((kB / 1024).toFixed(1));
}

/** The id of an app server action in this build (Next's manifest of them), as the page's form has it. */
function actionId(exportedName: string): string {
  const manifest = JSON.parse(readFileSync(path.join(root, ".next", "server", "server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { exportedName?: string }>;
  };
  const id = Object.entries(manifest.node).find(([, a]) => a.exportedName === exportedName)?.[0];
  if (!id) throw new Error(`server action ${exportedName} not found in the build`);
  return id;
}

/** A registrant's session, signed in through the sign-in form's own action; its cookies as a Cookie header. */
async function signIn(base: string, email: string, password: string): Promise<string> {
  const res = await fetch(`${base}/sign-in`, {
    method: "POST",
    headers: {
      "next-action": actionId("signInAction"),
      "content-type": "text/plain;charset=UTF-8",
      accept: "text/x-component",
      origin: base,
    },
    body: JSON.stringify([{ email, password }]),
  });
  const cookies = res.headers.getSetCookie().map((c) => c.split(";")[0]);
  await res.text();
  if (!cookies.some((c) => /authjs\.session-token=/.test(c))) throw new Error(`signing in ${email} failed (${res.status})`);
  return cookies.join("; ");
}

function load(scenario: Record<string, unknown>): Promise<Result> {
  return new Promise((resolve, reject) => {
    const child = spawn(tsx, [path.join(root, "scripts", "bench-load.ts")], {
      cwd: root,
      env: { ...process.env, BENCH_SCENARIO: JSON.stringify(scenario) },
      stdio: ["ignore", "pipe", "inherit"],
    });
    let out = "";
    child.stdout.on("data", (d) => (out += d));
    child.on("exit", (code) =>
      code === 0 ? resolve(JSON.parse(out.trim().split("\n").at(-1)!)) : reject(new Error(`load generator failed (exit ${code})`)),
    );
  });
}

/**
 * First-load JS of a route: every script the server's HTML makes a modern browser load, gzipped,
 * read from the build in .next/static (Next 16's `next build` no longer prints sizes), plus the
 * page's inline scripts, each gzipped on its own. noModule polyfills are left out: only browsers
 * without ES modules fetch them.
 */
async function firstLoadJs(base: string, route: string) {
  const html = await (await fetch(base + route)).text();
  const files = [...new Set([...html.matchAll(/<script(?![^>]*noModule)[^>]+src="\/_next\/(static\/[^"?]+\.js)/g)].map((m) => m[1]))];
  const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)(?![^>]*type="application\/(?:ld\+)?json")[^>]*>([\s\S]*?)<\/script>/g)]
    .map((m) => m[1])
    .filter((s) => s.trim());
  const gz =
    files.reduce((t, f) => t + gzipSync(readFileSync(path.join(root, ".next", f)), { level: 9 }).length, 0) +
    inline.reduce((t, s) => t + gzipSync(s, { level: 9 }).length, 0);
  return { files: files.length, inline: inline.length, kB: Number((gz / 1024).toFixed(1)) };
}

const url = await freshDatabase();
const provider = providerOf(url);
const env = baseEnv({ DATABASE_URL: url, AUTH_SECRET: randomBytes(33).toString("base64"), AUTH_TRUST_HOST: "true" });
const results: Result[] = [];
let exitCode = 0;
try {
  // A kept database (BENCH_DATABASE) is loaded once: what the scenarios need of it is kept beside it.
  const dataFile = settings.database
    ? provider === "sqlite"
      ? `${sqliteFile(url)}.bench.json`
      : path.join(os.tmpdir(), `${new URL(url).pathname.slice(1)}.bench.json`)
    : null;
  const loaded = dataFile && existsSync(dataFile) ? readFileSync(dataFile, "utf8") : null;
  console.log(
    `• Bench database: ${provider} (${settings.database ? (loaded ? "kept, loaded" : "kept, loading") : "fresh"}), scale ${settings.scale}`,
  );
  ensureClient(provider, env);
  migrate(env);
  const seeded = loaded
    ? { status: 0, stdout: loaded }
    : spawnSync(tsx, ["--conditions=react-server", "scripts/bench-seed.ts"], {
        cwd: root,
        env,
        encoding: "utf8",
        stdio: ["ignore", "pipe", "inherit"],
        maxBuffer: 256 << 20,
      });
  if (seeded.status !== 0) throw new Error("loading the bench data set failed");
  if (dataFile && !loaded) writeFileSync(dataFile, seeded.stdout);
  if (provider === "postgresql" && !loaded) {
    // Measure a settled database: otherwise autovacuum analyzes 100,000 fresh rows on the same
    // 2 cores during the run.
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    await c.query("VACUUM ANALYZE");
    await c.end();
  }
  const data = JSON.parse(seeded.stdout.trim().split("\n").at(-1)!) as {
    scale: number;
    loadSeconds: number;
    phases: Record<string, number>;
    editors: { email: string; registries: ({ registryId: number; title: string } & Record<string, unknown>)[] }[];
    editorPassword: string;
    occasionIds: number[];
    registries: number;
    items: number;
    orders: number;
    big: { id: number; slug: string };
    contention: { id: number; slug: string; itemIds: number[] };
    fundItemIds: number[];
    publicSlugs: string[];
  };
  const databaseSize = await databaseBytes(url);
  console.log(
    `• Loaded in ${data.loadSeconds} s (${Object.entries(data.phases)
      .map(([k, v]) => `${k} ${v} s`)
      .join(", ")}), database ${(databaseSize / 2 ** 20).toFixed(0)} MB`,
  );
  let plansFile: string | undefined;
  if (settings.explain) {
    const plans = spawnSync(tsx, ["--conditions=react-server", "scripts/bench-explain.ts"], {
      cwd: root,
      env,
      encoding: "utf8",
      maxBuffer: 64 << 20,
    });
    if (plans.status !== 0) throw new Error(`the query plans failed: ${plans.stderr}`);
    plansFile = path.join(root, "bench", "results", `${provider}-${new Date().toISOString().slice(0, 19).replace(/[:T]/g, "-")}-plans.md`);
    mkdirSync(path.dirname(plansFile), { recursive: true });
    writeFileSync(plansFile, plans.stdout);
    console.log(`• Query plans: ${path.relative(root, plansFile)}`);
    console.log(plans.stdout.slice(plans.stdout.lastIndexOf("## Whole-table")));
  }
  ensureBuild(provider, env);

  const port = settings.port ?? (await freePort());
  const base = `http://127.0.0.1:${port}`;
  console.log(`• Starting the production server on ${base}`);
  // The production server `npm start` runs (scripts/serve.ts: Next's handler in a Node http server).
  server = spawn(process.execPath, ["--import", "tsx", path.join(root, "scripts", "serve.ts"), "-p", String(port), "-H", "127.0.0.1"], {
    cwd: root,
    // All load comes from one client address: lift the abuse limits, or the bench measures 429s.
    env: {
      ...env,
      NODE_ENV: "production",
      REST_RATE_LIMIT_PER_MINUTE: "100000000",
      SOAP_RATE_LIMIT_PER_MINUTE: "100000000",
      SEARCH_RATE_LIMIT_PER_MINUTE: "100000000",
      CHECKOUT_RATE_LIMIT: "100000000",
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
  await waitUntilUp(base);

  const auth = await (await fetch(`${base}/global/api/giftregistry.asmx/Authenticate?username=integration&password=demo-password`)).text();
  const soapToken = /<Data>([^<]+)<\/Data>/.exec(auth)?.[1];
  if (!soapToken) throw new Error(`SOAP Authenticate failed: ${auth.slice(0, 300)}`);
  const restTotal = (
    (await (
      await fetch(`${base}/api/v2/GiftRegistries?countonly=1`, { headers: { privatekey: "demo-private-key", token: "demo-token" } })
    ).json()) as { TotalCount: number }
  ).TotalCount;
  const common = {
    base,
    connections: CONNECTIONS,
    bigSlug: data.big.slug,
    searchTerms: ["ander", "son", "mia", "gonz", "liam t", "rivera", "tanaka", "ez"],
    restHeaders: { privatekey: "demo-private-key", token: "demo-token" },
    // Every page of active registries, as the API counts them (deactivated ones are not listed).
    restOffsets: Array.from({ length: Math.ceil(restTotal / 100) }, (_, i) => i * 100),
    soapToken,
    soapRegistryId: data.big.id,
    checkoutSlug: data.big.slug,
    checkoutItemIds: data.fundItemIds,
  };
  const only = (n: number) => settings.only.includes(n);
  // Warm-up (not measured): compile paths, fill the connection pool.
  await load({ ...common, name: "warm-up", kind: "mixed", seconds: 3, connections: 4 });
  await load({ ...common, name: "warm-up", kind: "rest", seconds: 1, connections: 2 });
  await load({ ...common, name: "warm-up", kind: "soap", seconds: 1, connections: 2 });
  // The order path too (the mixed warm-up places a handful): a run of BENCH_ONLY=5 alone otherwise
  // measured a server still compiling it (PostgreSQL: median 41 orders/s alone, 56.8 after scenarios 1-4).
  if (only(5)) await load({ ...common, name: "warm-up", kind: "checkout", seconds: 3, connections: CONNECTIONS });

  /** Each scenario's row by its number (BENCH_ONLY may leave some out). */
  const rows = new Map<number, Result>();
  const run = async (name: string, kind: string, extra: Record<string, unknown> = {}) => {
    process.stdout.write(`• ${name} … `);
    const r = await load({ ...common, name, kind, seconds: SECONDS, ...extra });
    r.rssMB = serverRss();
    console.log(`${r.rps} req/s, p95 ${r.p95} ms, server RSS ${r.rssMB} MB`);
    results.push(r);
    rows.set(Number(name.split(" ")[0]), r);
    return r;
  };
  if (only(1)) await run("1 registry page (500 items)", "page");
  if (only(2)) await run("2 search by partial name", "search");
  if (only(3)) {
    // Store systems walk every page again and again: the first walk reads every registry from the
    // database (its row, no target), the measured one is the walk after it.
    const pages = common.restOffsets.length;
    process.stdout.write(`• 3 REST list, first walk of all ${pages} pages (cold) … `);
    const cold = await load({ ...common, name: "3 REST list, first walk (cold)", kind: "rest", amount: pages });
    cold.rssMB = serverRss();
    console.log(`${cold.rps} req/s, p95 ${cold.p95} ms, server RSS ${cold.rssMB} MB`);
    results.push(cold);
    await run("3 REST list limit=100", "rest");
  }
  if (only(4)) await run("4 SOAP GetRegistry (500 items)", "soap");
  // The race in rounds, each on a fresh gift with 50 available: one 200-request burst lasts about half
  // a second, too short for one sample to say much on a shared 2-core machine. The table shows the
  // median round; every round is checked and kept.
  if (only(5)) process.stdout.write("• 5 checkout race (200 buyers, 50 units) … ");
  const rounds: Result[] = [];
  for (const [i, itemId] of only(5) ? data.contention.itemIds.entries() : [])
    rounds.push(
      await load({
        ...common,
        name: `5 checkout race round ${i + 1}`,
        kind: "checkout",
        connections: 200,
        amount: 200,
        checkoutSlug: data.contention.slug,
        checkoutItemIds: [itemId],
      }),
    );
  const perSecond = (r: Result) => Number(((r.statuses["201"] ?? 0) / r.seconds).toFixed(1));
  const median = [...rounds].sort((a, b) => perSecond(a) - perSecond(b))[Math.floor(rounds.length / 2)];
  if (median) {
    console.log(`${rounds.map(perSecond).join(" · ")} orders/s`);
    results.push({ ...median, name: "5 checkout race (200 buyers, 50 units)", rssMB: serverRss() });
    rows.set(5, results.at(-1)!);
  }
  if (only(6)) await run("6 mixed wedding Saturday", "mixed", { seconds: MIXED_SECONDS });
  // Last: its new registries and edits change what the other scenarios would read.
  const editors = [];
  if (only(7))
    for (const e of data.editors)
      if (e.registries.length) editors.push({ cookie: await signIn(base, e.email, data.editorPassword), registries: e.registries });
  const editing = only(7)
    ? await run("7 search while registrants edit", "search-edits", {
        seconds: 2 * SECONDS,
        writes: settings.writes,
        actions: { update: actionId("updateRegistryAction"), create: actionId("createRegistryAction") },
        editors,
        occasionIds: data.occasionIds,
      })
    : null;
  for (const [kind, w] of Object.entries(editing?.writes ?? {}))
    console.log(
      `    ${kind}: ${w.perSecond}/s done (${w.ok} ok, ${w.failed} failed, ${w.skipped} skipped), p95 ${w.p95} ms${w.firstFailure ? ` — first failure: ${w.firstFailure.slice(0, 200)}` : ""}`,
    );

  // Each round, checked in the database: exactly 50 units locked, 50 orders, 150 clean refusals.
  process.env.DATABASE_URL = url;
  resetEnv(); // lib/db reads it through env(), parsed above with the given one
  const { prisma } = await import("../lib/db");
  const raceRounds = [];
  for (const [i, itemId] of median ? data.contention.itemIds.entries() : []) {
    const r = rounds[i];
    const [item, lines] = await Promise.all([
      prisma.registryItem.findUniqueOrThrow({ where: { id: itemId }, select: { locked: true } }),
      prisma.orderLine.aggregate({ where: { itemId }, _sum: { quantity: true }, _count: true }),
    ]);
    const placed = r.statuses["201"] ?? 0;
    const refused409 = r.statuses["409"] ?? 0;
    const round = {
      placed,
      refused409,
      other: r.requests - placed - refused409 + r.errors,
      lockedInDb: item.locked,
      orderLinesInDb: lines._count,
      unitsOnLines: lines._sum.quantity ?? 0,
      seconds: r.seconds,
      ordersPerSecond: perSecond(r),
    };
    raceRounds.push({
      ...round,
      ok:
        placed === 50 && refused409 === 150 && round.other === 0 && item.locked === 50 && lines._count === 50 && round.unitsOnLines === 50,
    });
  }
  await prisma.$disconnect();
  const contention = median && { rounds: raceRounds, ordersPerSecond: perSecond(median), medianRound: rounds.indexOf(median) + 1 };
  const raceOk = raceRounds.every((r) => r.ok);

  const bundles: Record<string, { files: number; kB: number }> = {};
  for (const route of ["/", "/search", `/r/${data.big.slug}`, `/r/${data.big.slug}/checkout`])
    bundles[route.replace(data.big.slug, "[slug]")] = await firstLoadJs(base, route);

  // Each target with the scenario it reads (0: none); only those of the scenarios run are checked.
  const ok = (n: number) => rows.get(n)!;
  const clean = (r: Result) => r.errors + r.non2xx === 0;
  const allTargets: [number, string, () => boolean][] = [
    [1, "registry page p95 ≤ 150 ms", () => ok(1).p95 <= 150 && clean(ok(1))],
    [2, "search p95 ≤ 100 ms", () => ok(2).p95 <= 100 && clean(ok(2))],
    [3, "REST list ≥ 150 req/s", () => ok(3).rps >= 150 && clean(ok(3))],
    [4, "SOAP GetRegistry p95 ≤ 150 ms", () => ok(4).p95 <= 150 && clean(ok(4))],
    [5, "checkout race: 50 locked, 150 refused, no oversell (every round)", () => raceOk],
    [5, "checkout race ≥ 50 orders/s (median round)", () => contention!.ordersPerSecond >= 50],
    [6, "mixed: zero errors, p95 ≤ 200 ms", () => ok(6).errors === 0 && ok(6).non2xx === 0 && ok(6).p95 <= 200],
    [
      7,
      "search while registrants edit: p95 ≤ 100 ms, 0 errors, every write done",
      () => ok(7).p95 <= 100 && clean(ok(7)) && Object.values(ok(7).writes ?? {}).every((w) => w.failed + w.skipped === 0),
    ],
    // The framework's runtime is shared by every page; what the registry page adds is its basket and the
    // RSC payload of its 24 gifts. Lighthouse (docs/performance.md) is the measure of the whole page.
    [0, "registry page's own JS and data ≤ 10 kB gz beyond the home page's", () => bundles["/r/[slug]"].kB - bundles["/"].kB <= 10],
  ];
  const targets = allTargets.filter(([n]) => n === 0 || rows.has(n)).map(([, name, met]) => [name, met()] as const);

  const pad = (s: unknown, n: number, right = false) => (right ? String(s).padEnd(n) : String(s).padStart(n));
  console.log(
    `\nWishwell bench — ${provider}, ${os.cpus().length} cores, ${CONNECTIONS} connections, ${SECONDS} s per scenario (mixed ${MIXED_SECONDS} s)`,
  );
  console.log(
    `data (scale ${data.scale}): ${data.registries} registries, ${data.items} items, ${data.orders} orders, loaded in ${data.loadSeconds} s, ${(databaseSize / 2 ** 20).toFixed(0)} MB\n`,
  );
  console.log(
    `${pad("scenario", 40, true)} ${pad("req/s", 8)} ${pad("p50 ms", 8)} ${pad("p95 ms", 8)} ${pad("p99 ms", 8)} ${pad("errors", 7)} ${pad("non-2xx", 8)} ${pad("kB/req", 7)} ${pad("RSS MB", 7)}`,
  );
  for (const r of results)
    console.log(
      `${pad(r.name, 40, true)} ${pad(r.rps, 8)} ${pad(r.p50, 8)} ${pad(r.p95, 8)} ${pad(r.p99, 8)} ${pad(r.errors, 7)} ${pad(r.non2xx, 8)} ${pad(r.kBPerRequest, 7)} ${pad(r.rssMB ?? "", 7)}`,
    );
  if (editing)
    console.log(
      `\nrow 7's writes (asked: ${settings.writes.editsPerSecond} edits/s, ${settings.writes.newRegistriesPerSecond} new registries/s, ${settings.writes.checkoutsPerSecond} checkouts/s): ${Object.entries(
        editing.writes ?? {},
      )
        .map(([k, w]) => `${k} ${w.perSecond}/s (${w.failed} failed, ${w.skipped} skipped, p95 ${w.p95} ms)`)
        .join(" · ")}`,
    );
  if (contention) console.log(`\ncheckout race, ${raceRounds.length} rounds (row 5 is the median, round ${contention.medianRound}):`);
  for (const [i, r] of raceRounds.entries())
    console.log(
      `  round ${i + 1}: ${r.placed} placed (201), ${r.refused409} refused (409), ${r.other} other; in the database ${r.lockedInDb} locked on ${r.orderLinesInDb} order lines; ${r.seconds} s, ${r.ordersPerSecond} orders/s ${r.ok ? "✓" : "✗ WRONG"}`,
    );
  console.log(
    `first-load JS (gzip): ${Object.entries(bundles)
      .map(([r, b]) => `${r} ${b.kB} kB`)
      .join(" · ")}\n`,
  );
  for (const [t, ok] of targets) console.log(`${ok ? "✓" : "✗"} ${t}`);

  const date = new Date().toISOString().slice(0, 19).replace(/[:T]/g, "-");
  const file = path.join(root, "bench", "results", `${provider}-${date}.json`);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(
    file,
    JSON.stringify(
      {
        provider,
        date: new Date().toISOString(),
        commit: spawnSync("git", ["rev-parse", "--short", "HEAD"], { cwd: root, encoding: "utf8" }).stdout.trim(),
        machine: { cores: os.cpus().length, cpu: os.cpus()[0]?.model, node: process.version },
        connections: CONNECTIONS,
        seconds: SECONDS,
        mixedSeconds: MIXED_SECONDS,
        scale: data.scale,
        writesAsked: settings.writes,
        data: {
          registries: data.registries,
          items: data.items,
          orders: data.orders,
          loadSeconds: data.loadSeconds,
          loadPhases: data.phases,
          databaseBytes: databaseSize,
        },
        ...(plansFile && { plans: path.relative(root, plansFile) }),
        scenarios: results,
        contention,
        firstLoadJs: bundles,
        targets: Object.fromEntries(targets),
      },
      null,
      2,
    ) + "\n",
  );
  console.log(`\n• Wrote ${path.relative(root, file)} (${((Date.now() - started) / 1000).toFixed(0)} s in all)`);
  if (!raceOk) exitCode = 1; // oversell or unclean refusals are bugs, not slowness
} catch (e) {
  console.error(e);
  exitCode = 1;
} finally {
  await cleanup();
}
process.exit(exitCode);
