// The load generator of `npm run bench`, in its own process so it never competes with the server's
// event loop: runs one scenario with autocannon and prints one JSON line with the measurements.
// Input: env BENCH_SCENARIO = JSON { name, base, connections, seconds?, amount?, kind, ... }.
// Kind "search-edits" also runs, alongside the searches, a steady stream of writes as registrants
// and guests make them: registry edits and new registries through the app's own server actions
// (signed-in sessions, the requests the edit and new-registry forms send) and JSON checkouts.
import autocannon from "autocannon";
import { emptyRegistry } from "../lib/validations/registry";

type Scenario = {
  name: string;
  base: string;
  connections: number;
  seconds?: number;
  amount?: number;
  kind: "page" | "search" | "rest" | "soap" | "checkout" | "mixed" | "search-edits";
  bigSlug: string;
  searchTerms: string[];
  restHeaders: Record<string, string>;
  restOffsets: number[];
  soapToken: string;
  soapRegistryId: number;
  checkoutSlug: string;
  checkoutItemIds: number[];
  /** search-edits: writes per second of each kind, and what they need. */
  writes?: { editsPerSecond: number; newRegistriesPerSecond: number; checkoutsPerSecond: number };
  actions?: { update: string; create: string };
  /** Signed-in registrants: their session cookie and the edit form's values of some of their registries. */
  editors?: { cookie: string; registries: ({ registryId: number; title: string } & Record<string, unknown>)[] }[];
  occasionIds?: number[];
};
type Req = { method: string; path: string; headers: Record<string, string>; body?: string };

const s = JSON.parse(process.env.BENCH_SCENARIO ?? "{}") as Scenario;
let n = 0;
const pick = <T>(a: T[]) => a[Math.floor(Math.random() * a.length)];

const page = (): Req => ({ method: "GET", path: `/r/${s.bigSlug}`, headers: {} });
const search = (): Req => ({
  method: "GET",
  path: `/search?name=${encodeURIComponent(s.searchTerms[n++ % s.searchTerms.length])}`,
  headers: {},
});
const rest = (): Req => ({
  method: "GET",
  path: `/api/v2/GiftRegistries?limit=100&offset=${s.restOffsets[n++ % s.restOffsets.length]}`,
  headers: { accept: "application/json", ...s.restHeaders },
});
const soapBody = (token: string, id: number) =>
  `<?xml version="1.0" encoding="utf-8"?><soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body><GetRegistry xmlns="http://tempuri.org/"><authenticationToken>${token}</authenticationToken><registryID>${id}</registryID></GetRegistry></soap:Body></soap:Envelope>`;
const soap = (): Req => ({
  method: "POST",
  path: "/global/api/giftregistry.asmx",
  headers: { "content-type": "text/xml; charset=utf-8", soapaction: '"http://tempuri.org/GetRegistry"' },
  body: soapBody(s.soapToken, s.soapRegistryId),
});
const checkout = (): Req => {
  const i = n++;
  return {
    method: "POST",
    path: "/api/checkout",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      slug: s.checkoutSlug,
      buyerName: `Bench Buyer ${process.pid}-${i}`,
      buyerEmail: `buyer${i}@example.com`,
      giftMessage: "",
      shipToRegistrant: true,
      lines: [{ itemId: pick(s.checkoutItemIds), quantity: 1 }],
    }),
  };
};
// A wedding Saturday: 90 % page views, 8 % searches, 2 % checkouts.
const mixed = (): Req => {
  const r = Math.random();
  return r < 0.9 ? page() : r < 0.98 ? search() : checkout();
};
const build = { page, search, rest, soap, checkout, mixed, "search-edits": search }[s.kind];

type WriteKind = "edits" | "newRegistries" | "checkouts";
type WriteStats = { sent: number; ok: number; failed: number; skipped: number; latencies: number[]; firstFailure?: string };
const writeStats: Record<WriteKind, WriteStats> = {
  edits: { sent: 0, ok: 0, failed: 0, skipped: 0, latencies: [] },
  newRegistries: { sent: 0, ok: 0, failed: 0, skipped: 0, latencies: [] },
  checkouts: { sent: 0, ok: 0, failed: 0, skipped: 0, latencies: [] },
};
let writesInFlight = 0;
const MAX_WRITES_IN_FLIGHT = 32; // a server that falls behind is not sent an ever longer queue: later ticks are skipped (counted)

/** A server action as the browser's form sends it: the action's id, its arguments encoded as React does for plain values. */
async function callAction(path: string, actionId: string, cookie: string, input: unknown): Promise<string | null> {
  const res = await fetch(s.base + path, {
    method: "POST",
    headers: {
      "next-action": actionId,
      "content-type": "text/plain;charset=UTF-8",
      accept: "text/x-component",
      origin: s.base,
      cookie,
    },
    body: JSON.stringify([input]),
  });
  const text = await res.text();
  // The RSC answer carries the action's result ({ ok: true, data } or { ok: false, error }).
  return res.ok && /"ok":true/.test(text) ? null : `${res.status} ${text.slice(0, 300)}`;
}

