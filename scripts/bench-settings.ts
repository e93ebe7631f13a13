// Settings of `npm run bench` (not of the app: they live here, not in lib/env.ts), parsed once.
//   BENCH_SCALE (default 1): load N× the data set — N × 2,000 registries, N × 100,000 items.
//   BENCH_EDITS_PER_SECOND (default 7), BENCH_NEW_REGISTRIES_PER_SECOND (default 1),
//   BENCH_CHECKOUTS_PER_SECOND (default 3): the writes of the "search while registrants edit" scenario.
//   BENCH_PORT (default: any free port): where the bench's server listens, on 127.0.0.1.
//   BENCH_EXPLAIN=1: write the query plans of search and the registry page on the loaded data
//   (scripts/bench-explain.ts) to bench/results/<provider>-<date>-plans.md.
//   BENCH_ONLY (default: all): the scenarios to run, by number ("7", "1,2,7").
//   BENCH_DATABASE (default: a fresh one, removed afterwards): a database URL to load once and keep,
//   so runs before and after a change measure the same data (a scale-10 load takes minutes).

/** A whole number ≥ min from the environment, or the default when unset or empty; anything else is an error. */
function intSetting(env: Record<string, string | undefined>, name: string, fallback: number, min: number): number {
  const raw = env[name]?.trim();
  if (raw === undefined || raw === "") return fallback;
  if (!/^\d+$/.test(raw) || Number(raw) < min || !Number.isSafeInteger(Number(raw)))
    throw new Error(`${name} must be a whole number ≥ ${min} (got "${env[name]}")`);
  return Number(raw);
}

/** A rate (per second, ≥ 0, decimals allowed) from the environment, or the default. */
function rateSetting(env: Record<string, string | undefined>, name: string, fallback: number): number {
  const raw = env[name]?.trim();
  if (raw === undefined || raw === "") return fallback;
  const n = Number(raw);
  if (!/^\d+(\.\d+)?$/.test(raw) || !Number.isFinite(n) || n > 1000)
    throw new Error(`${name} must be a rate per second from 0 to 1000 (got "${env[name]}")`);
  return n;
}

function flagSetting(env: Record<string, string | undefined>, name: string): boolean {
  const raw = env[name]?.trim() ?? "";
  if (raw === "" || raw === "0") return false;
  if (raw === "1") return true;
  throw new Error(`${name} must be 1 or 0 (got "${env[name]}")`);
}

function portSetting(env: Record<string, string | undefined>): number {
  const port = intSetting(env, "BENCH_PORT", 0, 1);
  if (port > 65535) throw new Error(`BENCH_PORT must be a port number (got "${env.BENCH_PORT}")`);
  return port;
}

/** Scenario numbers, 1–7, comma-separated; all when unset. */
function scenariosSetting(env: Record<string, string | undefined>): number[] {
  const raw = env.BENCH_ONLY?.trim();
  if (!raw) return [1, 2, 3, 4, 5, 6, 7];
  const list = raw.split(",").map((s) => s.trim());
  if (!list.every((s) => /^[1-7]$/.test(s)))
    throw new Error(`BENCH_ONLY must list scenario numbers 1–7, e.g. "7" or "1,2,7" (got "${raw}")`);
  return [...new Set(list.map(Number))].sort();
}

function databaseSetting(env: Record<string, string | undefined>): string | null {
  const raw = env.BENCH_DATABASE?.trim();
  if (!raw) return null;
  if (!/^(file:|postgres(ql)?:\/\/)/.test(raw)) throw new Error(`BENCH_DATABASE must be a file: or postgresql:// URL (got "${raw}")`);
  return raw;
}

export type BenchSettings = {
  /** Multiplier of the data set: registries, items and (through them) orders. */
  scale: number;
  /** Registry edits, new registries and checkouts per second during "search while registrants edit". */
  writes: { editsPerSecond: number; newRegistriesPerSecond: number; checkoutsPerSecond: number };
  explain: boolean;
  /** null: any free port. */
  port: number | null;
  /** The scenarios to run, by number. */
  only: number[];
  /** A database to load once and keep (null: a fresh one, removed afterwards). */
  database: string | null;
};

export function parseBenchSettings(env: Record<string, string | undefined> = process.env): BenchSettings {
  return {
    scale: intSetting(env, "BENCH_SCALE", 1, 1),
    writes: {
      editsPerSecond: rateSetting(env, "BENCH_EDITS_PER_SECOND", 7),
      newRegistriesPerSecond: rateSetting(env, "BENCH_NEW_REGISTRIES_PER_SECOND", 1),
      checkoutsPerSecond: rateSetting(env, "BENCH_CHECKOUTS_PER_SECOND", 3),
    },
    explain: flagSetting(env, "BENCH_EXPLAIN"),
    port: env.BENCH_PORT?.trim() ? portSetting(env) : null,
    only: scenariosSetting(env),
    database: databaseSetting(env),
  };
}
