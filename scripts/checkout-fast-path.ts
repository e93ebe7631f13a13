// POST /api/checkout answered by the production server itself (scripts/serve.ts), not through Next:
// the same checkoutOverHttp as the App Router route (app/api/checkout/route.ts), the same headers,
// the same answers. In a rush of buyers for the last units most requests are refusals, and Next's
// routing and request/response objects cost several times the refusal itself (README, Performance).
import type { IncomingMessage, ServerResponse } from "node:http";
import { register } from "node:module";
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
const { urlFromHeaders } = await import("../lib/app-url");

export const isCheckout = (req: IncomingMessage) => req.method === "POST" && (req.url === "/api/checkout" || req.url?.startsWith("/api/checkout?") === true);

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

export async function serveCheckout(req: IncomingMessage, res: ServerResponse) {
  const get = (name: string) => header(req, name);
  try {
    const a = await checkoutOverHttp({
      contentType: get("content-type"),
      contentLength: get("content-length"),
      origin: get("origin"),
      host: get("x-forwarded-host") ?? get("host"),
      ip: clientIp({ get: (name) => get(name) ?? null }),
      cookie: (name) => cookieOf(req, name),
      baseUrl: urlFromHeaders(get),
      body: () => readBody(req),
    });
    const body = JSON.stringify(a.body);
    res.statusCode = a.status;
    for (const { key, value } of STATIC_HEADERS) res.setHeader(key, value);
    for (const [key, value] of Object.entries(a.headers)) res.setHeader(key, value);
    res.setHeader("content-type", "application/json");
    res.setHeader("content-length", Buffer.byteLength(body));
    res.end(body);
  } catch (e) {
    console.error("POST /api/checkout failed outside its error handling:", e);
    if (!res.headersSent) res.statusCode = 500;
    res.end();
  }
}