let edits = 0;
let created = 0;
const writers: Record<WriteKind, () => Promise<string | null>> = {
  edits: () => {
    const i = edits++;
    const editor = s.editors![i % s.editors!.length];
    const r = editor.registries[Math.floor(i / s.editors!.length) % editor.registries.length];
    // What a registrant changes most: the title and the message to guests.
    const { registryId, title, ...form } = r;
    return callAction(`/dashboard/registries/${registryId}/edit`, s.actions!.update, editor.cookie, {
      ...form,
      title: `${title.slice(0, 100)} · ${i % 2 ? "updated" : "edited"}`,
      message: `Thank you for celebrating with us! (note ${i})`,
      registryId,
    });
  },
  newRegistries: () => {
    const i = created++;
    const editor = s.editors![i % s.editors!.length];
    return callAction("/dashboard/registries/new", s.actions!.create, editor.cookie, {
      ...emptyRegistry,
      title: `Bench new registry ${process.pid}-${i}`,
      occasionId: s.occasionIds![i % s.occasionIds!.length],
      eventDate: "2027-06-12",
    });
  },
  checkouts: async () => {
    const r = checkout();
    const res = await fetch(s.base + r.path, { method: r.method, headers: r.headers, body: r.body });
    const text = await res.text();
    return res.status === 201 ? null : `${res.status} ${text.slice(0, 300)}`;
  },
};

/** Fire each kind of write at its rate (open loop: a slow answer does not slow the stream) until stopped. */
function startWrites(): () => Promise<void> {
  if (s.kind !== "search-edits" || !s.writes) return async () => {};
  const pending = new Set<Promise<void>>();
  const rates: Record<WriteKind, number> = {
    edits: s.writes.editsPerSecond,
    newRegistries: s.writes.newRegistriesPerSecond,
    checkouts: s.writes.checkoutsPerSecond,
  };
  const timers = (Object.keys(rates) as WriteKind[])
    .filter((k) => rates[k] > 0)
    .map((k) =>
      setInterval(() => {
        const st = writeStats[k];
        if (writesInFlight >= MAX_WRITES_IN_FLIGHT) return void st.skipped++;
        st.sent++;
        writesInFlight++;
        const t0 = performance.now();
        const p = writers[k]()
          .catch((e: Error) => `error ${e.message}`)
          .then((failure) => {
            st.latencies.push(performance.now() - t0);
            if (failure) {
              st.failed++;
              st.firstFailure ??= failure;
            } else st.ok++;
          })
          .finally(() => {
            writesInFlight--;
            pending.delete(p);
          });
        pending.add(p);
      }, 1000 / rates[k]),
    );
  return async () => {
    timers.forEach(clearInterval);
    await Promise.all(pending);
  };
}

const latencies: number[] = [];
const statuses: Record<string, number> = {};
const started = performance.now();
let finish: (r: autocannon.Result) => void = () => {};
const done = new Promise<autocannon.Result>((resolve) => (finish = resolve));
const instance = autocannon(
  {
    url: s.base,
    connections: s.connections,
    ...(s.amount ? { amount: s.amount } : { duration: s.seconds ?? 10 }),
    timeout: 30,
    requests: [{ setupRequest: (req) => Object.assign(req, build() as typeof req) }],
  },
  (err, r) => {
    if (err) throw err;
    finish(r);
  },
);
// The run's time ends at its last answer: autocannon itself finishes only at its next 1-second
// sampling tick, which made a 200-request race (done in a fraction of that) look ~1 s long.
const stopWrites = startWrites();
let lastAnswer = started;
instance.on("response", (_client: unknown, status: number, _bytes: number, ms: number) => {
  lastAnswer = performance.now();
  latencies.push(ms);
  statuses[status] = (statuses[status] ?? 0) + 1;
});
const result = await done;
const elapsed = (lastAnswer - started) / 1000;
await stopWrites();
latencies.sort((a, b) => a - b);
const pct = (p: number) =>
  latencies.length ? latencies[Math.min(latencies.length - 1, Math.ceil((p / 100) * latencies.length) - 1)] : NaN;
const count = latencies.length;
const ok = Object.entries(statuses).reduce((t, [code, c]) => t + (code.startsWith("2") ? c : 0), 0);
console.log(
  JSON.stringify({
    name: s.name,
    requests: count,
    seconds: Number(elapsed.toFixed(2)),
    rps: Number((count / elapsed).toFixed(1)),
    p50: Number(pct(50).toFixed(1)),
    p95: Number(pct(95).toFixed(1)),
    p99: Number(pct(99).toFixed(1)),
    max: Number((latencies.at(-1) ?? NaN).toFixed(1)),
    errors: result.errors + result.timeouts,
    non2xx: count - ok,
    statuses,
    kBPerRequest: count ? Number((result.throughput.total / count / 1024).toFixed(1)) : 0,
    ...(s.kind === "search-edits" && {
      writes: Object.fromEntries(
        Object.entries(writeStats).map(([k, w]) => {
          w.latencies.sort((a, b) => a - b);
          const p95 = w.latencies[Math.max(0, Math.ceil(0.95 * w.latencies.length) - 1)] ?? NaN;
          return [
            k,
            {
              perSecond: Number((w.ok / elapsed).toFixed(1)),
              sent: w.sent,
              ok: w.ok,
              failed: w.failed,
              skipped: w.skipped,
              p95: Number(p95.toFixed(1)),
              ...(w.firstFailure && { firstFailure: w.firstFailure }),
            },
          ];
        }),
      ),
    }),
  }),
);
