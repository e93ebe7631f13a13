// The query plans of what guests read most, on the data set loaded (npm run bench, or
// `tsx --conditions=react-server scripts/bench-seed.ts` with BENCH_SCALE): guest search (the
// page cache's fingerprint, the count and the page of results) and the guest registry page (its
// fingerprint, the registry row and its items). The app's own functions run as they do in a request;
// every statement they send to the database is recorded at the driver and explained — PostgreSQL
// `EXPLAIN (ANALYZE, BUFFERS)`, SQLite `EXPLAIN QUERY PLAN` — and a plan that reads a whole
// Registry or RegistryItem table (or a whole index of one) is flagged.
//   DATABASE_URL=… tsx --conditions=react-server scripts/bench-explain.ts [search term] [registry slug]
// PostgreSQL plans here are custom plans for these values; the server's named prepared statements
// may switch to a generic plan after five runs (plan_cache_mode), which can differ.
import Database from "libsql";
import pg from "pg";
import { databaseUrl, providerOf, sqliteFile } from "../lib/database-url";

type Recorded = { sql: string; args: unknown[] };
const url = databaseUrl();
const provider = providerOf(url);
let recording: Recorded[] | null = null;

// Record at the driver, under the app's own client: the SQL is what Prisma and the raw queries send.
if (provider === "postgresql") {
  const query = pg.Client.prototype.query as (...a: unknown[]) => unknown;
  pg.Client.prototype.query = function (this: pg.Client, ...a: unknown[]) {
    const [q, values] = a as [string | { text: string; values?: unknown[] }, unknown[] | undefined];
    const sql = typeof q === "string" ? q : q?.text;
    if (recording && sql) recording.push({ sql, args: (typeof q === "string" ? values : q.values) ?? [] });
    return query.apply(this, a);
  } as typeof pg.Client.prototype.query;
} else {
  type Stmt = Record<"all" | "run" | "get", (args?: unknown[]) => unknown>;
  const proto = Database.prototype as unknown as { prepare: (sql: string) => Stmt };
  const prepare = proto.prepare;
  proto.prepare = function (this: unknown, sql: string) {
    const stmt = prepare.call(this, sql);
    for (const method of ["all", "run", "get"] as const) {
      const original = stmt[method].bind(stmt);
      stmt[method] = (args?: unknown[]) => {
        if (recording) recording.push({ sql, args: args ?? [] });
        return original(args);
      };
    }
    return stmt;
  };
}

const { prisma } = await import("../lib/db");
const { searchPublicRegistries } = await import("../lib/data/search");
const { findGuestRegistry } = await import("../lib/data/guest");
const { guestSearchFingerprint } = await import("../lib/data/search");
const { guestPageFingerprint } = await import("../lib/data/change-cache");
const { restRegistryPage } = await import("../lib/data/rest-registries");

const term = process.argv[2] ?? "ander";
const slug =
  process.argv[3] ??
  (await prisma.registry.findFirst({ where: { title: "The Big Wedding (500 gifts)" }, select: { slug: true } }))?.slug ??
  (await prisma.registry.findFirstOrThrow({ where: { active: true, visibility: "PUBLIC" }, select: { slug: true } })).slug;
const [registries, items] = await Promise.all([prisma.registry.count(), prisma.registryItem.count()]);

async function recorded(run: () => Promise<unknown>): Promise<Recorded[]> {
  recording = [];
  await run();
  const out = recording.filter((r) => /^\s*(SELECT|WITH)/i.test(r.sql));
  recording = null;
  return out;
}

const paths: [string, () => Promise<unknown>][] = [
  [
    `search: the page cache's key for "${term}" (lib/data/search.ts guestSearchFingerprint)`,
    () => guestSearchFingerprint(new URLSearchParams({ name: term })),
  ],
  [`search: results for "${term}" (lib/data/search.ts searchPublicRegistries)`, () => searchPublicRegistries({ name: term })],
  // A name nobody has: the worst case of a plan that walks an index in order until it has a page.
  ['search: results for "qqq" (no registry matches)', () => searchPublicRegistries({ name: "qqq" })],
  // Under 3 characters there are no trigrams: SQLite falls back to LIKE over the active public registries.
  ['search: results for "ez" (2 characters)', () => searchPublicRegistries({ name: "ez" })],
  ["registry page: the page cache's fingerprint (guestPageFingerprint)", () => guestPageFingerprint(slug)],
  ["registry page: the registry and its items (lib/data/guest.ts findGuestRegistry)", () => findGuestRegistry(slug)],
  // The bench's REST list walks every page: the last one is the deepest offset.
  [
    "REST list: the last page's fingerprint (lib/data/rest-registries.ts restRegistryPage)",
    () => restRegistryPage({}, { limit: 100, offset: Math.max(0, registries - 100) }),
  ],
];

