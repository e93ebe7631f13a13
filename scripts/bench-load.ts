// The load generator of `npm run bench`, in its own process so it never competes with the server's
// event loop: runs one scenario with autocannon and prints one JSON line with the measurements.
// Input: env BENCH_SCENARIO = JSON { name, base, connections, seconds?, amount?, kind, ... }.
import autocannon from "autocannon";

type Scenario = {
  name: string;
  base: string;
  connections: number;
  seconds?: number;
  amount?: number;
  kind: "page" | "search" | "rest" | "soap" | "checkout" | "mixed";
  bigSlug: string;
  searchTerms: string[];
  restHeaders: Record<string, string>;
  restOffsets: number[];
  soapToken: string;
  soapRegistryId: number;
  checkoutSlug: string;
  checkoutItemIds: number[];
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
const build = { page, search, rest, soap, checkout, mixed }[s.kind];

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
let lastAnswer = started;
instance.on("response", (_client: unknown, status: number, _bytes: number, ms: number) => {
  lastAnswer = performance.now();
  latencies.push(ms);
  statuses[status] = (statuses[status] ?? 0) + 1;
});
const result = await done;
const elapsed = (lastAnswer - started) / 1000;
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
  }),
);
