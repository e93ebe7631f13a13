// The hottest API requests answered by the production server itself (scripts/serve.ts), not
// through Next: POST /api/checkout, the REST list GET /api/v2/GiftRegistries (also under
// /3dCartWebAPI/v2) and SOAP 1.1 POSTs to giftregistry.asmx. Each runs the same framework-free
// function as its App Router route (lib/checkout-api.ts, lib/api/rest/route.ts,
// lib/api/soap/handler.ts) and sends the same headers: same answers. In a rush of
// buyers most requests are refusals, and Next's routing and request/response objects cost several
// times the refusal itself; a REST list answer is ~680 kB, which Next copied through web streams and
// compressed again on every request (README, Performance).
import type { IncomingMessage, ServerResponse } from "node:http";
import { register } from "node:module";
import { gzipSync } from "node:zlib";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { STATIC_HEADERS } from "../lib/security/static-headers.js";
import { clientIp } from "../lib/security/rate-limit";

// lib's `import "server-only"` is a guard for bundlers (it fails a browser build); this process is
// the server, so the guard resolves to the package's empty module here, as under react-server.
const empty = pathToFileURL(path.resolve(import.meta.dirname, "../node_modules/server-only/empty.js")).href;
const hook = `export async function resolve(s, c, n) { return s === "server-only" ? { url: ${JSON.stringify(empty)}, shortCircuit: true } : n(s, c); }`;
register(`data:text/javascript,${encodeURIComponent(hook)}`);
const { BodyTooLarge, checkoutOverHttp, MAX_CHECKOUT_BODY } = await import("../lib/checkout-api");
const { appBaseUrl } = await import("../lib/app-url");
const { restOverHttp } = await import("../lib/api/rest/route");
const { listGiftRegistries } = await import("../lib/api/rest/gift-registries");
const { ENDPOINT_PATH: SOAP_PATH, handleSoap } = await import("../lib/api/soap/handler");
const { MAX_BODY_BYTES: SOAP_MAX_BODY } = await import("../lib/api/soap/xml");

const pathOf = (url: string | undefined) => (url ?? "").split("?", 1)[0];
const REST_LIST = new Set(["/api/v2/GiftRegistries", "/3dCartWebAPI/v2/GiftRegistries"]);

/** The handler for this request when the server answers it itself; null: Next answers. */
export function fastPath(req: IncomingMessage): ((req: IncomingMessage, res: ServerResponse) => Promise<void>) | null {
  const path = pathOf(req.url);
  if (req.method === "POST" && path === "/api/checkout") return serveCheckout;
  if (req.method === "GET" && REST_LIST.has(path)) return serveRestList;
  if (req.method === "POST" && path === SOAP_PATH) return serveSoap;
  return null;
}

const header = (req: IncomingMessage, name: string): string | undefined => {
  const v = req.headers[name];
  return Array.isArray(v) ? v.join(", ") : v;
};

function cookieOf(req: IncomingMessage, name: string): string | undefined {
  for (const part of (req.headers.cookie ?? "").split(";")) {
    const eq = part.indexOf("=");
    if (eq > 0 && part.slice(0, eq).trim() === name) {
      const raw = part.slice(eq + 1).trim();
      try {
        return decodeURIComponent(raw);
      } catch {
        return raw;
      }
    }
  }
  return undefined;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_CHECKOUT_BODY) {
        req.removeAllListeners("data");
        req.resume(); // drain the rest unread
        reject(new BodyTooLarge());
      } else chunks.push(chunk);
    });
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

async function serveCheckout(req: IncomingMessage, res: ServerResponse) {
  const get = (name: string) => header(req, name);
  try {
    const a = await checkoutOverHttp({
      contentType: get("content-type"),
      contentLength: get("content-length"),
      origin: get("origin"),
      host: get("x-forwarded-host") ?? get("host"),
      ip: clientIp({ get: (name) => get(name) ?? null }),
      cookie: (name) => cookieOf(req, name),
      baseUrl: appBaseUrl(),
      body: () => readBody(req),
    });
    send(req, res, a.status, { ...a.headers, "content-type": "application/json" }, Buffer.from(JSON.stringify(a.body)));
  } catch (e) {
    failed(res, "POST /api/checkout", e);
  }
}

async function serveRestList(req: IncomingMessage, res: ServerResponse) {
  try {
    const query = new URL(req.url ?? "/", "http://local").searchParams;
    const a = await restOverHttp({ header: (name) => header(req, name), query }, {}, listGiftRegistries);
    send(req, res, a.status, a.headers, a.body.bytes, () => a.body.gzipped);
  } catch (e) {
    failed(res, "GET /api/v2/GiftRegistries", e);
  }
}

/** SOAP's handler speaks web Request/Response (as route handlers do): the Node request becomes one. */
async function serveSoap(req: IncomingMessage, res: ServerResponse) {
  try {
    const headers = new Headers();
    for (const [key, value] of Object.entries(req.headers)) if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(", ") : value);
    // A body declared over the limit is refused by the handler unread; else at most one byte over
    // the limit is passed on (the handler refuses that too) and the rest is discarded as it comes.
    const body = Number(header(req, "content-length") ?? 0) > SOAP_MAX_BODY ? undefined : await readUpTo(req, SOAP_MAX_BODY);
    // A fixed origin: the handler reads the caller's host from the (checked) headers, as under Next.
    const response = await handleSoap(new Request(new URL(req.url ?? "/", "http://localhost"), { method: "POST", headers, body: body as BodyInit | undefined }));
    const bytes = Buffer.from(await response.arrayBuffer());
    // Answer once the whole request is in: a client still sending would see a reset, not the answer.
    if (!req.complete) await new Promise<void>((resolve) => (req.once("end", resolve).once("close", resolve), req.resume()));
    send(req, res, response.status, Object.fromEntries(response.headers), bytes, () => gzipSync(bytes));
  } catch (e) {
    failed(res, `POST ${SOAP_PATH}`, e);
  }
}

/** The body, or its first bytes up to one chunk past `max` (the rest then flows away unread). */
function readUpTo(req: IncomingMessage, max: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      chunks.push(chunk);
      size += chunk.length;
      if (size > max) {
        req.off("data", onData).off("end", onEnd);
        resolve(Buffer.concat(chunks));
      }
    };
    const onEnd = () => resolve(Buffer.concat(chunks));
    req.on("data", onData).once("end", onEnd).once("error", reject);
  });
}

/** Next compresses answers of 1 kB and more for clients that accept gzip; so does this. */
function send(req: IncomingMessage, res: ServerResponse, status: number, headers: Record<string, string>, bytes: Buffer, gzipped?: () => Buffer) {
  res.statusCode = status;
  for (const { key, value } of STATIC_HEADERS) res.setHeader(key, value);
  for (const [key, value] of Object.entries(headers)) res.setHeader(key, value);
  let body = bytes;
  if (gzipped && bytes.length >= 1024) {
    res.setHeader("vary", "Accept-Encoding");
    if (/\bgzip\b/.test(header(req, "accept-encoding") ?? "")) {
      body = gzipped();
      res.setHeader("content-encoding", "gzip");
    }
  }
  res.setHeader("content-length", body.length);
  res.end(body);
}

function failed(res: ServerResponse, what: string, e: unknown) {
  console.error(`${what} failed outside its error handling:`, e);
  if (!res.headersSent) res.statusCode = 500;
  res.end();
}