/**
 * Whether a plan reads a whole Registry or RegistryItem table. PostgreSQL: a sequential scan, or an
 * index read without an Index Cond over at least half the table's rows (an ordered walk that stops
 * at its LIMIT is not); SQLite: a SCAN of the table or of one of its indexes (SEARCH is a lookup).
 */
function wholeTableRead(plan: string, sizes: Record<string, number>): string | null {
  if (provider === "sqlite")
    // Registry_active_visibility_idx selects every active public registry (78 % of them): a whole read too.
    return (
      /\bSCAN (Registry|RegistryItem)\b.*|\bSEARCH (main\.)?Registry USING INDEX Registry_active_visibility_idx.*/.exec(plan)?.[0] ?? null
    );
  const lines = plan.split("\n");
  for (const [i, line] of lines.entries()) {
    const m = /(Seq Scan|Index Scan|Index Only Scan)(?: Backward)?(?: using \S+)? on "?(Registry|RegistryItem)"?[ "]/.exec(line);
    if (!m) continue;
    const indent = line.search(/\S/);
    const own = [];
    for (const next of lines.slice(i + 1)) {
      if (next.search(/\S/) <= indent || /->/.test(next)) break;
      own.push(next);
    }
    const rows = Number(/actual time=[\d.]+\.\.[\d.]+ rows=(\d+) loops=(\d+)/.exec(line)?.[1] ?? 0);
    const removed = Number(/Rows Removed by Filter: (\d+)/.exec(own.join("\n"))?.[1] ?? 0);
    const read = rows + removed;
    if (m[1] === "Seq Scan" || (!own.some((l) => /Index Cond/.test(l)) && read >= sizes[m[2]] / 2))
      return `${line.trim().replace(/\s*\(cost.*$/, "")} — ${read} rows read of ${sizes[m[2]]}`;
  }
  return null;
}

const pgClient = provider === "postgresql" ? new pg.Client({ connectionString: url }) : null;
await pgClient?.connect();
const sqlite = provider === "sqlite" ? new Database(sqliteFile(url), { readonly: true }) : null;

async function explain(r: Recorded): Promise<string> {
  if (pgClient) {
    const res = await pgClient.query(`EXPLAIN (ANALYZE, BUFFERS) ${r.sql}`, r.args as unknown[]);
    return res.rows.map((row) => row["QUERY PLAN"]).join("\n");
  }
  const rows = sqlite!.prepare(`EXPLAIN QUERY PLAN ${r.sql}`).all(r.args as never) as { id: number; parent: number; detail: string }[];
  const depth = new Map<number, number>([[0, 0]]);
  return rows
    .map((row) => {
      const d = (depth.get(row.parent) ?? 0) + 1;
      depth.set(row.id, d);
      return `${"  ".repeat(d - 1)}${row.detail}`;
    })
    .join("\n");
}

console.log(`# Query plans — ${provider}, ${registries} registries, ${items} items (search "${term}", registry /r/${slug})\n`);
const findings: string[] = [];
for (const [name, run] of paths) {
  // A first (cold) call: what a cache miss reads; the items of a registry then come from memory.
  const statements = await recorded(run);
  console.log(`## ${name}\n`);
  if (statements.length === 0) console.log("(no statement: answered from the process's memory)\n");
  for (const [i, r] of statements.entries()) {
    const plan = await explain(r);
    const whole = wholeTableRead(plan, { Registry: registries, RegistryItem: items });
    if (whole) findings.push(`${name} — statement ${i + 1}: ${whole}`);
    console.log(
      `${i + 1}. ${r.sql.replace(/\s+/g, " ").trim()}\n   args: ${JSON.stringify(r.args, (_, v: unknown) => (typeof v === "bigint" ? String(v) : v)).slice(0, 200)}\n\n${plan.replace(/^/gm, "    ")}\n`,
    );
  }
}
console.log(`## Whole-table reads of Registry / RegistryItem (${registries} / ${items} rows)\n`);
console.log(findings.length ? findings.map((f) => `- ${f}`).join("\n") : "- none");
await pgClient?.end();
sqlite?.close();
await prisma.$disconnect();
