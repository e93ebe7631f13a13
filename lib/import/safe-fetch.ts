import "server-only";
// The one way the server reads a page or photo from a link a user gave it ("Add from a link").
// Such a link could point back into our own network (cloud metadata, the database, admin ports), so:
// http(s) only; every address the name resolves to must be public unless its host:port is listed in
// URL_IMPORT_ALLOWED_HOSTS; the connection goes to the very address that was checked (so a second DNS
// answer cannot swap it); redirects are followed by hand and checked the same way; time and size are
// capped; no cookies are sent or kept.
import { lookup } from "node:dns/promises";
import http from "node:http";
import https from "node:https";
import { BlockList, isIP, type LookupFunction } from "node:net";
import { createBrotliDecompress, createGunzip, createInflate } from "node:zlib";
import type { Readable } from "node:stream";
import { env } from "../env";

export const MAX_PAGE_BYTES = 2 * 1024 * 1024;
export const MAX_IMAGE_BYTES = 10 * 1024 * 1024;
const MAX_REDIRECTS = 5;
const USER_AGENT = "WishwellLinkImport/1.0 (gift registry; reads one product page a registrant asked for)";

export type FetchFailure = "bad_link" | "refused" | "blocked" | "timeout" | "too_big" | "too_many_redirects" | "not_found" | "failed";

/** Plain words for each way reading a link can fail. */
export const FAILURE_MESSAGES: Record<FetchFailure, string> = {
  bad_link: "Enter a full link starting with https://",
  refused: "We can't read links to private or local addresses.",
  blocked: "This shop didn't let us read the page. You can enter the details yourself.",
  timeout: "The shop took too long to answer. Try again, or enter the details yourself.",
  too_big: "That page is too big for us to read. You can enter the details yourself.",
  too_many_redirects: "That link sends us on through too many other pages. Try the link of the product page itself.",
  not_found: "The shop says that page doesn't exist. Check the link, or enter the details yourself.",
  failed: "We couldn't read that page. Check the link, or enter the details yourself.",
};

export class FetchError extends Error {
  constructor(
    readonly reason: FetchFailure,
    message = FAILURE_MESSAGES[reason],
  ) {
    super(message);
    this.name = "FetchError";
  }
}

// ---- Which addresses are public ----------------------------------------------------------------

const blockedV4 = new BlockList();
for (const [net, bits] of [
  ["0.0.0.0", 8], // "this network", unspecified
  ["10.0.0.0", 8],
  ["100.64.0.0", 10], // carrier-grade NAT
  ["127.0.0.0", 8],
  ["169.254.0.0", 16], // link-local, cloud metadata
  ["172.16.0.0", 12],
  ["192.0.0.0", 24], // IETF protocol assignments
  ["192.0.2.0", 24], // documentation
  ["192.88.99.0", 24], // 6to4 relay anycast
  ["192.168.0.0", 16],
  ["198.18.0.0", 15], // benchmarking
  ["198.51.100.0", 24],
  ["203.0.113.0", 24],
  ["224.0.0.0", 4], // multicast
  ["240.0.0.0", 4], // reserved, and 255.255.255.255 broadcast
] as const)
  blockedV4.addSubnet(net, bits, "ipv4");

const blockedV6 = new BlockList();
for (const [net, bits] of [
  ["::", 96], // unspecified, loopback, IPv4-compatible (embedded v4 checked below)
  ["64:ff9b:1::", 48], // local-use NAT64
  ["100::", 64], // discard-only
  ["2001::", 32], // Teredo: tunnels to an address we cannot see
  ["2001:db8::", 32], // documentation
  ["fc00::", 7], // unique local
  ["fe80::", 10], // link-local
  ["fec0::", 10], // old site-local
  ["ff00::", 8], // multicast
] as const)
  blockedV6.addSubnet(net, bits, "ipv6");

