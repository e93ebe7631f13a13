// The 503 page for a request that failed because the database could not be reached. Next renders
// such a failure as a 500 whose HTML is an empty shell filled in by client script, and no App Router
// API can set a page's status; the server sees the 500 coming (per-request flag, from lib/db.ts's
// DATABASE_UNAVAILABLE_CHANNEL) and sends this page instead, before any byte of Next's answer went out.
import type { IncomingMessage, ServerResponse } from "node:http";
import { RETRY_AFTER_SECONDS, UNAVAILABLE_MESSAGE } from "../lib/unavailable";

/** What the server keeps per request: whether a query failed for want of the database. */
export type RequestFaults = { databaseUnavailable: boolean };

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function unavailablePage(url: string): string {
  // No script (nothing to fail), inline styles only (the page CSP allows them); readable unstyled.
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Temporarily unavailable · Wishwell</title><meta name="robots" content="noindex">
<style>body{font-family:system-ui,sans-serif;margin:0;color:#1f2937}main{max-width:34rem;margin:4rem auto;padding:0 1rem;text-align:center}a{display:inline-block;margin-top:1.5rem;padding:.5rem 1rem;border-radius:.375rem;background:#6d28d9;color:#fff;font-weight:600;text-decoration:none}a:focus-visible{outline:3px solid #1f2937;outline-offset:2px}</style>
</head><body><main>
<h1>Temporarily unavailable</h1>
<p role="alert">${escape(UNAVAILABLE_MESSAGE)}</p>
<p>Nothing you entered was lost on our side.</p>
<a href="${escape(url)}">Try again</a>
</main></body></html>
`;
}

/** Swap Next's 500 for the 503 page when this request's database calls failed as unreachable. */
export function answer503WhenDatabaseDown(req: IncomingMessage, res: ServerResponse, faults: RequestFaults) {
  const { write, end, writeHead } = res;
  let replaced = false;
  const due = () => replaced || (!res.headersSent && res.statusCode === 500 && faults.databaseUnavailable);
  const replace = () => {
    if (replaced) return;
    replaced = true;
    for (const h of ["content-length", "content-encoding", "etag", "link", "transfer-encoding"]) res.removeHeader(h);
    res.statusCode = 503;
    res.setHeader("content-type", "text/html; charset=utf-8");
    res.setHeader("cache-control", "no-store");
    res.setHeader("retry-after", String(RETRY_AFTER_SECONDS));
    (end as (body: string) => ServerResponse).call(res, unavailablePage(req.url ?? "/"));
  };
  // Next's own later writes are dropped, their callbacks still called so its stream ends cleanly.
  const done = (args: unknown[]) => {
    const cb = args.find((a) => typeof a === "function") as (() => void) | undefined;
    if (cb) process.nextTick(cb);
  };
  res.writeHead = function (this: ServerResponse, status: number, ...rest: unknown[]) {
    // An explicit writeHead(500) is held back: the write or end that follows sends the 503 page.
    if (status === 500 && !res.headersSent && faults.databaseUnavailable) return ((res.statusCode = 500), this);
    return (writeHead as (...a: unknown[]) => ServerResponse).call(this, status, ...rest);
  } as typeof res.writeHead;
  res.write = function (this: ServerResponse, ...args: unknown[]) {
    if (!due()) return (write as (...a: unknown[]) => boolean).apply(this, args);
    replace();
    done(args);
    return true;
  } as typeof res.write;
  res.end = function (this: ServerResponse, ...args: unknown[]) {
    if (!due()) return (end as (...a: unknown[]) => ServerResponse).apply(this, args);
    replace();
    done(args);
    return this;
  } as typeof res.end;
}
