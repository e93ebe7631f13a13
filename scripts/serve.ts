// The production server, run by `npm start` and the browser tests: Next's request handler in a plain
// Node http server, for what `next start` cannot do — answer 503 instead of 500 when a page's database
// is out of reach (serve-unavailable.ts), and stop gracefully on SIGTERM/SIGINT with exit code 0:
// stop accepting, let requests in flight finish (SHUTDOWN_GRACE_MS at most), stop the outbox worker,
// close the database pool.
// Usage: node --import tsx scripts/serve.ts [-p PORT] [-H HOST]
import { AsyncLocalStorage } from "node:async_hooks";
import http from "node:http";
import net from "node:net";
import path from "node:path";
import { parseArgs } from "node:util";
import next from "next";
import { subscribe } from "node:diagnostics_channel";
import { DATABASE_UNAVAILABLE_CHANNEL } from "../lib/unavailable";
import { env, type Env } from "../lib/env";
import { CLIENT_ADDRESS_HEADER, clientAddress } from "../lib/security/client-address";
import { runShutdownHooks } from "../lib/shutdown";
import { answer503WhenDatabaseDown, type RequestFaults } from "./serve-unavailable";

// When whoever reads this process's output goes away (a closed pipe or socket: a log collector or a
// test runner that died), writing a log line fails with EPIPE. Unhandled, that error is reported
// — to the same dead stream — and fails again, in a loop that starved the event loop: the server
// answered nothing and no longer stopped on SIGTERM. Such output is dropped instead.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code !== "EPIPE" && e.code !== "ERR_STREAM_DESTROYED") throw e;
  });
}

const { values } = parseArgs({ options: { port: { type: "string", short: "p" }, host: { type: "string", short: "H" } } });
// Every variable checked before anything starts: a bad one stops the start with its name.
let config: Env;
try {
  config = env();
} catch (e) {
  console.error(`Cannot start: ${(e as Error).message}`);
  process.exit(1);
}
const port = Number(values.port ?? config.PORT);
const host = values.host; // unset: every interface, as with next start
// The page cache (lib/page-cache.ts) renders a miss through this very server.
const loopback = !host || host === "0.0.0.0" || host === "::" ? "127.0.0.1" : host.includes(":") ? `[${host}]` : host;
process.env.SELF_ORIGIN = `http://${loopback}:${port}`;
// Links in emails use APP_URL (lib/env.ts); unset, the address printed below — never a request's Host.
// Set before Next's modules read the environment (on first use, after this).
const listenUrl = `http://${!host || host === "0.0.0.0" || host === "::" ? "localhost" : host.includes(":") ? `[${host}]` : host}:${port}`;
if (!process.env.APP_URL?.trim()) process.env.APP_URL = listenUrl;
// The client's address, worked out once per request from the socket and the proxies TRUST_PROXY names.
const trustProxy = config.TRUST_PROXY;

// Per request, whether a query failed for want of the database (lib/db.ts publishes it in the request's context).
const faults = new AsyncLocalStorage<RequestFaults>();
subscribe(DATABASE_UNAVAILABLE_CHANNEL, () => {
  const state = faults.getStore();
  if (state) state.databaseUnavailable = true;
});

const app = next({ dev: false, dir: path.resolve(import.meta.dirname, ".."), hostname: host ?? "localhost", port });
const handle = app.getRequestHandler();
await app.prepare();

let closing = false;
const inFlight = new Set<http.ServerResponse>();
// Per connection, how many requests it has carried: one that carried some and has none in flight is
// an idle keep-alive connection; one that carried none yet has its first request on the way.
const served = new Map<net.Socket, number>();
const server = http.createServer((req, res) => {
  inFlight.add(res);
  served.set(req.socket, (served.get(req.socket) ?? 0) + 1);
  res.on("close", () => inFlight.delete(res));
  if (closing) res.shouldKeepAlive = false; // a request that came on a kept-alive connection: answer, then close it
  setClientAddress(req);
  const state: RequestFaults = { databaseUnavailable: false };
  answer503WhenDatabaseDown(req, res, state);
  faults
    .run(state, () => handle(req, res))
    .catch((e) => {
      console.error("Request failed outside Next's error handling:", e);
      if (!res.headersSent) res.statusCode = 500;
      res.end();
    });
});
/** Replaces any client-sent copy of the client-address header with the address derived here. */
function setClientAddress(req: http.IncomingMessage) {
  const raw = req.rawHeaders;
  const kept: string[] = [];
  for (let i = 0; i < raw.length; i += 2) if (raw[i].toLowerCase() !== CLIENT_ADDRESS_HEADER) kept.push(raw[i], raw[i + 1]);
  const address = clientAddress(req.socket.remoteAddress, req.headers["x-forwarded-for"], trustProxy);
  req.rawHeaders.splice(0, raw.length, ...kept, CLIENT_ADDRESS_HEADER, address);
  req.headers[CLIENT_ADDRESS_HEADER] = address;
}

// Idle keep-alive connections stay open longer than a load balancer's usual 60 s idle timeout, so the
// server never closes a connection at the moment a client sends on it (Node's 5 s default: ECONNRESET).
server.keepAliveTimeout = 65_000;
server.headersTimeout = 66_000;
server.on("connection", (socket: net.Socket) => {
  served.set(socket, 0);
  socket.once("close", () => served.delete(socket));
});
server.on("error", (e) => {
  console.error(`Cannot serve on port ${port}:`, e.message);
  process.exit(1);
});
server.listen(port, host, () => console.log(`• Listening on ${listenUrl}`));

async function shutdown(signal: string) {
  if (closing) return;
  closing = true;
  console.log(`• ${signal}: accepting no new connections, finishing ${inFlight.size} request(s)`);
  for (const res of inFlight) if (!res.headersSent) res.shouldKeepAlive = false;
  // Connections that reached us before the signal but that a busy event loop has not accepted yet
  // would be reset when the listener closes: give it one more turn to accept them.
  await new Promise((resolve) => setTimeout(resolve, 50));
  // Stop listening — but not http.Server.close(), which also drops every connection without a request
  // in progress, including those whose first request is still unread in the socket buffer. Only
  // idle keep-alive connections are dropped; the others close after their answer.
  const closed = new Promise<void>((resolve) => net.Server.prototype.close.call(server, () => resolve()));
  const dropIdle = () => {
    const busy = new Set([...inFlight].map((res) => res.socket));
    // end(), not destroy(): an answer that just finished may still be in the socket's write buffer.
    for (const [socket, count] of served) if (count > 0 && !busy.has(socket) && !socket.writableEnded) socket.end();
  };
  dropIdle();
  const idleTimer = setInterval(dropIdle, 200);
  const force = setTimeout(() => {
    console.warn(`• Still busy after ${config.SHUTDOWN_GRACE_MS} ms: closing the remaining connections`);
    server.closeAllConnections();
  }, config.SHUTDOWN_GRACE_MS);
  await closed; // every connection has closed
  clearInterval(idleTimer);
  clearTimeout(force);
  await app.close().catch((e) => console.error("Next did not close cleanly:", e));
  await runShutdownHooks(); // the outbox worker, then the database pool
  console.log("• Stopped");
  process.exit(0);
}
for (const signal of ["SIGTERM", "SIGINT"] as const) process.once(signal, () => void shutdown(signal));