/** An IPv6 address as eight 16-bit groups (a trailing dotted IPv4 part allowed), or null. */
function v6Groups(ip: string): number[] | null {
  let s = ip.toLowerCase().replace(/%.*$/, "");
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(s);
  if (dotted) {
    if (isIP(dotted[1]) !== 4) return null;
    const [a, b, c, d] = dotted[1].split(".").map(Number);
    s = s.slice(0, -dotted[1].length) + `${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const halves = s.split("::");
  if (halves.length > 2) return null;
  const part = (h: string) => (h ? h.split(":").map((g) => parseInt(g, 16)) : []);
  const head = part(halves[0]);
  const tail = halves.length === 2 ? part(halves[1]) : [];
  const fill = 8 - head.length - tail.length;
  if ((halves.length === 2 && fill < 1) || (halves.length === 1 && fill !== 0)) return null;
  const groups = [...head, ...Array(halves.length === 2 ? fill : 0).fill(0), ...tail];
  return groups.length === 8 && groups.every((g) => Number.isInteger(g) && g >= 0 && g <= 0xffff) ? groups : null;
}

const v4Of = (hi: number, lo: number) => `${hi >> 8}.${hi & 0xff}.${lo >> 8}.${lo & 0xff}`;

/** True when `ip` is an ordinary public unicast address; false for private, local, reserved and the like. */
export function isPublicAddress(ip: string): boolean {
  const kind = isIP(ip.replace(/%.*$/, ""));
  if (kind === 4) return !blockedV4.check(ip, "ipv4");
  if (kind !== 6) return false;
  const g = v6Groups(ip);
  if (!g) return false;
  // Forms that carry an IPv4 address inside: judge the IPv4 address.
  const zeros = (n: number) => g.slice(0, n).every((x) => x === 0);
  if (zeros(5) && g[5] === 0xffff) return isPublicAddress(v4Of(g[6], g[7])); // ::ffff:a.b.c.d (mapped)
  if (g[0] === 0x64 && g[1] === 0xff9b && g.slice(2, 6).every((x) => x === 0)) return isPublicAddress(v4Of(g[6], g[7])); // NAT64
  if (g[0] === 0x2002) return isPublicAddress(v4Of(g[1], g[2])); // 6to4
  const canonical = g.map((x) => x.toString(16)).join(":");
  return !blockedV6.check(canonical, "ipv6");
}

// ---- One checked request ---------------------------------------------------------------------

/** The link parsed and checked for its form: http(s), no user name or password. */
export function parseLink(raw: string): URL {
  const value = raw.trim();
  if (!URL.canParse(value)) throw new FetchError("bad_link");
  const url = new URL(value);
  if (url.protocol !== "http:" && url.protocol !== "https:") throw new FetchError("bad_link");
  if (url.username || url.password) throw new FetchError("bad_link", "Enter the link without a user name or password in it.");
  if (!url.hostname) throw new FetchError("bad_link");
  url.hash = "";
  return url;
}

const hostKey = (url: URL) => `${url.hostname.toLowerCase()}:${url.port || (url.protocol === "https:" ? "443" : "80")}`;

/** Every address the link's host resolves to, checked; the one to connect to. */
async function checkedAddress(url: URL, signal: AbortSignal): Promise<{ address: string; family: 4 | 6 }> {
  const host = url.hostname.replace(/^\[|\]$/g, "");
  let addresses: { address: string; family: number }[];
  if (signal.aborted) throw new FetchError("timeout");
  if (isIP(host)) addresses = [{ address: host, family: isIP(host) }];
  else {
    try {
      // The system resolver has no deadline of its own: the overall one applies to it too.
      const aborted = new Promise<never>((_, reject) => signal.addEventListener("abort", () => reject(signal.reason), { once: true }));
      addresses = await Promise.race([lookup(host, { all: true, verbatim: true }), aborted]);
    } catch {
      if (signal.aborted) throw new FetchError("timeout");
      throw new FetchError("failed", "We couldn't find that shop's website. Check the link, or enter the details yourself.");
    }
  }
  if (addresses.length === 0) throw new FetchError("failed");
  const allowed = env().URL_IMPORT_ALLOWED_HOSTS.includes(hostKey(url));
  // All of them, not only the first: a name may answer with a public and a private address.
  if (!allowed && addresses.some((a) => !isPublicAddress(a.address))) throw new FetchError("refused");
  const first = addresses[0];
  return { address: first.address, family: first.family === 6 ? 6 : 4 };
}

type Answer = { status: number; headers: http.IncomingHttpHeaders; body: Readable };

/** One request to the checked address (pinned through `lookup`), no redirects followed. */
function request(url: URL, pinned: { address: string; family: 4 | 6 }, accept: string, signal: AbortSignal): Promise<Answer> {
  const pin: LookupFunction = (_host, options, callback) => {
    if (options.all) callback(null, [pinned]);
    else callback(null, pinned.address, pinned.family);
  };
  const client = url.protocol === "https:" ? https : http;
  return new Promise((resolve, reject) => {
    const req = client.request(
      url,
      {
        method: "GET",
        lookup: pin,
        agent: false, // no pooled connections: each hop connects to its own checked address
        signal,
        headers: {
          "User-Agent": USER_AGENT,
          Accept: accept,
          "Accept-Language": "en",
          "Accept-Encoding": "gzip, deflate, br",
        },
      },
      (res) => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: res }),
    );
    req.on("error", reject);
    req.end();
  });
}

/** The body, decompressed, refused as soon as it passes `max` bytes (a zip bomb too). */
async function readLimited(answer: Answer, max: number): Promise<Buffer> {
  const declared = Number(answer.headers["content-length"]);
  if (Number.isFinite(declared) && declared > max) {
    answer.body.destroy();
    throw new FetchError("too_big");
  }
  const encoding = String(answer.headers["content-encoding"] ?? "")
    .trim()
    .toLowerCase();
  const stream: Readable =
    encoding === "gzip" || encoding === "x-gzip"
      ? answer.body.pipe(createGunzip())
      : encoding === "deflate"
        ? answer.body.pipe(createInflate())
        : encoding === "br"
          ? answer.body.pipe(createBrotliDecompress())
          : answer.body;
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of stream) {
      size += (chunk as Buffer).length;
      if (size > max) throw new FetchError("too_big");
      chunks.push(chunk as Buffer);
    }
  } finally {
    answer.body.destroy();
    if (stream !== answer.body) stream.destroy();
  }
  return Buffer.concat(chunks);
}

export type Fetched = { url: string; status: number; contentType: string; bytes: Buffer };

/**
 * GET a user-given link safely: see the top of this file. `kind` sets the size limit and the Accept
 * header. Throws FetchError with a message for the user.
 */
export async function safeFetch(link: string, kind: "page" | "image"): Promise<Fetched> {
  const max = kind === "page" ? MAX_PAGE_BYTES : MAX_IMAGE_BYTES;
  const accept =
    kind === "page" ? "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5" : "image/avif,image/webp,image/png,image/jpeg,image/*;q=0.8";
  const timeout = AbortSignal.timeout(env().URL_IMPORT_TIMEOUT_MS);
  let url = parseLink(link);
  try {
    for (let hop = 0; ; hop++) {
      const answer = await request(url, await checkedAddress(url, timeout), accept, timeout);
      if (answer.status >= 300 && answer.status < 400 && answer.headers.location) {
        answer.body.destroy();
        if (hop >= MAX_REDIRECTS) throw new FetchError("too_many_redirects");
        // Each hop is checked again: a public shop may redirect to a private address.
        url = parseLink(new URL(answer.headers.location, url).href);
        continue;
      }
      if (answer.status === 401 || answer.status === 403 || answer.status === 429) {
        answer.body.destroy();
        throw new FetchError("blocked");
      }
      if (answer.status === 404 || answer.status === 410) {
        answer.body.destroy();
        throw new FetchError("not_found");
      }
      if (answer.status < 200 || answer.status >= 300) {
        answer.body.destroy();
        throw new FetchError(answer.status === 503 ? "blocked" : "failed");
      }
      const bytes = await readLimited(answer, max);
      return { url: url.href, status: answer.status, contentType: String(answer.headers["content-type"] ?? ""), bytes };
    }
  } catch (e) {
    if (e instanceof FetchError) throw e;
    if (timeout.aborted) throw new FetchError("timeout");
    throw new FetchError("failed");
  }
}
